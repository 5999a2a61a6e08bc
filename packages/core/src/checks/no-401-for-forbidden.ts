import { forbidden401, mixedGuardParts } from '../auth/identified-requester.js';
import { checkVocabulary } from '../auth/check-vocabulary.js';
import type { SharedSettings } from '../options/vocabulary-setting.js';
import type { Finding, Suggestion, TextEdit } from '../finding.js';
import { splitMixed401Edits } from '../edits/split-mixed-401.js';
import { challengeEditsAs401 } from '../sites/challenge-need.js';
import { setStatusEdits } from '../sites/set-status.js';
import type { No401ForForbiddenOptions } from '../options/no-401-for-forbidden.js';
import { DEFAULT_CHALLENGE, excerpt, type CheckContext, type PreparedFile } from './check-context.js';

export type { No401ForForbiddenOptions };

const RULE_ID = 'no-401-for-forbidden';

function use403(edits: readonly TextEdit[] | undefined): Suggestion[] {
  if (!edits || edits.length === 0) return [];
  return [{ messageId: 'suggestUse403', data: { replacement: edits[0]!.text }, edits, safe: false }];
}

/**
 * A 401 sent or thrown where the path shows the requester identified and the failed test is a
 * role, permission, ownership or account check (RFC 9110, section 15.5.4: that is 403); a 401 that
 * answers both a missing identity and a failed permission check; a Bearer `insufficient_scope` 401.
 */
export function checkNo401ForForbidden(file: PreparedFile, options: No401ForForbiddenOptions & SharedSettings = {}): Finding[] {
  if (!file.context) return [];
  const context: CheckContext = { ...file.context, vocabulary: checkVocabulary(options) };
  const findings: Finding[] = [];
  for (const site of file.sites) {
    if (site.status.code !== 401) continue;
    const verdict = forbidden401(site, context);
    if (!verdict) continue;
    const range: [number, number] = [site.status.node.range[0], site.status.node.range[1]];
    const edits = setStatusEdits(site, 403, context);
    if (verdict.kind === 'mixed') {
      const { guard } = verdict;
      const challenge = challengeEditsAs401(site, context, options.challenge ?? DEFAULT_CHALLENGE) ?? [];
      const split = guard?.ifStatement && guard.denyWhenTruthy && edits ? splitMixed401Edits(guard.ifStatement, edits, context, challenge) : undefined;
      const parts = guard ? mixedGuardParts(guard, context, (n) => excerpt(context.text, n, 40)) : { unauthenticated: 'no identity', forbidden: 'a permission check' };
      findings.push({
        ruleId: RULE_ID, messageId: 'mixedGuard', data: parts, range,
        suggestions: split ? [{ messageId: 'suggestSplitGuard', edits: split, safe: false }] : [],
      });
    } else if (verdict.kind === 'insufficient-scope') {
      findings.push({ ruleId: RULE_ID, messageId: 'insufficientScope', data: {}, range, suggestions: use403(edits) });
    } else {
      const { guard } = verdict;
      const reason = guard ? `${guard.denyWhenTruthy ? '' : 'not '}${excerpt(context.text, guard.test)}` : 'a permission check';
      findings.push({ ruleId: RULE_ID, messageId: 'forbidden', data: { reason }, range, suggestions: use403(edits) });
    }
  }
  return findings;
}
