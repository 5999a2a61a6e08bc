import type { TSESTree } from '@typescript-eslint/types';
import { detachedFinding, type Finding, type RuleId } from './finding.js';
import { checkNo403ForUnauthenticated } from './checks/no-403-for-unauthenticated.js';
import { checkRequireWwwAuthenticate } from './checks/require-www-authenticate.js';
import { checkNo401ForForbidden } from './checks/no-401-for-forbidden.js';
import { checkNo403ForRateLimit } from './checks/no-403-for-rate-limit.js';
import { checkRequireLocation, REQUIRE_LOCATION_WORDS } from './checks/require-location.js';
import { checkRequireAllow, REQUIRE_ALLOW_WORDS } from './checks/require-allow.js';
import { checkNoBodyWith204304, NO_BODY_WITH_204_304_WORDS } from './checks/no-body-with-204-304.js';
import type { CheckOptionsById } from './options/rule-options.js';
import { MAY_HOLD_AUTH_STATUS, prepareFile, prepareStatement, type PreparedFile } from './prepare-file.js';
import type { ProjectPlace } from './project/project-view.js';

/** Every check, by rule id: the one list both hosts run. */
export const CHECKS: { readonly [K in RuleId]: (file: PreparedFile, options?: CheckOptionsById[K]) => Finding[] } = {
  'no-403-for-unauthenticated': checkNo403ForUnauthenticated,
  'require-www-authenticate': checkRequireWwwAuthenticate,
  'no-401-for-forbidden': checkNo401ForForbidden,
  'no-403-for-rate-limit': checkNo403ForRateLimit,
  'require-location': checkRequireLocation,
  'require-allow': checkRequireAllow,
  'no-body-with-204-304': checkNoBodyWith204304,
};

export const RULE_IDS = Object.keys(CHECKS) as RuleId[];

/**
 * Each check's prefilter: the words without which it cannot fire. A file whose text has none of a
 * check's words is not analysed for it, and most files are skipped on this one regex test.
 */
export const CHECK_WORDS: { readonly [K in RuleId]: RegExp } = {
  'no-403-for-unauthenticated': MAY_HOLD_AUTH_STATUS,
  'require-www-authenticate': MAY_HOLD_AUTH_STATUS,
  'no-401-for-forbidden': MAY_HOLD_AUTH_STATUS,
  'no-403-for-rate-limit': MAY_HOLD_AUTH_STATUS,
  'require-location': REQUIRE_LOCATION_WORDS,
  'require-allow': REQUIRE_ALLOW_WORDS,
  'no-body-with-204-304': NO_BODY_WITH_204_304_WORDS,
};

/** Each rule's options with the shared vocabulary (`vocabulary`), or false to leave the rule out. */
export type AnalyzeOptions = { readonly [K in RuleId]?: CheckOptionsById[K] | false };

/**
 * Runs the enabled checks (all by default) over a parsed file; findings in source order. With a
 * project place, the file's imports of the project's own modules are followed (as in ESLint).
 */
export function analyze(program: TSESTree.Program, text: string, options: AnalyzeOptions = {}, project?: ProjectPlace): Finding[] {
  return runChecks(options, (words) => prepareFile(program, text, { words, ...(project ? { project } : {}) }));
}

/**
 * The findings inside one top-level statement of `program`, each as `analyze` finds it: the checks
 * run over that statement's sites only, in the context of the whole file. The editor uses it when
 * an edit changed nothing else that the other statements' findings read (packages/vscode/src/pipeline/statement-reuse.ts).
 */
export function analyzeStatement(program: TSESTree.Program, text: string, statement: TSESTree.ProgramStatement, options: AnalyzeOptions = {}, project?: ProjectPlace): Finding[] {
  const [start, end] = statement.range;
  return runChecks(options, (words) => prepareStatement(program, text, statement, { words, ...(project ? { project } : {}) }))
    .filter((f) => f.range[0] >= start && f.range[1] <= end);
}

function runChecks(options: AnalyzeOptions, prepare: (words: RegExp) => PreparedFile): Finding[] {
  const findings: Finding[] = [];
  for (const ruleId of RULE_IDS) {
    const ruleOptions = options[ruleId];
    if (ruleOptions === false) continue;
    for (const finding of (CHECKS[ruleId] as (f: PreparedFile, o?: unknown) => Finding[])(prepare(CHECK_WORDS[ruleId]), ruleOptions)) findings.push(detachedFinding(finding));
  }
  return findings.sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
}
