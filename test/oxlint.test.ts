// oxlint's JS plugin host runs eslint-plugin-authlint: the real oxlint CLI from npm, with only authlint's rules on,
// reports over examples/ and the fixture apps exactly what ESLint reports with the same rules and the same built plugin.
// Then what its plugin host does with options, fixes, suggestions and disable comments (README, section oxlint).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '@authlint/core';
import { eslintFixed, firstSuggestionsApplied, runEslint } from './oxlint/eslint-findings.js';
import { byFileAndPosition, type LintFinding } from './oxlint/lint-finding.js';
import { AUTHLINT_ONLY, CUSTOM_CHALLENGE, WITH_OPTIONS, WRONG_OPTION_OXLINTRC } from './oxlint/oxlint-configs.js';
import { oxlintCli, REPO_ROOT, runOxlint, type OxlintRun } from './oxlint/oxlint-findings.js';

const LINTED = ['examples', 'test/fixtures'];
/** A fixture with findings of both rules, suggestions on each, and (with autofix on) fixes. */
const EXPRESS = 'test/fixtures/express/server.ts';

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

// Each test spawns oxlint once or twice (about 1.5 s each: Node, then the plugin's load); a loaded machine needs more.
describe('oxlint\'s plugin host: options, fixes, suggestions, disable comments', { timeout: 30_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'authlint-oxlint-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const expressText = readFileSync(join(REPO_ROOT, EXPRESS), 'utf8');

  /** A copy of the express fixture in the scratch folder, with `text` instead of the fixture's if given. */
  function scratchCopy(name: string, text = expressText): string {
    const path = join(scratch, name);
    writeFileSync(path, text);
    return path;
  }

  it('passes the rules their options, as ESLint does', async () => {
    const oxlint = runOxlint([EXPRESS], WITH_OPTIONS.oxlintrc);
    const eslint = await runEslint([EXPRESS], WITH_OPTIONS.eslintRules);
    expect(oxlint.findings.some((f) => f.message.includes(CUSTOM_CHALLENGE))).toBe(true);
    expect([...oxlint.findings].sort(byFileAndPosition)).toEqual([...eslint.findings].sort(byFileAndPosition));
  });

  it('checks options against the rule\'s schema and stops on a wrong one', () => {
    const run = oxlintCli(['-c', WRONG_OPTION_OXLINTRC, EXPRESS]);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Options validation failed');
    expect(run.output).toContain('challange');
  });

  it('--fix applies the autofix as eslint --fix does', async () => {
    const copy = scratchCopy('autofix.ts');
    oxlintCli(['-c', WITH_OPTIONS.oxlintrc, '--fix', copy]);
    const fixed = readFileSync(copy, 'utf8');
    expect(fixed).not.toBe(expressText);
    expect(fixed).toBe(await eslintFixed(expressText, EXPRESS, WITH_OPTIONS.eslintRules));
  });

  it('known difference: --fix-suggestions applies the first suggestion of every finding, with no choice', async () => {
    const copy = scratchCopy('suggestions.ts');
    oxlintCli(['-c', AUTHLINT_ONLY.oxlintrc, '--fix-suggestions', copy]);
    const fixed = readFileSync(copy, 'utf8');
    expect(fixed).not.toBe(expressText);
    expect(fixed).toBe(await firstSuggestionsApplied(expressText, EXPRESS));
  });

  it('known difference: its JSON output carries no suggestions and no rule doc URL', () => {
    const run = oxlintCli(['-c', AUTHLINT_ONLY.oxlintrc, '-f', 'json', EXPRESS]);
    expect(run.output).toContain('authlint(no-403-for-unauthenticated)');
    expect(run.output).not.toMatch(/suggest/i);
    expect(run.output).not.toContain('docs/rules/');
  });

  it('honours an eslint-disable-next-line comment that names the rule', () => {
    const lines = expressText.split('\n');
    const findings = runOxlint([EXPRESS]).findings;
    const first = findings[0]!;
    lines.splice(first.line - 1, 0, `// eslint-disable-next-line ${first.ruleId}`);
    const copy = scratchCopy('disabled.ts', lines.join('\n'));
    const output = oxlintCli(['-c', AUTHLINT_ONLY.oxlintrc, '-f', 'json', copy]).output;
    const reportedLines = [...output.matchAll(/"line": (\d+)/g)].map((m) => Number(m[1]));
    expect(reportedLines.length).toBe(findings.length - 1);
    expect(reportedLines).not.toContain(first.line + 1);
  });
});
