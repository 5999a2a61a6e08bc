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
const STATUS_WORD_PATTERNS: readonly { readonly pattern: RegExp; readonly code: number }[] = [
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

/**
 * How a 403 name is spelled for 401, keeping the author's case style:
 * `ForbiddenException` -> `UnauthorizedException`, `forbidden` -> `unauthorized`,
 * `FORBIDDEN` -> `UNAUTHORIZED`, restify's `NotAuthorizedError` (a 403) -> `UnauthorizedError`.
 * Undefined when the name has no 401 twin (`AccessDenied`).
 */
export function unauthorizedTwinOf(name: string): string | undefined {
  const match = /^(forbidden|not_?authori[sz]ed)/i.exec(name);
  if (!match) return undefined;
  const word = match[0];
  const twin = word === word.toUpperCase() ? 'UNAUTHORIZED'
    : word[0] === word[0]!.toLowerCase() ? 'unauthorized'
    : 'Unauthorized';
  return twin + name.slice(word.length);
}
