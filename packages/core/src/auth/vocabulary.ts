import { VOCABULARY_OPTIONS, type VocabularyExtension } from '../options/vocabulary-options.js';

/**
 * Every word the auth classifiers know, in one table: what tells identity checks (401) from
 * permission checks (403), and the words the next rules need (rate limits, network, capability
 * tokens). Classifiers read only this table; each list is extended by one option
 * (options/vocabulary-options.ts `VOCABULARY_OPTIONS`), so a team's own names reach every classifier.
 */

/**
 * How a list meets a name:
 * - `folded`: after `_`, `-` and white space are dropped and case is folded (`session_id` is `sessionid`);
 * - `as-written`: the name exactly as written; `any-case`: as written, case aside.
 */
type Spelling = 'folded' | 'as-written' | 'any-case';

/**
 * - `whole`: the name is one of the words;
 * - `part`: a word occurs anywhere in the name;
 * - `camel-prefix`: the name starts with a word, then a capital, `_`, or nothing (`canExport`, `can_publish`);
 * - `suffix`: the name ends with a word;
 * - `word-in-text`: a word stands alone in a piece of source text.
 */
type Match = 'whole' | 'part' | 'suffix' | 'camel-prefix' | 'word-in-text';

interface WordList {
  readonly spelling: Spelling;
  readonly match: Match;
  /** Regular-expression alternatives, spelt as `spelling` says. */
  readonly words: readonly string[];
}

