// oxlint's JS plugin host runs eslint-plugin-authlint: the real oxlint CLI from npm, with only authlint's rules on,
// reports over examples/ and the fixture apps exactly what ESLint reports with the same rules and the same built plugin.
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '@authlint/core';
import { runEslint } from './oxlint/eslint-findings.js';
import { byFileAndPosition, type LintFinding } from './oxlint/lint-finding.js';
import { runOxlint, type OxlintRun } from './oxlint/oxlint-findings.js';

const LINTED = ['examples', 'test/fixtures'];

describe('oxlint with authlint as a JS plugin', () => {
  let oxlint: OxlintRun;
  let eslint: { findings: LintFinding[]; fileCount: number };

  beforeAll(async () => {
    oxlint = runOxlint(LINTED);
    eslint = await runEslint(LINTED);
  }, 60_000);

  it('runs authlint\'s rules and none of its own', () => {
    expect(oxlint.numberOfRules).toBe(RULE_IDS.length);
    expect(new Set(oxlint.findings.map((f) => f.ruleId))).toEqual(new Set(RULE_IDS.map((id) => `authlint/${id}`)));
  });

  it('lints the same files as ESLint', () => {
    expect(oxlint.numberOfFiles).toBe(eslint.fileCount);
  });

  it('reports what ESLint reports: file, start, end, rule and message', () => {
    expect(eslint.findings.length).toBeGreaterThan(50);
    expect([...oxlint.findings].sort(byFileAndPosition)).toEqual([...eslint.findings].sort(byFileAndPosition));
  });
});
