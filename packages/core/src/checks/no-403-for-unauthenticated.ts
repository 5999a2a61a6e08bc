import type { TSESTree } from '@typescript-eslint/types';
import { anyOf } from '../auth/auth-verdict.js';
import { classifyCondition } from '../auth/classify-condition.js';
import { denyVerdict, type Guard } from '../auth/deny-guard.js';
import { createVocabulary, type VocabularyExtension } from '../auth/vocabulary.js';
import { unwrap } from '../ast/node-shapes.js';
import type { Finding, Suggestion, TextEdit } from '../finding.js';
import { splitGuardEdit } from '../edits/split-guard.js';
import { use401Edits } from '../edits/use-401.js';
import type { ResponseSite } from '../sites/response-site.js';
import { excerpt, type CheckContext, type PreparedFile } from './check-context.js';

export interface No403ForUnauthenticatedOptions extends VocabularyExtension {}

const RULE_ID = 'no-403-for-unauthenticated';

/** Why the guard denies, in the author's own words: the test's text, or the failed verification. */
function reasonOf(guards: readonly Guard[], site: ResponseSite, context: CheckContext): string {
  const test = site.assertedValue ?? guards[0]?.test;
  if (!test) return 'token verification failed';
  const text = excerpt(context.text, test);
  const plain = unwrap(test);
  if (plain.type === 'Identifier' && /^(e|err|error)$/.test(plain.name)) return `token verification failed: ${text}`;
  const negate = site.assertedValue ? true : guards[0] ? !guards[0].denyWhenTruthy : false;
  return negate ? `not ${text}` : text;
}

/** The test split into its identity and permission halves, for the mixed message. */
function mixedParts(test: TSESTree.Node, context: CheckContext): { unauthenticated: string; forbidden: string } {
  const parts: TSESTree.Node[] = [];
  const collect = (n: TSESTree.Node) => {
    const u = unwrap(n);
    if (u.type === 'LogicalExpression' && u.operator === '||') { collect(u.left); collect(u.right); } else parts.push(u);
  };
  collect(test);
  const pick = (verdict: string) => parts.filter((p) => classifyCondition(p, true, context) === verdict)
    .map((p) => excerpt(context.text, p, 40)).join(' || ');
  return { unauthenticated: pick('unauthenticated') || 'no identity', forbidden: pick('forbidden') || 'permission' };
}

function use401Suggestion(edits: readonly TextEdit[] | undefined): Suggestion[] {
  if (!edits || edits.length === 0) return [];
  return [{ messageId: 'suggestUse401', data: { replacement: edits[0]!.text }, edits, safe: false }];
}

/** A 403 sent or thrown (or a Nest guard's false) where the guard shows the requester is not authenticated. */
export function checkNo403ForUnauthenticated(file: PreparedFile, options: No403ForUnauthenticatedOptions = {}): Finding[] {
  if (!file.context) return [];
  const context: CheckContext = { ...file.context, vocabulary: createVocabulary(options) };
  const findings: Finding[] = [];
  for (const site of file.sites) {
    if (site.status.code !== 403) continue;
    const { verdict, guards } = denyVerdict(site, context);
    const range = site.status.node.range;
    const edits = site.useUnauthorized ? site.useUnauthorized() : use401Edits(site.status, context);
    if (verdict === 'unauthenticated') {
      findings.push({
        ruleId: RULE_ID,
        messageId: site.delivery === 'guard-deny' ? 'guardDeniesUnauthenticated' : 'unauthenticated',
        data: { reason: reasonOf(guards, site, context) },
        range: [range[0], range[1]],
        suggestions: use401Suggestion(edits),
      });
    } else if (verdict === 'mixed') {
      const guard = guards.find((g) => g.denyWhenTruthy && anyOf([classifyCondition(g.test, true, context)]) === 'mixed');
      const split = guard?.ifStatement && edits ? splitGuardEdit(guard.ifStatement, edits, context) : undefined;
      findings.push({
        ruleId: RULE_ID,
        messageId: 'mixedGuard',
        data: guard ? mixedParts(guard.test, context) : { unauthenticated: 'no identity', forbidden: 'permission' },
        range: [range[0], range[1]],
        suggestions: split ? [{ messageId: 'suggestSplitGuard', edits: [split], safe: false }] : [],
      });
    }
  }
  return findings;
}