export const WORD_LISTS = {
  // Who the requester is.
  /** Values that hold who the requester is, or their credentials: `req.user`, `token`, `session`. */
  identity: {
    spelling: 'folded', match: 'whole', words: [
      '(current|auth|session|logged|signedin)?user(id)?', 'principal', 'identity', 'claims', 'decoded(token)?', 'jwtpayload', 'jwt', 'payload',
      'session(id|token|user|cookie)?', '(existing|current|active)session', 'sess(id)?', 'sid', '(access|id|bearer|refresh|auth|api|session|jwt)?token', 'bearer',
      'authorization', 'authheader', 'authorizationheader', 'apikey', 'xapikey', 'credentials?', 'authuser',
    ],
  },
  /** Request-path heads under which the identity hangs: `req.user`, `ctx.state.user`, `locals.user`. */
  requestObject: { spelling: 'as-written', match: 'whole', words: ['req', 'request', 'ctx', 'context', 'c', 'event', 'locals'] },
  /** Members of a request object that hold a verified payload on their own: express-jwt's `req.auth` (a lone `auth` is ambiguous). */
  requestAuthMember: { spelling: 'as-written', match: 'whole', words: ['auth'] },
  /**
   * Parts of a request that carry credentials: a key read from them named `auth` or after a credential
   * kind is the credential (`ctx.cookies.get('auth')`, `req.signedCookies.session`).
   */
  credentialCarrier: { spelling: 'folded', match: 'whole', words: ['(signed)?cookies?', 'headers?'] },
  /** Members that stand for the identity they belong to: `!session.user.id` is `!session.user`. */
  identityKey: { spelling: 'any-case', match: 'whole', words: ['id', '_id', 'uid', 'sub', 'email', 'username', 'userid', 'login', 'basic', 'scheme', 'value'] },
  /** Calls that return the current session or user, or nothing when there is none (next-auth, Kinde, Supabase, Remix...). */
  identityAccessor: {
    spelling: 'folded', match: 'whole', words: [
      'getserversession', 'getsession', 'auth', 'currentuser', 'getuser', 'getusersession', 'gettoken', 'safegetsession', 'getkindeserversession',
    ],
  },
  /** Methods that ask a session whether it holds a key: Remix's `session.has('userId')`. */
  sessionKeyMethod: { spelling: 'as-written', match: 'whole', words: ['has'] },
  /**
   * Words in a lookup's initializer that tie it to the requester's credentials: `User.findById(decoded.sub)`
   * is a stale session (401), while `findById(req.params.id)` alone is a missing resource.
   */
  requesterKey: { spelling: 'as-written', match: 'word-in-text', words: ['session', 'token', 'decoded', 'payload', 'jwt', 'auth', 'sub', 'user\\.id', 'userId'] },
  /** Request data a resource is looked up by: a `!post` after `findById(req.params.id)` is a 404, not a 401. */
  resourceInput: { spelling: 'as-written', match: 'word-in-text', words: ['params', 'query', 'body'] },

  // Whether the requester is authenticated.
  /** Predicates that are true when the requester IS authenticated: `isAuthenticated()`, `verify(t)`. */
  authenticatedPredicate: {
    spelling: 'folded', match: 'whole', words: [
      '(is|has)?(authenticated|loggedin|signedin|login|session|validsession|token|validtoken|validcredentials)',
      '(is)?(valid|verified)(token|session|jwt|signature|credentials|apikey|password)',
      'verify\\w*', 'jwtverify', 'timingsafeequal', 'compare(sync)?', '(is)?(password|pass)?(match|matches)', '(is)?(password|pass)valid', 'checkpassword',
      'validatetoken', 'validatecredentials', 'isauthed', 'authed', 'validpassword', 'passwordmatch(es)?',
    ],
  },
  /** Predicates that are true when the requester is NOT authenticated: `isUnauthenticated()`, `isExpired`. */
  unauthenticatedPredicate: {
    spelling: 'folded', match: 'whole', words: [
      '(is)?(unauthenticated|anonymous|guest|loggedout)', '(is)?(token|session|jwt)?(expired|revoked|invalid)(token|session)?',
      '(is)?(expired|revoked|blacklisted|denylisted)', '(is)?(auth|authentication|login|token|session)failed',
      'no(token|session|credentials?|apikey|auth\\w*)(provided|given|found|present|sent)?', 'missing(token|session|credentials?|apikey|auth\\w*)',
    ],
  },
  /** Predicates whose meaning their argument settles: `!isAuthorized(token)` is about a credential, `!isAuthorized(user, post)` is not. */
  ambiguousPredicate: { spelling: 'folded', match: 'whole', words: ['(is)?(authori[sz]ed|valid|ok|check\\w*)'] },
  /** Argument names that make an ambiguous predicate a credential check: `isValid(password)`. */
  credentialArgument: { spelling: 'folded', match: 'part', words: ['token', 'jwt', 'apikey', 'credential', 'password', 'authorization'] },
  /** Calls that verify a token or credentials: a `catch` around them, or their callback's `err`, means invalid credentials. */
  verification: {
    spelling: 'folded', match: 'whole', words: ['(jwt)?verify\\w*', 'jwtverify', '(decode|validate|check|parse|introspect)\\w*(token|jwt|apikey|session|credentials?)', 'jwtdecode'],
  },
  /** Lookups keyed by the credential itself: a record missing after `getUserIdForToken(t)` is a credential that names no one (401). */
  credentialLookup: { spelling: 'folded', match: 'whole', words: ['\\w*(by|for|from)\\w*(token|session|jwt|apikey|cookie|credentials?)'] },
  /** Schemes compared against in hand-written Authorization header parsing: `scheme !== 'Bearer'`. */
  authScheme: { spelling: 'folded', match: 'whole', words: ['bearer', 'basic', 'digest', 'token', 'apikey', 'jwt'] },
  /** Error names that say a token was invalid or expired: `err.name === 'TokenExpiredError'`. */
  credentialErrorName: {
    spelling: 'as-written', match: 'whole', words: [
      'TokenExpiredError', 'JsonWebTokenError', 'NotBeforeError', 'UnauthorizedError',
      'JWTExpired', 'JWSSignatureVerificationFailed', 'JWTInvalid', 'JWTClaimValidationFailed', 'ERR_JWT_EXPIRED',
      'invalid_token', 'credentials_required', 'auth/id-token-expired', 'auth/argument-error',
    ],
  },
  /** Members of an error that carry its name: `err.name`, `e.code`. */
  errorField: { spelling: 'as-written', match: 'whole', words: ['name', 'code', 'message', 'type'] },
  /** Token claims compared with the clock: `decoded.exp < Date.now() / 1000` is an expired token. */
  expiryClaim: { spelling: 'folded', match: 'whole', words: ['exp'] },
  /**
   * Values compared with an expected one, where a mismatch is bad credentials: `apiKey !== process.env.API_KEY`.
   * The name ends with the word: `TEMP_TOKEN_DESCRIPTION` is a description, not a token.
   */
  credentialValue: {
    spelling: 'folded', match: 'suffix', words: ['(token|apikey|secret|password|credential|signature)s?(hash|digest|value)?', '(secret|access|private)key'],
  },
  /**
   * Secrets, as opposed to identifiers: `userId !== req.user.id` compares two identities (ownership,
   * 403), but a compared `req.user.token` is still a credential.
   */
  secret: { spelling: 'folded', match: 'part', words: ['token', 'apikey', 'secret', 'password'] },

  // What the requester may do.
  /** Values and predicates about what an identity may do: roles, permissions, ownership, account state. */
  permission: {
    spelling: 'folded', match: 'whole', words: [
      '(is)?(admin|owner|author|member|staff|superuser|moderator|creator|editor)',
      '(has|check)(role|permission|scope|access|ability)s?', 'can',
      '(can|may)(edit|delete|update|read|write|view|access|manage|create|modify|perform|publish|invite|see)\\w*',
      '(\\w*)(roles?|permissions?|perms|scopes?|abilit(y|ies)|policy|acl|grants?)',
      '(owner|author|creator|tenant|org|organization|team|workspace|account)id', 'createdby', 'ownedby',
      '(is)?allowed(\\w*)', '(email)?verified', 'isverified', '(is)?active', 'plan', 'subscription', 'tier', '(is)?(enabled|approved)',
    ],
  },
  /** Prefixes of capability flags: `canExport`, `cannot`, `may_publish`. */
  capabilityPrefix: { spelling: 'as-written', match: 'camel-prefix', words: ['can', 'cannot', 'may'] },
  /** Predicates that are true when access is refused: `cannot()`, `banned`, `isBlocked`. */
  refusalPredicate: {
    spelling: 'folded', match: 'whole', words: [
      '(cannot|cant)\\w*', '(is)?(banned|blocked|suspended|locked|disabled|deactivated|denied|restricted)', '(is)?notallowed',
    ],
  },
  /** Methods that test membership: `allowedRoles.includes(user.role)`, `user.permissions.some(...)`. */
  membershipMethod: { spelling: 'as-written', match: 'whole', words: ['includes', 'some', 'every', 'has', 'indexOf', 'contains'] },
  /** Members of an identity that hold its account state: `user.status !== 'active'`. */
  accountState: { spelling: 'as-written', match: 'whole', words: ['status', 'state'] },
  /** Anti-forgery tokens: one that does not match is refused with 403 by design. */
  csrf: { spelling: 'any-case', match: 'part', words: ['csrf', 'xsrf'] },

  // Where a value comes from (issue 10): the requester's credentials, a record, or something else.
  /**
   * Principals of another kind than a user: the caller did authenticate (a share link, an API
   * token, a system call), so a missing user id under them is no missing identity.
   */
  otherPrincipal: { spelling: 'any-case', match: 'word-in-text', words: ['actor', 'accountability', 'service_?account', 'machine_?user'] },
  /** Calls that look a record up: a name bound to one holds a record, unless the key is the requester's credentials. */
  lookupMethod: { spelling: 'folded', match: 'whole', words: ['(find|load|fetch|query|select|lookup|retrieve|search)\\w*', 'get\\w*(by|for)\\w*'] },
  /** Business objects that expire on their own: an expired invite or trial is no expired credential. */
  businessObject: {
    spelling: 'folded', match: 'part', words: [
      'invit(e|ation)', 'envelope', 'trial', 'subscription', 'watch', 'offer', 'coupon', 'voucher', 'booking', 'reservation',
      'licen[cs]e', 'share', 'poll', 'promo', 'quote', 'order', 'plan', 'membership', 'deadline',
    ],
  },
  /** Nest execution contexts that are no HTTP request: a guard's `false` there sends no 403. */
  nonHttpContext: { spelling: 'as-written', match: 'whole', words: ['switchToWs', 'switchToRpc', 'GqlExecutionContext', 'GraphQLExecutionContext'] },
  /** Modules whose errors are GraphQL error codes, not HTTP statuses (Apollo's `ForbiddenError` answers 200). */
  graphqlErrorModule: { spelling: 'any-case', match: 'part', words: ['apollo', 'graphql', 'mercurius'] },

  // Credential kinds and capability tokens are read by the 403 classifier; network and rate limits by no classifier yet (a 429 rule).
  /** The kinds of credentials a request carries, and their decoded payloads; only these expire in the sense that calls for 401. */
  credentialKind: { spelling: 'folded', match: 'part', words: ['token', 'session', 'jwt', 'apikey', 'cookie', 'cert(ificate)?', 'bearer', 'decoded', 'payload', 'claims'] },
  /** The requester's network address and the lists it is checked against. */
  network: {
    spelling: 'folded', match: 'whole', words: [
      '(client|remote|request|user)?ip(address)?', 'ips', 'remoteaddr(ess)?', 'xforwardedfor', 'xrealip', 'cidr', 'subnet',
      '(ip)?(allow|deny|block|white|black)list(ed)?',
    ],
  },
  /** Rate limits: counters, limiters and quotas, where a refusal is a 429. */
  rateLimit: {
    spelling: 'folded', match: 'part', words: ['ratelimit', 'remaining', 'attempts', 'throttl', 'quota', 'limiter', 'toomanyrequests', 'retryafter'],
  },
  /**
   * Tokens that grant one act and are not the request's credentials: a bad one is no reason for a
   * 401 (password reset, e-mail verification, unsubscribe, invite, signed URL, preview).
   */
  capabilityToken: {
    spelling: 'folded', match: 'part', words: [
      '(password)?reset', '(email)?verification', 'verifyemail', 'unsubscribe', 'invit(e|ation)', 'signedurl', 'urlsignature', 'preview', 'magiclink',
      'signed(token|link|payload|data|form|asset)', '(service|url|link|payload|data|form|webhook)signature',
    ],
  },
  // Issue 11: who is known to be authenticated already, and what a rate limit looks like.
  /** Middleware and Nest guards that authenticate the request: a handler behind one knows its requester (`passport.authenticate('jwt')`, `@UseGuards(JwtAuthGuard)`). */
  authMiddleware: {
    spelling: 'folded', match: 'whole', words: [
      'authenticate(d|user|token|jwt|request)?', '(require|requires|ensure|check|verify|validate)(auth\\w*|login|loggedin|user|signedin|jwt|token|session)',
      'isauthenticated', 'isloggedin', 'protect(ed)?(route)?', 'auth(middleware|required|enticated|handler)?', 'jwtauth\\w*', 'withauth', 'loginrequired',
      'expressjwt', 'jwt', 'jwtcheck', '\\w*(auth|jwt|session|login|apikey|bearer)guard',
    ],
  },
  /** Objects every request has, logged in or not: `req.session.isAdmin` is read from an anonymous session too. */
  ambientCredential: { spelling: 'folded', match: 'whole', words: ['sess(ion)?', 'cookies?', 'signedcookies', 'headers'] },
  /** Lockouts after too many failed attempts: a refusal there is a 429, beside the `rateLimit` words. */
  lockout: { spelling: 'folded', match: 'part', words: ['lockout', 'lock(ed)?until', 'toomanyattempts', 'bruteforce', 'floodcontrol'] },
  /**
   * Names that say the file logs callers in by an API key or token, in a middleware, guard, strategy or
   * header name (`apiKeyAuth`, `ApiTokenGuard`, `'headerapikey'`, `x-api-key`): then the principal is
   * a token, and a missing `req.user.id` refuses a caller who did authenticate.
   */
  apiTokenLogin: { spelling: 'folded', match: 'part', words: ['api(key|token)'] },
  /** Limits of a plan or an account's resources: a 403 there is a permission (or a 402), not a rate limit. */
  planLimit: {
    spelling: 'folded', match: 'part', words: ['plan', 'tier', 'subscription', 'storage', 'seat', 'billing', 'credit', 'disk', 'upload', 'filesize', 'feature', 'licen[cs]e', 'balance', 'trial'],
  },
} as const satisfies Record<string, WordList>;

