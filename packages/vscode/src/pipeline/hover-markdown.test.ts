import { messageFor, statusInfo, type Finding, type StatusHover } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, hoverMarkdown } from './hover-markdown.js';

function hoverFor(code: number, usage: StatusHover['usage'] = 'response'): StatusHover {
  return { range: [10, 13], code, form: 'number', info: statusInfo(code)!, usage };
}

describe('hoverMarkdown', () => {
  it('shows a 403 in full: code, phrase, class, summary, guide and links', () => {
    const md = hoverMarkdown(hoverFor(403));
    expect(md.split('\n')[0]).toBe('**403 Forbidden** · Client error (4xx) · sent here');
    expect(md).toContain(statusInfo(403)!.summary);
    expect(md).toContain('**401 or 403?**');
    expect(md).toContain(`- 401 Unauthorized = "I don't know who you are"`);
    expect(md).toContain('- Failed CSRF check: 403');
    expect(md).toContain('[RFC 9110, section 15.5.4](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4)');
    expect(md).toContain('[MDN: 403 Forbidden](https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/403)');
    expect(md).not.toContain('**Headers**');
    expect(md).not.toContain('authlint/');
  });

  it('lists the headers the spec ties to a 401', () => {
    const md = hoverMarkdown(hoverFor(401, 'comparison'));
    expect(md.split('\n')[0]).toBe('**401 Unauthorized** · Client error (4xx) · compared here');
    expect(md).toContain('**Headers**\n\n- `WWW-Authenticate` (MUST): At least one challenge');
  });

  it('leaves the 401/403 guide out for other codes', () => {
    const md = hoverMarkdown(hoverFor(404));
    expect(md.split('\n')[0]).toBe('**404 Not Found** · Client error (4xx) · sent here');
    expect(md).not.toContain('401 or 403?');
  });

  it('says what the spec asks of a 405, a redirect, a 204 and a 304', () => {
    expect(hoverMarkdown(hoverFor(405))).toContain('**What the spec asks**\n\n- The origin server MUST send Allow with a 405');
    expect(hoverMarkdown(hoverFor(308))).toContain('- Unlike 301, a 308 does not let the client change the request method');
    expect(hoverMarkdown(hoverFor(204))).toContain('- No content (RFC 9110, section 15.3.5): a 204 ends after its header section and cannot contain content.');
    expect(hoverMarkdown(hoverFor(304))).toContain('- No content (RFC 9110, section 15.4.5)');
    expect(hoverMarkdown(hoverFor(404))).not.toContain('What the spec asks');
  });

  it('uses the class label of each class', () => {
    expect(hoverMarkdown(hoverFor(101))).toMatch(/^\*\*101 Switching Protocols\*\* · Informational \(1xx\)/);
    expect(hoverMarkdown(hoverFor(204))).toMatch(/· Success \(2xx\)/);
    expect(hoverMarkdown(hoverFor(301))).toMatch(/· Redirection \(3xx\)/);
    expect(hoverMarkdown(hoverFor(503))).toMatch(/· Server error \(5xx\)/);
  });

  it('ends with the authlint finding at that spot, linked to the rule', () => {
    const finding: Finding = {
      ruleId: 'no-403-for-unauthenticated', messageId: 'unauthenticated', data: { reason: 'not req.user' },
      range: [10, 13], suggestions: [],
    };
    const md = hoverMarkdown(hoverFor(403), [finding]);
    const last = md.split('\n\n').slice(-2).join('\n\n');
    expect(last).toBe('---\n\n**authlint** [authlint/no-403-for-unauthenticated](https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/no-403-for-unauthenticated.md): '
      + escapeMarkdown(messageFor('no-403-for-unauthenticated', 'unauthenticated', { reason: 'not req.user' })));
    expect(last).toContain('(not req.user)');
  });

  it('escapes source text in a finding so that it is shown as written', () => {
    const finding: Finding = {
      ruleId: 'no-403-for-unauthenticated', messageId: 'unauthenticated', data: { reason: 'not req.headers[`x_token`] || <b>' },
      range: [10, 13], suggestions: [],
    };
    expect(hoverMarkdown(hoverFor(403), [finding])).toContain('(not req.headers\\[\\`x\\_token\\`\\] \\|\\| \\<b\\>)');
  });

  it('is pure', () => {
    expect(hoverMarkdown(hoverFor(401))).toBe(hoverMarkdown(hoverFor(401)));
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a*b_c', 'a\\*b\\_c'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '\\1. not a list'],
    ['401 Unauthorized', '401 Unauthorized'],
    ['x & y', 'x \\& y'],
  ])('%s', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });
});
