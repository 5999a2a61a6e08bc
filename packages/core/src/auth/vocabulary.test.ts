import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { NameResolver } from '../ast/name-resolver.js';
import { classifyCondition } from './classify-condition.js';
import { VOCABULARY_OPTIONS, type VocabularyExtension, type VocabularyOptionName } from '../options/vocabulary-options.js';
import { WORD_LISTS, createVocabulary } from './vocabulary.js';

/** The verdict on the test of the last top-level `if` in `code`. */
function verdictOf(code: string, extension: VocabularyExtension = {}): string {
  const program = parse(code, { range: true, loc: true });
  const index = indexProgram(program);
  const ifs = program.body.filter((s): s is TSESTree.IfStatement => s.type === 'IfStatement');
  const vocabulary = createVocabulary(extension);
  return classifyCondition(ifs.at(-1)!.test, true, { index, vocabulary, text: code, names: new NameResolver(index) });
}

/**
 * For every option: a condition whose verdict the option's example flips. Lists no classifier
 * reads yet are checked on the table itself (`has`).
 */
type Flip =
  | { readonly code: string; readonly before: string; readonly after: string }
  | { readonly word: string };

const FLIPS: Record<VocabularyOptionName, Flip> = {
  identityNames: { code: 'if (!req.account) {}', before: 'unknown', after: 'unauthenticated' },
  credentialLookupNames: { code: 'const userId = await lookupByBadge(req.user);\nif (!userId) {}', before: 'unknown', after: 'unauthenticated' },
  credentialCarrierNames: { code: 'if (!req.metadata.auth) {}', before: 'unknown', after: 'unauthenticated' },
  requestObjectNames: { code: 'if (!rq.auth) {}', before: 'unknown', after: 'unauthenticated' },
  requestAuthMemberNames: { code: 'if (!req.tokenData) {}', before: 'unknown', after: 'unauthenticated' },
  identityKeyNames: { code: 'if (!req.user.handle) {}', before: 'unknown', after: 'unauthenticated' },
  identityAccessorNames: { code: 'if (!whoami()) {}', before: 'unknown', after: 'unauthenticated' },
  sessionKeyMethodNames: { code: 'if (!session.contains("userId")) {}', before: 'unknown', after: 'unauthenticated' },
  requesterKeyNames: { code: 'const user = await User.findOne({ id: req.params.id, by: viewer });\nif (!user) {}', before: 'unknown', after: 'unauthenticated' },
  resourceInputNames: { code: 'const user = await User.findById(args.id);\nif (!user) {}', before: 'unauthenticated', after: 'unknown' },
  authenticatedPredicateNames: { code: 'if (!passedGate) {}', before: 'unknown', after: 'unauthenticated' },
  unauthenticatedPredicateNames: { code: 'if (isStranger) {}', before: 'unknown', after: 'unauthenticated' },
  ambiguousPredicateNames: { code: 'if (!isGood(token)) {}', before: 'unknown', after: 'unauthenticated' },
  credentialArgumentNames: { code: 'if (!isValid(passphrase)) {}', before: 'unknown', after: 'unauthenticated' },
  verificationNames: { code: 'const s = unseal(cookie);\nif (!s) {}', before: 'unknown', after: 'unauthenticated' },
  authSchemeNames: { code: 'if (scheme !== "HMAC") {}', before: 'unknown', after: 'unauthenticated' },
  credentialErrorNames: { code: 'if (err.name === "SessionExpiredError") {}', before: 'unknown', after: 'unauthenticated' },
  errorFieldNames: { code: 'if (err.kind === "TokenExpiredError") {}', before: 'unknown', after: 'unauthenticated' },
  expiryClaimNames: { code: 'if (decoded.expiresAt < now) {}', before: 'unknown', after: 'unauthenticated' },
  credentialValueNames: { code: 'if (passphrase !== expected) {}', before: 'unknown', after: 'unauthenticated' },
  secretNames: { code: 'if (req.user.signature !== session.signature) {}', before: 'forbidden', after: 'unauthenticated' },
  permissionNames: { code: 'if (!hasLicense) {}', before: 'unknown', after: 'forbidden' },
  capabilityPrefixNames: { code: 'if (!req.user.shouldExport) {}', before: 'unknown', after: 'forbidden' },
  refusalPredicateNames: { code: 'if (user.isFrozen) {}', before: 'unknown', after: 'forbidden' },
  membershipMethodNames: { code: 'if (!user.roles.hasAny(wanted)) {}', before: 'unknown', after: 'forbidden' },
  accountStateNames: { code: 'if (user.standing !== "good") {}', before: 'unknown', after: 'forbidden' },
  csrfNames: { code: 'if (req.body.antiForgery !== req.session.antiForgeryToken) {}', before: 'unauthenticated', after: 'forbidden' },
  otherPrincipalNames: { code: 'if (!robot.user) {}', before: 'unauthenticated', after: 'unknown' },
  lookupMethodNames: { code: 'const credential = await vault.pick(id, req.user);\nif (!credential) {}', before: 'unauthenticated', after: 'unknown' },
  businessObjectNames: { code: 'if (rental.isExpired) {}', before: 'unauthenticated', after: 'unknown' },
  nonHttpContextNames: { word: 'switchToGrpc' },
  graphqlErrorModuleNames: { word: 'yoga' },
  credentialKindNames: { word: 'ticket' },
  networkNames: { word: 'peerAddress' },
  rateLimitNames: { word: 'budget' },
  capabilityTokenNames: { word: 'claimCode' },
  authMiddlewareNames: { word: 'gatekeeper' },
  ambientCredentialNames: { word: 'store' },
  lockoutNames: { word: 'cooldown' },
  planLimitNames: { word: 'allowance' },
  apiTokenLoginNames: { code: 'app.use(partnerKeyAuth);\nif (!req.user.id) {}', before: 'unauthenticated', after: 'unknown' },
};