export type WordListName = keyof typeof WORD_LISTS;

export interface AuthVocabulary {
  /** Does `name` (an identifier, a member, or for `word-in-text` lists a piece of source) match the list? */
  has(list: WordListName, name: string): boolean;
}

/** Folds `session_id`, `sessionId`, `x-api-key` to `sessionid`, `sessionid`, `xapikey`. */
function foldName(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(list: WordList, extra: readonly string[]): RegExp {
  const extras = extra.map((n) => escapeRegExp(list.spelling === 'folded' ? foldName(n) : n));
  const alternatives = [...list.words, ...extras].join('|');
  const flags = list.spelling === 'any-case' ? 'i' : '';
  switch (list.match) {
    case 'whole': return new RegExp(`^(?:${alternatives})$`, flags);
    case 'part': return new RegExp(`(?:${alternatives})`, flags);
    case 'suffix': return new RegExp(`(?:${alternatives})$`, flags);
    case 'camel-prefix': return new RegExp(`^(?:${alternatives})(?:[A-Z_]|$)`, flags);
    case 'word-in-text': return new RegExp(`\\b(?:${alternatives})\\b`, flags);
  }
}

/**
 * Vocabularies already compiled, by their added words: each check asks for one on every run (in the
 * editor, every keystroke), and compiling every list's pattern again was a share of each run. A
 * vocabulary holds only its patterns (no `g` flag, so no state), so one object serves every asker.
 */
const compiled = new Map<string, AuthVocabulary>();
const MAX_COMPILED = 64;

export function createVocabulary(extension: VocabularyExtension = {}): AuthVocabulary {
  const extras = new Map<WordListName, string[]>();
  for (const name of Object.keys(WORD_LISTS) as WordListName[]) {
    const extra = VOCABULARY_OPTIONS.filter((o) => o.list === name).flatMap((o) => extension[o.option] ?? []);
    extras.set(name, extra.filter((n): n is string => typeof n === 'string'));
  }
  const key = JSON.stringify([...extras]);
  const known = compiled.get(key);
  if (known) return known;
  const patterns = new Map<WordListName, RegExp>();
  for (const [name, extra] of extras) patterns.set(name, compile(WORD_LISTS[name], extra));
  const vocabulary: AuthVocabulary = {
    has(list, name) {
      const pattern = patterns.get(list)!;
      return pattern.test(WORD_LISTS[list].spelling === 'folded' ? foldName(name) : name);
    },
  };
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(key, vocabulary);
  return vocabulary;
}
