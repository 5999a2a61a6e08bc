import type { TSESTree } from '@typescript-eslint/types';
import type { Finding, RuleId } from './finding.js';
import { checkNo403ForUnauthenticated } from './checks/no-403-for-unauthenticated.js';
import { checkRequireWwwAuthenticate } from './checks/require-www-authenticate.js';
import { checkNo401ForForbidden } from './checks/no-401-for-forbidden.js';
import { checkNo403ForRateLimit } from './checks/no-403-for-rate-limit.js';
import type { RuleOptionsById } from './options/rule-options.js';
import { prepareFile, type PreparedFile } from './prepare-file.js';

/** Every check, by rule id: the one list both hosts run. */
export const CHECKS: { readonly [K in RuleId]: (file: PreparedFile, options?: RuleOptionsById[K]) => Finding[] } = {
  'no-403-for-unauthenticated': checkNo403ForUnauthenticated,
  'require-www-authenticate': checkRequireWwwAuthenticate,
  'no-401-for-forbidden': checkNo401ForForbidden,
  'no-403-for-rate-limit': checkNo403ForRateLimit,
};

export const RULE_IDS = Object.keys(CHECKS) as RuleId[];

export type AnalyzeOptions = { readonly [K in RuleId]?: RuleOptionsById[K] | false };

/** Runs the enabled checks (all by default) over a parsed file; findings in source order. */
export function analyze(program: TSESTree.Program, text: string, options: AnalyzeOptions = {}): Finding[] {
  const file = prepareFile(program, text);
  const findings: Finding[] = [];
  for (const ruleId of RULE_IDS) {
    const ruleOptions = options[ruleId];
    if (ruleOptions === false) continue;
    findings.push(...(CHECKS[ruleId] as (f: PreparedFile, o?: unknown) => Finding[])(file, ruleOptions));
  }
  return findings.sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
}
