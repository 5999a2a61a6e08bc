/**
 * The words that tell identity checks (401) from permission checks (403). Each list is matched
 * against whole names (an identifier, or the last member of a path) after `_` and `-` are dropped
 * and case is folded. Users extend them through the `identityNames` / `permissionNames` options.
 */
export interface AuthVocabulary {
  /** Values that hold who the requester is, or their credentials: `req.user`, `token`, `session`. */
  readonly identity: RegExp;
  /** Predicates that are true when the requester IS authenticated: `isAuthenticated()`, `verify(t)`. */
  readonly authenticatedPredicate: RegExp;
  /** Predicates that are true when the requester is NOT authenticated: `isUnauthenticated()`, `isExpired`. */
  readonly unauthenticatedPredicate: RegExp;
  /** Values and predicates about what an identity may do: roles, permissions, ownership, account state. */
  readonly permission: RegExp;
  /** Predicates that are true when access is refused: `cannot()`, `banned`, `isBlocked`. */
  readonly refusalPredicate: RegExp;
  /** Calls that verify a token or credentials: a `catch` around them, or their callback's `err`, means invalid credentials. */
  readonly verification: RegExp;
}

export interface VocabularyExtension {
  readonly identityNames?: readonly string[];
  readonly permissionNames?: readonly string[];
}

/** Folds `session_id`, `sessionId`, `x-api-key` to `sessionid`, `sessionid`, `xapikey`. */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, '');
}

const IDENTITY =
  '(current|auth|session|logged|signedin)?user(id)?|principal|identity|claims|decoded(token)?|jwtpayload|jwt|payload'
  + '|session(id|token|user|cookie)?|sess(id)?|sid|(access|id|bearer|refresh|auth|api|session|jwt)?token|bearer'
  + '|authorization|authheader|authorizationheader|apikey|xapikey|credentials?|authuser';

const AUTHENTICATED_PREDICATE =
  '(is|has)?(authenticated|loggedin|signedin|login|session|validsession|token|validtoken|validcredentials)'
  + '|(is)?(valid|verified)(token|session|jwt|signature|credentials|apikey|password)'
  + '|verify\\w*|jwtverify|timingsafeequal|compare(sync)?|(is)?(password|pass)?(match|matches)|(is)?(password|pass)valid|checkpassword'
  + '|validatetoken|validatecredentials|isauthed|authed|validpassword|passwordmatch(es)?';

const UNAUTHENTICATED_PREDICATE =
  '(is)?(unauthenticated|anonymous|guest|loggedout)|(is)?(token|session|jwt)?(expired|revoked|invalid)(token|session)?'
  + '|(is)?(expired|revoked|blacklisted|denylisted)';

const PERMISSION =
  '(is)?(admin|owner|author|member|staff|superuser|moderator|creator|editor)'
  + '|(has|check)(role|permission|scope|access|ability)s?|can|(can|may)(edit|delete|update|read|write|view|access|manage|create|modify|perform|publish|invite|see)\\w*'
  + '|(\\w*)(roles?|permissions?|perms|scopes?|abilit(y|ies)|policy|acl|grants?)'
  + '|(owner|author|creator|tenant|org|organization|team|workspace|account)id|createdby|ownedby'
  + '|(is)?allowed(\\w*)|(email)?verified|isverified|(is)?active|plan|subscription|tier|(is)?(enabled|approved)';

const REFUSAL_PREDICATE =
  '(cannot|cant)\\w*|(is)?(banned|blocked|suspended|locked|disabled|deactivated|denied|restricted)|(is)?notallowed';

const VERIFICATION = '(jwt)?verify\\w*|jwtverify|(decode|validate|check|parse|introspect)\\w*(token|jwt)|jwtdecode';

function whole(pattern: string, extra: readonly string[] = []): RegExp {
  const extras = extra.map((n) => foldName(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${[pattern, ...extras].join('|')})$`);
}

export function createVocabulary(extension: VocabularyExtension = {}): AuthVocabulary {
  return {
    identity: whole(IDENTITY, extension.identityNames),
    authenticatedPredicate: whole(AUTHENTICATED_PREDICATE),
    unauthenticatedPredicate: whole(UNAUTHENTICATED_PREDICATE),
    permission: whole(PERMISSION, extension.permissionNames),
    refusalPredicate: whole(REFUSAL_PREDICATE),
    verification: whole(VERIFICATION),
  };
}

/** Schemes compared against in hand-written Authorization header parsing: `scheme !== 'Bearer'`. */
export const AUTH_SCHEMES: ReadonlySet<string> = new Set(['bearer', 'basic', 'digest', 'token', 'apikey', 'jwt']);

/** Error names that say a token was invalid or expired: `err.name === 'TokenExpiredError'`. */
export const CREDENTIAL_ERROR_NAMES: ReadonlySet<string> = new Set([
  'TokenExpiredError', 'JsonWebTokenError', 'NotBeforeError', 'UnauthorizedError',
  'JWTExpired', 'JWSSignatureVerificationFailed', 'JWTInvalid', 'JWTClaimValidationFailed', 'ERR_JWT_EXPIRED',
  'invalid_token', 'credentials_required', 'auth/id-token-expired', 'auth/argument-error',
]);

/** Request data a resource is looked up by: a `!post` after `findById(req.params.id)` is a 404, not a 401. */
export const RESOURCE_INPUT = /\b(params|query|body)\b/;
