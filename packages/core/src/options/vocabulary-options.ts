import { nameListOption, type NameListOptionSchema, type RuleOption } from './option-schema.js';

/**
 * The options that extend the auth vocabulary (auth/vocabulary.ts): a team's own names for identities,
 * permissions, auth middleware... Declared here, below the auth layer, so that the rule option tables
 * and the shared setting (vocabulary-setting.ts) are built from the same rows the classifiers read.
 */

export interface VocabularyOption {
  /** The rule option, a list of names. */
  readonly option: string;
  /** The word list it extends (a key of auth/vocabulary.ts `WORD_LISTS`; vocabulary.test.ts holds the two together). */
  readonly list: string;
  readonly description: string;
  /** Names a team might add. */
  readonly example: readonly string[];
}

/**
 * The names that extend the word lists, one per list: the keys of the shared setting
 * (`settings.authlint.vocabulary`, the editor's `authlint.vocabulary`) and the rules' own list options.
 */
export const VOCABULARY_OPTIONS = [
  { option: 'identityNames', list: 'identity', example: ['account', 'member'], description: 'More names that hold the requester\'s identity or credentials (a missing one means 401).' },
  { option: 'requestObjectNames', list: 'requestObject', example: ['rq', 'httpContext'], description: 'More names of the request object that the identity hangs under (`req.user`).' },
  { option: 'requestAuthMemberNames', list: 'requestAuthMember', example: ['tokenData'], description: 'More members of the request that hold a verified token payload, as express-jwt\'s `req.auth` does.' },
  { option: 'credentialCarrierNames', list: 'credentialCarrier', example: ['metadata'], description: 'More parts of a request whose `auth` or token-named keys hold credentials (`ctx.cookies.get(\'auth\')`).' },
  { option: 'identityKeyNames', list: 'identityKey', example: ['handle'], description: 'More members that stand for the identity they belong to (`session.user.id`).' },
  { option: 'identityAccessorNames', list: 'identityAccessor', example: ['whoami'], description: 'More calls that return the current user or session, or nothing when there is none.' },
  { option: 'sessionKeyMethodNames', list: 'sessionKeyMethod', example: ['contains'], description: 'More methods that ask a session whether it holds a key, as Remix\'s `session.has(\'userId\')`.' },
  { option: 'requesterKeyNames', list: 'requesterKey', example: ['viewer'], description: 'More words that, in a lookup\'s initializer, tie the record to the requester\'s credentials.' },
  { option: 'resourceInputNames', list: 'resourceInput', example: ['args'], description: 'More request parts that resources are looked up by: a record missing after such a lookup is no missing identity.' },
  { option: 'authenticatedPredicateNames', list: 'authenticatedPredicate', example: ['passedGate'], description: 'More predicates that are true when the requester is authenticated.' },
  { option: 'unauthenticatedPredicateNames', list: 'unauthenticatedPredicate', example: ['isStranger'], description: 'More predicates that are true when the requester is not authenticated.' },
  { option: 'ambiguousPredicateNames', list: 'ambiguousPredicate', example: ['isGood'], description: 'More predicates that check credentials when given one (`isValid(token)`) and something else otherwise.' },
  { option: 'credentialArgumentNames', list: 'credentialArgument', example: ['passphrase'], description: 'More words that, in an argument of an ambiguous predicate, make it a credential check.' },
  { option: 'verificationNames', list: 'verification', example: ['unseal'], description: 'More calls that verify a token or credentials (a failure means 401).' },
  { option: 'credentialLookupNames', list: 'credentialLookup', example: ['lookupByBadge'], description: 'More calls that look the requester up by the credential itself (`getUserIdForToken(t)`): nothing found means 401.' },
  { option: 'authSchemeNames', list: 'authScheme', example: ['hmac'], description: 'More Authorization schemes that hand-written header parsing compares against.' },
  { option: 'credentialErrorNames', list: 'credentialErrorName', example: ['SessionExpiredError'], description: 'More error names or codes that say a token or credentials were invalid or expired.' },
  { option: 'errorFieldNames', list: 'errorField', example: ['kind'], description: 'More members of an error that carry its name or code.' },
  { option: 'expiryClaimNames', list: 'expiryClaim', example: ['expiresAt'], description: 'More token claims that, compared with the clock, mean an expired token.' },
  { option: 'credentialValueNames', list: 'credentialValue', example: ['passphrase'], description: 'More words for values whose mismatch with an expected one means bad credentials.' },
  { option: 'secretNames', list: 'secret', example: ['signature'], description: 'More words for secrets, which compared with an identity still mean a credential check.' },
  { option: 'permissionNames', list: 'permission', example: ['entitled', 'hasLicense'], description: 'More names of role, permission or ownership checks (a failing one means 403).' },
  { option: 'capabilityPrefixNames', list: 'capabilityPrefix', example: ['should'], description: 'More prefixes of capability flags, as `can` in `canExport`.' },
  { option: 'refusalPredicateNames', list: 'refusalPredicate', example: ['isFrozen'], description: 'More predicates that are true when access is refused.' },
  { option: 'membershipMethodNames', list: 'membershipMethod', example: ['hasAny'], description: 'More methods that test membership in a list of roles or permissions.' },
  { option: 'accountStateNames', list: 'accountState', example: ['standing'], description: 'More members of an identity that hold its account state (`user.status !== \'active\'`).' },
  { option: 'otherPrincipalNames', list: 'otherPrincipal', example: ['robot'], description: 'More words for authenticated principals that are not users (a share link, a system call), under which a missing user id is no missing identity.' },
  { option: 'lookupMethodNames', list: 'lookupMethod', example: ['pick'], description: 'More calls that look a record up: a name bound to one holds a record, not the requester, unless it is keyed by the credentials.' },
  { option: 'businessObjectNames', list: 'businessObject', example: ['rental'], description: 'More business objects that expire on their own (an expired one is no expired credential).' },
  { option: 'nonHttpContextNames', list: 'nonHttpContext', example: ['switchToGrpc'], description: 'More calls or classes that give a Nest guard a context that is no HTTP request.' },
  { option: 'graphqlErrorModuleNames', list: 'graphqlErrorModule', example: ['yoga'], description: 'More modules whose error classes are GraphQL error codes, not HTTP statuses.' },
  { option: 'csrfNames', list: 'csrf', example: ['antiForgery'], description: 'More words for anti-forgery tokens, whose mismatch is refused with 403.' },
  { option: 'credentialKindNames', list: 'credentialKind', example: ['ticket'], description: 'More kinds of credentials a request carries.' },
  { option: 'networkNames', list: 'network', example: ['peerAddress'], description: 'More names of the requester\'s network address and the lists it is checked against.' },
  { option: 'rateLimitNames', list: 'rateLimit', example: ['budget'], description: 'More words for rate-limit counters, limiters and quotas.' },
  { option: 'capabilityTokenNames', list: 'capabilityToken', example: ['claimCode'], description: 'More words for one-purpose tokens that are not the request\'s credentials.' },
  { option: 'authMiddlewareNames', list: 'authMiddleware', example: ['gatekeeper'], description: 'More names of middleware or Nest guards that authenticate the request, so that a handler behind one knows its requester.' },
  { option: 'ambientCredentialNames', list: 'ambientCredential', example: ['store'], description: 'More request members that exist for anonymous requests too, so that reading a flag on them shows no one is logged in.' },
  { option: 'lockoutNames', list: 'lockout', example: ['cooldown'], description: 'More words for lockouts after too many failed attempts (a refusal there is 429).' },
  { option: 'planLimitNames', list: 'planLimit', example: ['allowance'], description: 'More words for plan or resource limits, whose refusal is a permission (403) or 402, not a rate limit.' },
  { option: 'apiTokenLoginNames', list: 'apiTokenLogin', example: ['partnerKey'], description: 'More words that, in the name of a middleware, guard, strategy or request header, say the file logs callers in by an API key or token (then a missing `req.user.id` refuses an authenticated caller: 403).' },
] as const satisfies readonly VocabularyOption[];

