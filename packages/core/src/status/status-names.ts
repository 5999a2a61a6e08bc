import { STATUS_CODES } from './status-codes.js';

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Names libraries used for a code before RFC 9110 renamed its phrase, and common spellings. */
const EXTRA_CONSTANT_NAMES: Readonly<Record<string, number>> = {
  movedtemporarily: 302,
  unauthorised: 401,
  unauthenticated: 401,
  proxyauthenticationrequired: 407,
  requestentitytoolarge: 413,
  payloadtoolarge: 413,
  requesttoolong: 413,
  requesturitoolong: 414,
  uritoolong: 414,
  requestedrangenotsatisfiable: 416,
  unprocessableentity: 422,
  toomanyrequests: 429,
  requestheaderfieldstoolarge: 431,
  imateapot: 418,
};

const CODE_BY_CONSTANT_NAME: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const info of STATUS_CODES.values()) {
    // 306 and 418 are registered as "(Unused)": that is no name to look them up by.
    if (!/unused/i.test(info.phrase)) map.set(normalizeName(info.phrase), info.code);
  }
  for (const [name, code] of Object.entries(EXTRA_CONSTANT_NAMES)) map.set(name, code);
  return map;
})();

/**
 * The code a named constant stands for, read from its name the way the status libraries spell them:
 * `FORBIDDEN`, `NOT_FOUND` (http-status-codes, HttpStatus), `Forbidden` (axios HttpStatusCode),
 * `unAuthorized` (hand-written objects).
 */
export function statusFromConstantName(name: string): number | undefined {
  return CODE_BY_CONSTANT_NAME.get(normalizeName(name));
}

/**
 * Status words at the start of error class and factory names: `ForbiddenException`,
 * `UnauthorizedError`, `Boom.forbidden`, `createError.Unauthorized`, `reply.unauthorized`.
 * `AuthorizationError` is used for both meanings in the wild, so it is not here.
 */
export const STATUS_WORD_PATTERNS: readonly { readonly pattern: RegExp; readonly code: number }[] = [
  { pattern: /^(?:un_?authori[sz]ed|unauthenticated|not_?authenticated|authentication_?(?:required|error|failed)|invalid_?credentials)/i, code: 401 },
  { pattern: /^(?:forbidden|access_?denied|permission_?denied|not_?authori[sz]ed|insufficient_?scope)/i, code: 403 },
];

const ERROR_SUFFIX = /^(?:Exception|Error|HttpError|HttpException|Response|Result)?$/;

/** Status of an error class or factory method named for it; undefined for any other name. */
export function statusFromErrorName(name: string): number | undefined {
  for (const { pattern, code } of STATUS_WORD_PATTERNS) {
    const match = pattern.exec(name);
    if (match && ERROR_SUFFIX.test(name.slice(match[0].length))) return code;
  }
  return undefined;
}

/** Other names a status goes by at the start of identifiers: restify's `NotAuthorizedError` is a 403. */
const NAME_ALIASES: Readonly<Record<number, readonly string[]>> = {
  403: ['not_?authori[sz]ed'],
};

/**
 * Phrases that RFC 9110 replaced and the libraries still spell a status with, so a name for the
 * status is written with these first: Nest's `HttpStatus.PAYLOAD_TOO_LARGE` and
 * `UnprocessableEntityException`, axios's `HttpStatusCode.PayloadTooLarge`, http-status-codes'
 * `UNPROCESSABLE_ENTITY`, http-errors' `createError.PayloadTooLarge`, tRPC's `'PAYLOAD_TOO_LARGE'`.
 * The registered phrase (`Content Too Large`, `Unprocessable Content`) comes after them.
 */
const LIBRARY_PHRASES: Readonly<Record<number, readonly string[]>> = {
  413: ['Payload Too Large'],
  422: ['Unprocessable Entity'],
};

function phraseWords(phrase: string): readonly string[] {
  return phrase.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** The words of a status's registered phrase: 429 -> ['too', 'many', 'requests']. */
function statusWords(code: number): readonly string[] | undefined {
  const phrase = STATUS_CODES.get(code)?.phrase;
  if (!phrase || /unused/i.test(phrase)) return undefined;
  return phraseWords(phrase);
}

/** Every spelling of a status's name as words, the libraries' first: 413 -> [['payload', 'too', 'large'], ['content', 'too', 'large']]. */
function statusSpellings(code: number): readonly (readonly string[])[] {
  const registered = statusWords(code);
  if (!registered) return [];
  return [...(LIBRARY_PHRASES[code] ?? []).map(phraseWords), registered];
}

const namePatterns = new Map<number, RegExp | undefined>();

/** Matches a name that starts with the status's words in any case style: `FORBIDDEN`, `tooManyRequests`, `NotAuthorized`. */
function namePattern(code: number): RegExp | undefined {
  if (!namePatterns.has(code)) {
    const spellings = statusSpellings(code).map((words) => words.join('_?'));
    if (spellings.length > 0) spellings.push(...(NAME_ALIASES[code] ?? []));
    namePatterns.set(code, spellings.length > 0 ? new RegExp(`^(?:${spellings.join('|')})`, 'i') : undefined);
  }
  return namePatterns.get(code);
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `words` in the case style of `like`: `FORBIDDEN` -> `TOO_MANY_REQUESTS`, `forbidden` -> `tooManyRequests`, `Forbidden` -> `TooManyRequests`. */
function spellLike(like: string, words: readonly string[]): string {
  if (like === like.toUpperCase()) return words.join('_').toUpperCase();
  if (like[0] === like[0]!.toLowerCase()) return words[0]! + words.slice(1).map(capitalize).join('');
  return words.map(capitalize).join('');
}

/**
 * How a name for status `from` is spelled for status `to`, keeping the author's case style and
 * suffix: `ForbiddenException` -> `UnauthorizedException`, `forbidden` -> `tooManyRequests`,
 * `FORBIDDEN` -> `TOO_MANY_REQUESTS`, restify's `NotAuthorizedError` (a 403) -> `UnauthorizedError`.
 * One twin per spelling of `to`, the libraries' first (`FORBIDDEN` -> `PAYLOAD_TOO_LARGE`, then
 * `CONTENT_TOO_LARGE`); empty when the name does not start with `from`'s words (`AccessDenied`) or `to` has no name.
 */
export function statusNameTwins(name: string, from: number, to: number): string[] {
  const match = namePattern(from)?.exec(name);
  if (!match) return [];
  return statusSpellings(to).map((words) => spellLike(match[0], words) + name.slice(match[0].length));
}

/** The first of `statusNameTwins`: the name the libraries spell status `to` with. */
export function statusNameTwin(name: string, from: number, to: number): string | undefined {
  return statusNameTwins(name, from, to)[0];
}

/**
 * A message that is only `from`'s reason phrase, as `to`'s, keeping quotes and case:
 * `'Forbidden'` -> `'Unauthorized'`, `'FORBIDDEN'` -> `'TOO MANY REQUESTS'`. Undefined for any other text.
 */
export function reasonPhraseTwin(raw: string, value: string, from: number, to: number): string | undefined {
  const word = value.trim();
  const fromPhrase = STATUS_CODES.get(from)?.phrase;
  const toPhrase = STATUS_CODES.get(to)?.phrase;
  if (!fromPhrase || !toPhrase || /unused/i.test(toPhrase) || word.toLowerCase() !== fromPhrase.toLowerCase()) return undefined;
  const twin = word === word.toUpperCase() ? toPhrase.toUpperCase() : word[0] === word[0]!.toLowerCase() ? toPhrase.toLowerCase() : toPhrase;
  return raw.replace(word, twin);
}
