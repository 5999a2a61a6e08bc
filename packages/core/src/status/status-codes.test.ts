import { describe, expect, it } from 'vitest';
import { AUTH_STATUS_GUIDE } from './auth-status-guide.js';
import { STATUS_CODES, isRegisteredStatus, statusInfo } from './status-codes.js';
import type { HeaderRequirement, StatusClass, StatusInfo } from './status-info.js';

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}

// The IANA HTTP Status Code Registry, written out independently of the table under test.
const IANA_CODES: readonly number[] = [
  ...range(100, 103),
  ...range(200, 208),
  226,
  ...range(300, 308),
  ...range(400, 418),
  ...range(421, 426),
  428,
  429,
  431,
  451,
  ...range(500, 508),
  510,
  511,
];

const EXPECTED_CLASS: Record<number, StatusClass> = {
  1: 'informational',
  2: 'success',
  3: 'redirection',
  4: 'client-error',
  5: 'server-error',
};

const RFC_SECTION_URL = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc(\d+)#section-(\d+(?:\.\d+)*)$/;

function infoOf(code: number): StatusInfo {
  const info = STATUS_CODES.get(code);
  if (info === undefined) throw new Error(`status ${code} missing from STATUS_CODES`);
  return info;
}

function requirementOf(code: number, headerName: string): HeaderRequirement | undefined {
  return infoOf(code).headers.find((h) => h.name.toLowerCase() === headerName.toLowerCase())?.requirement;
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

describe('STATUS_CODES', () => {
  it('lists exactly the 63 IANA-registered codes, in ascending order', () => {
    expect(IANA_CODES).toHaveLength(63);
    expect([...STATUS_CODES.keys()]).toEqual(IANA_CODES);
  });

  it.each(IANA_CODES)('%i has a phrase and a summary', (code) => {
    const info = infoOf(code);
    expect(info.code).toBe(code);
    expect(info.phrase.trim()).not.toBe('');
    expect(info.summary.trim().length).toBeGreaterThan(30);
  });

  it('has no duplicate codes', () => {
    const codes = [...STATUS_CODES.values()].map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(IANA_CODES)('%i belongs to the class of its hundred', (code) => {
    expect(infoOf(code).statusClass).toBe(EXPECTED_CLASS[Math.floor(code / 100)]);
  });

  it.each(IANA_CODES)('%i links its spec section on rfc-editor.org, titled to match', (code) => {
    const { spec } = infoOf(code);
    const match = RFC_SECTION_URL.exec(spec.url);
    expect(match, spec.url).not.toBeNull();
    expect(spec.title).toBe(`RFC ${match?.[1]}, section ${match?.[2]}`);
  });

  it.each(IANA_CODES)('%i uses only https URLs, and its MDN page when it has one', (code) => {
    const info = infoOf(code);
    expect(new URL(info.spec.url).protocol).toBe('https:');
    if (info.mdn !== undefined) {
      expect(info.mdn).toBe(`https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${code}`);
    }
  });

  it('has an MDN link for every code except 305 and 306, which MDN does not document', () => {
    const withoutMdn = [...STATUS_CODES.values()].filter((info) => info.mdn === undefined).map((info) => info.code);
    expect(withoutMdn).toEqual([305, 306]);
  });

  it.each([
    [103, 'rfc8297', '2'],
    [207, 'rfc4918', '11.1'],
    [208, 'rfc5842', '7.1'],
    [226, 'rfc3229', '10.4.1'],
    [308, 'rfc9110', '15.4.9'],
    [401, 'rfc9110', '15.5.2'],
    [403, 'rfc9110', '15.5.4'],
    [404, 'rfc9110', '15.5.5'],
    [405, 'rfc9110', '15.5.6'],
    [407, 'rfc9110', '15.5.8'],
    [413, 'rfc9110', '15.5.14'],
    [418, 'rfc9110', '15.5.19'],
    [421, 'rfc9110', '15.5.20'],
    [422, 'rfc9110', '15.5.21'],
    [425, 'rfc8470', '5.2'],
    [426, 'rfc9110', '15.5.22'],
    [429, 'rfc6585', '4'],
    [451, 'rfc7725', '3'],
    [503, 'rfc9110', '15.6.4'],
    [506, 'rfc2295', '8.1'],
    [508, 'rfc5842', '7.2'],
    [510, 'rfc2774', '7'],
    [511, 'rfc6585', '6'],
  ])('%i cites %s section %s', (code, document, section) => {
    expect(infoOf(code).spec.url).toBe(`https://www.rfc-editor.org/rfc/${document}#section-${section}`);
  });

  it.each([
    [401, 'Unauthorized'],
    [403, 'Forbidden'],
    [413, 'Content Too Large'],
    [422, 'Unprocessable Content'],
    [407, 'Proxy Authentication Required'],
    [416, 'Range Not Satisfiable'],
    [418, '(Unused)'],
    [511, 'Network Authentication Required'],
  ])('%i is phrased exactly %s', (code, phrase) => {
    expect(infoOf(code).phrase).toBe(phrase);
  });

  it.each([
    [401, 'WWW-Authenticate', 'must'],
    [407, 'Proxy-Authenticate', 'must'],
    [405, 'Allow', 'must'],
    [426, 'Upgrade', 'must'],
    [101, 'Upgrade', 'must'],
    [206, 'Content-Range', 'must'],
    [416, 'Content-Range', 'should'],
    [301, 'Location', 'should'],
    [302, 'Location', 'should'],
    [303, 'Location', 'should'],
    [307, 'Location', 'should'],
    [308, 'Location', 'should'],
    [413, 'Retry-After', 'should'],
    [429, 'Retry-After', 'may'],
    [503, 'Retry-After', 'may'],
  ] as const)('%i: %s is %s', (code, headerName, requirement) => {
    expect(requirementOf(code, headerName)).toBe(requirement);
  });

  it('requires no header on 403 and offers no challenge there', () => {
    expect(infoOf(403).headers).toEqual([]);
    expect(infoOf(403).summary).toMatch(/body/);
  });

  it.each(IANA_CODES)('%i lists each header once, with a one-sentence note', (code) => {
    const { headers } = infoOf(code);
    const names = headers.map((h) => h.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const statusHeader of headers) {
      expect(statusHeader.name).toMatch(/^[A-Za-z]+(?:-[A-Za-z]+)*$/);
      expect(['must', 'should', 'may']).toContain(statusHeader.requirement);
      expect(statusHeader.note).toMatch(/^[A-Z].*\.$/);
      expect(statusHeader.note.split(/[.!?](?:\s|$)/).filter(Boolean)).toHaveLength(1);
    }
  });

  it.each(IANA_CODES)('%i has a summary of one or two sentences that is more than its phrase', (code) => {
    const { summary, phrase } = infoOf(code);
    const sentences = summary.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '');
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
    expect(normalized(summary)).not.toBe(normalized(phrase));
  });

  it('has summaries that are not copies of each other', () => {
    const summaries = [...STATUS_CODES.values()].map((info) => normalized(info.summary));
    expect(new Set(summaries).size).toBe(summaries.length);
    for (const [index, summary] of summaries.entries()) {
      const others = summaries.filter((_, otherIndex) => otherIndex !== index);
      expect(others.some((other) => other.includes(summary))).toBe(false);
    }
  });

  it('freezes its entries so no consumer can edit the shared table', () => {
    expect(Object.isFrozen(infoOf(401))).toBe(true);
    expect(Object.isFrozen(infoOf(401).headers)).toBe(true);
    expect(Object.isFrozen(infoOf(405).asks)).toBe(true);
  });

  // What the hover says the spec asks: the requirement, its RFC 9110 section, and the rule that checks it.
  it.each([
    [405, /^The origin server MUST send Allow with a 405/, '15.5.6', 'authlint/require-allow'],
    [301, /^Location SHOULD give the new permanent URI/, '15.4.2', 'authlint/require-location'],
    [302, /^Location SHOULD give the temporary URI/, '15.4.3', 'authlint/require-location'],
    [303, /^Location SHOULD give the URI of the resource to look at next/, '15.4.4', 'authlint/require-location'],
    [307, /^Location SHOULD give the temporary URI/, '15.4.8', 'authlint/require-location'],
    [308, /^Location SHOULD give the new permanent URI/, '15.4.9', 'authlint/require-location'],
    [204, /cannot contain content/, '15.3.5', 'authlint/no-body-with-204-304'],
    [304, /cannot contain content/, '15.4.5', 'authlint/no-body-with-204-304'],
  ] as const)('%i asks what RFC 9110 requires of it', (code, first, section, rule) => {
    const { asks } = infoOf(code);
    expect(asks[0]).toMatch(first);
    expect(asks[0]).toContain(`section ${section}`);
    expect(asks[0]).toContain(rule);
  });

  it.each([
    [301, /MAY change a POST into a GET.*308/],
    [302, /MAY change a POST into a GET.*307/],
    [303, /GET \(or HEAD\), whatever the method/],
    [307, /MUST NOT change the request method/],
    [308, /does not let the client change the request method/],
  ] as const)('%i says what following it does to the method', (code, method) => {
    expect(infoOf(code).asks[1]).toMatch(method);
  });

  it('asks nothing beyond its headers of the codes no rule checks', () => {
    expect(infoOf(200).asks).toEqual([]);
    expect(infoOf(404).asks).toEqual([]);
  });
});

describe('statusInfo and isRegisteredStatus', () => {
  it('look up registered codes', () => {
    expect(statusInfo(403)).toBe(STATUS_CODES.get(403));
    expect(isRegisteredStatus(401)).toBe(true);
    expect(isRegisteredStatus(418)).toBe(true);
  });

  it.each([0, 99, 104, 209, 419, 420, 440, 499, 509, 599, 600, 401.5, Number.NaN])(
    'treat %s as unregistered',
    (code) => {
      expect(statusInfo(code)).toBeUndefined();
      expect(isRegisteredStatus(code)).toBe(false);
    },
  );
});

describe('AUTH_STATUS_GUIDE', () => {
  it('contrasts 401 and 403 on a single line', () => {
    const { oneLine } = AUTH_STATUS_GUIDE;
    expect(oneLine).not.toMatch(/\n/);
    expect(oneLine).toContain(AUTH_STATUS_GUIDE.meaningOf401);
    expect(oneLine).toContain(AUTH_STATUS_GUIDE.meaningOf403);
    expect(AUTH_STATUS_GUIDE.meaningOf401).toMatch(/^401\b.*WWW-Authenticate/);
    expect(AUTH_STATUS_GUIDE.meaningOf403).toMatch(/^403\b/);
  });

  it('routes each situation to a status', () => {
    expect(AUTH_STATUS_GUIDE.bullets.length).toBeGreaterThanOrEqual(4);
    for (const bullet of AUTH_STATUS_GUIDE.bullets) {
      expect(bullet).not.toMatch(/\n/);
      expect(bullet).toMatch(/\b(401|403|404)\b/);
    }
    const bulletFor = (topic: RegExp): string | undefined => AUTH_STATUS_GUIDE.bullets.find((b) => topic.test(b));
    expect(bulletFor(/expired/)).toMatch(/401/);
    expect(bulletFor(/role/)).toMatch(/403/);
    expect(bulletFor(/CSRF/)).toMatch(/403/);
    expect(bulletFor(/IP address/)).toMatch(/403/);
    expect(bulletFor(/exists/)).toMatch(/404/);
    expect(bulletFor(/Too many requests/)).toMatch(/429.*Retry-After/);
    expect(bulletFor(/insufficient_scope/)).toMatch(/403.*invalid_token.*401/);
  });

  it('links the same RFC 9110 sections as the status table', () => {
    const urls = AUTH_STATUS_GUIDE.links.map((link) => link.url);
    for (const url of urls) expect(url).toMatch(RFC_SECTION_URL);
    expect(urls).toContain(infoOf(401).spec.url);
    expect(urls).toContain(infoOf(403).spec.url);
    expect(urls).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1');
  });
});
