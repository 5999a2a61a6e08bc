import type { TSESTree } from '@typescript-eslint/types';
import { classifyCondition } from '../auth/classify-condition.js';
import { denyVerdict, guardVerdict, partsOf, type BranchCondition } from '../auth/deny-guard.js';
import { checkVocabulary } from '../auth/check-vocabulary.js';
import type { SharedSettings } from '../options/vocabulary-setting.js';
import { unwrap } from '../ast/node-shapes.js';
import type { Finding, Suggestion, TextEdit } from '../finding.js';
import { combineEdits } from '../edits/combine-edits.js';
import { splitFallThroughEdits, splitGuardEdits } from '../edits/split-guard.js';
import { challengeEditsAs401 } from '../sites/challenge-need.js';
import { setStatusEdits } from '../sites/set-status.js';
import type { ResponseSite } from '../sites/response-site.js';
import type { No403ForUnauthenticatedOptions } from '../options/no-403-for-unauthenticated.js';
import { DEFAULT_CHALLENGE, excerpt, type CheckContext, type PreparedFile } from './check-context.js';

export type { No403ForUnauthenticatedOptions };

const RULE_ID = 'no-403-for-unauthenticated';

/** Why the site denies, in the author's own words: the guard that shows no identity, or the failed verification. */
function reasonOf(guards: readonly BranchCondition[], site: ResponseSite, context: CheckContext): string {
  if (site.assertedValue && classifyCondition(site.assertedValue, false, context) === 'unauthenticated') {
    return `not ${excerpt(context.text, site.assertedValue)}`;
  }
  const guard = guards.flatMap(partsOf).find((g) => classifyCondition(g.test, g.denyWhenTruthy, context) === 'unauthenticated');
  if (!guard) return 'token verification failed';
  const text = excerpt(context.text, guard.test);
  const plain = unwrap(guard.test);
  if (plain.type === 'Identifier' && /^(e|err|error)$/.test(plain.name)) return `token verification failed: ${text}`;
  return guard.denyWhenTruthy ? text : `not ${text}`;
}

/**
 * The deny condition's parts, each shown the way it denies: the disjuncts of a test, or the
 * conjuncts of a value whose falsiness denies (`return !!user && user.isAdmin` in a Nest guard).
 */
function mixedParts(conditions: readonly BranchCondition[], context: CheckContext): { unauthenticated: string; forbidden: string } {
  const parts: { node: TSESTree.Node; denyWhenTruthy: boolean }[] = [];
  for (const { test, denyWhenTruthy } of conditions) {
    const splitOn = denyWhenTruthy ? '||' : '&&';
    const collect = (n: TSESTree.Node) => {
      const u = unwrap(n);
      if (u.type === 'LogicalExpression' && u.operator === splitOn) { collect(u.left); collect(u.right); } else parts.push({ node: u, denyWhenTruthy });
    };
    collect(test);
  }
  const show = (p: { node: TSESTree.Node; denyWhenTruthy: boolean }) => (p.denyWhenTruthy ? '' : 'not ') + excerpt(context.text, p.node, 40);
  const pick = (verdict: string) => parts.filter((p) => classifyCondition(p.node, p.denyWhenTruthy, context) === verdict).map(show).join(' || ');
  return { unauthenticated: pick('unauthenticated') || 'no identity', forbidden: pick('forbidden') || 'a permission check' };
}

/** The split a mixed guard allows: its `if` in two, or a 401 exit before the early exit the site falls through. */
function splitEdits(guard: BranchCondition, site: ResponseSite, edits: readonly TextEdit[] | undefined, context: CheckContext): TextEdit[] | undefined {
  if (!edits) return undefined;
  if (guard.ifStatement && guard.denyWhenTruthy) return splitGuardEdits(guard.ifStatement, edits, context);
  if (guard.exitStatement && guard.orDeniesWhen) return splitFallThroughEdits(guard.exitStatement, site.node, edits, context);
  return undefined;
}

/**
 * "Use 401 and send WWW-Authenticate" first (the result both rules accept, so the editor prefers it),
 * then the plain "Use 401" for apps that add the challenge elsewhere. The combined one is left out
 * where the 401 would need no header, the framework cannot carry one here, or the edits conflict.
 */
function use401Suggestions(site: ResponseSite, edits: readonly TextEdit[] | undefined, file: PreparedFile, challenge: string): Suggestion[] {
  if (!edits || edits.length === 0) return [];
  const replacement = edits[0]!.text;
  const header = challengeEditsAs401(site, file.context!, challenge);
  const combined = header && combineEdits(file.context!.text, edits, header);
  const plain: Suggestion = { messageId: 'suggestUse401', data: { replacement }, edits, safe: false };
  return combined
    ? [{ messageId: 'suggestUse401WithChallenge', data: { replacement, challenge }, edits: combined, safe: false }, plain]
    : [plain];
}

/** A 403 sent or thrown (or a Nest guard's false) where the guard shows the requester is not authenticated. */
export function checkNo403ForUnauthenticated(file: PreparedFile, options: No403ForUnauthenticatedOptions & SharedSettings = {}): Finding[] {
  if (!file.context) return [];
  const context: CheckContext = { ...file.context, vocabulary: checkVocabulary(options) };
  const findings: Finding[] = [];
  for (const site of file.sites) {
    if (site.status.code !== 403) continue;
    const { verdict, guards, thrown } = denyVerdict(site, context);
    const range = site.status.node.range;
    const edits = setStatusEdits(site, 401, context);
    if (verdict === 'unauthenticated') {
      findings.push({
        ruleId: RULE_ID,
        messageId: site.delivery === 'guard-deny' ? 'guardDeniesUnauthenticated' : 'unauthenticated',
        data: { reason: reasonOf([...guards, ...thrown], site, context) },
        range: [range[0], range[1]],
        suggestions: use401Suggestions(site, edits, file, options.challenge ?? DEFAULT_CHALLENGE),
      });
    } else if (verdict === 'mixed') {
      const guard = guards.find((g) => guardVerdict(g, context) === 'mixed');
      const split = guard && splitEdits(guard, site, edits, context);
      const parts = guard ? mixedParts(partsOf(guard), context)
        : thrown.length > 0 ? mixedParts(thrown.flatMap(partsOf), context)
        : site.assertedValue ? mixedParts([{ test: site.assertedValue, denyWhenTruthy: false }], context)
        : { unauthenticated: 'no identity', forbidden: 'a permission check' };
      findings.push({
        ruleId: RULE_ID,
        messageId: 'mixedGuard',
        data: parts,
        range: [range[0], range[1]],
        suggestions: split ? [{ messageId: 'suggestSplitGuard', edits: split, safe: false }] : [],
      });
    }
  }
  return findings;
}