export type VocabularyOptionName = (typeof VOCABULARY_OPTIONS)[number]['option'];

/** Names added to the word lists, by option name (see VOCABULARY_OPTIONS). */
export type VocabularyExtension = { readonly [Name in VocabularyOptionName]?: readonly string[] };

const ROWS: ReadonlyMap<string, VocabularyOption> = new Map(VOCABULARY_OPTIONS.map((row) => [row.option, row]));

/** The rule option for one list, its description ending in the row's examples: `…(a missing one means 401), e.g. "account", "member".` */
export function vocabularyOption(name: VocabularyOptionName): RuleOption<NameListOptionSchema> {
  const row = ROWS.get(name)!;
  const examples = row.example.map((e) => `"${e}"`).join(', ');
  return nameListOption(`${row.description.replace(/\.$/, '')}, e.g. ${examples}.`);
}

/** The names of several sources in one extension, each list the union of theirs (in order, without repeats). */
export function unionVocabulary(...extensions: readonly (VocabularyExtension | undefined)[]): VocabularyExtension {
  const union: Partial<Record<VocabularyOptionName, string[]>> = {};
  for (const extension of extensions) {
    for (const { option } of VOCABULARY_OPTIONS) {
      const names = extension?.[option];
      if (!Array.isArray(names) || names.length === 0) continue;
      const list = (union[option] ??= []);
      for (const name of names) if (!list.includes(name)) list.push(name);
    }
  }
  return union;
}