describe('VOCABULARY_OPTIONS', () => {
  it('has one option per word list, each with a description and an example', () => {
    expect(VOCABULARY_OPTIONS.map((o) => o.list).sort()).toEqual(Object.keys(WORD_LISTS).sort());
    expect(new Set(VOCABULARY_OPTIONS.map((o) => o.option)).size).toBe(VOCABULARY_OPTIONS.length);
    for (const o of VOCABULARY_OPTIONS) {
      expect(o.description.length, o.option).toBeGreaterThan(20);
      expect(o.example.length, o.option).toBeGreaterThan(0);
    }
  });

  it.each(VOCABULARY_OPTIONS.map((o) => [o.option, o] as const))('%s extends its list', (option, row) => {
    const flip = FLIPS[option];
    const extension: VocabularyExtension = { [option]: row.example };
    if ('word' in flip) {
      expect(row.example).toContain(flip.word);
      expect(createVocabulary().has(row.list, flip.word)).toBe(false);
      expect(createVocabulary(extension).has(row.list, flip.word)).toBe(true);
    } else {
      expect(verdictOf(flip.code)).toBe(flip.before);
      expect(verdictOf(flip.code, extension)).toBe(flip.after);
    }
  });
});

describe('createVocabulary', () => {
  it('matches folded lists after case, `_` and `-` are dropped, and as-written lists exactly', () => {
    const vocabulary = createVocabulary({ identityNames: ['member_card'], requestObjectNames: ['httpContext'] });
    expect(vocabulary.has('identity', 'memberCard')).toBe(true);
    expect(vocabulary.has('identity', 'MEMBER-CARD')).toBe(true);
    expect(vocabulary.has('requestObject', 'httpContext')).toBe(true);
    expect(vocabulary.has('requestObject', 'httpcontext')).toBe(false);
    expect(vocabulary.has('requestObject', 'Req')).toBe(false);
  });

  it('takes option names literally, not as patterns', () => {
    const vocabulary = createVocabulary({ identityNames: ['a.b', '(x|y)'] });
    expect(vocabulary.has('identity', 'a.b')).toBe(true);
    expect(vocabulary.has('identity', 'axb')).toBe(false);
    expect(vocabulary.has('identity', 'x')).toBe(false);
  });

  it('ignores option entries that are not strings rather than throwing', () => {
    const vocabulary = createVocabulary({ identityNames: [42, null, 'account'] as unknown as string[] });
    expect(vocabulary.has('identity', 'account')).toBe(true);
  });

  it('knows the words the next rules need: credential kinds, network, rate limits, capability tokens', () => {
    const vocabulary = createVocabulary();
    for (const word of ['accessToken', 'sessionCookie', 'jwt', 'x-api-key', 'clientCertificate']) expect(vocabulary.has('credentialKind', word), word).toBe(true);
    for (const word of ['invite', 'expiresAt']) expect(vocabulary.has('credentialKind', word), word).toBe(false);
    for (const word of ['ip', 'clientIp', 'remoteAddress', 'x-forwarded-for', 'ipAllowlist']) expect(vocabulary.has('network', word), word).toBe(true);
    expect(vocabulary.has('network', 'zip')).toBe(false);
    for (const word of ['rateLimit', 'remainingRequests', 'loginAttempts', 'throttled', 'quota', 'limiter']) expect(vocabulary.has('rateLimit', word), word).toBe(true);
    expect(vocabulary.has('rateLimit', 'user')).toBe(false);
    for (const word of ['resetToken', 'emailVerificationToken', 'unsubscribeToken', 'inviteCode', 'signedUrl', 'previewSecret']) {
      expect(vocabulary.has('capabilityToken', word), word).toBe(true);
    }
    expect(vocabulary.has('capabilityToken', 'accessToken')).toBe(false);
  });
});
