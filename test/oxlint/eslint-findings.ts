// ESLint with the same two rules on, loading the same built plugin (packages/eslint-plugin/dist) that oxlint loads.
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { relative } from 'node:path';
import plugin from '../../packages/eslint-plugin/dist/index.js';
import type { LintFinding } from './lint-finding.js';
import { AUTHLINT_ONLY } from './oxlint-configs.js';
import { REPO_ROOT } from './oxlint-findings.js';

function eslintWith(rules: Linter.RulesRecord, options: { fix?: boolean } = {}): ESLint {
  const config: Linter.Config[] = [
    { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], plugins: { authlint: plugin as never }, rules },
    { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser as never } },
    // oxlint parses JSX in every JavaScript file; ESLint's own parser only when asked.
    { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  ];
  return new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: config, ...options });
}

/** Paths relative to the repository root; findings' files are too. */
export async function runEslint(
  paths: readonly string[], rules: Linter.RulesRecord = AUTHLINT_ONLY.eslintRules,
): Promise<{ findings: LintFinding[]; fileCount: number }> {
  const results = await eslintWith(rules).lintFiles([...paths]);
  const findings = results.flatMap((result) => result.messages.map((m): LintFinding => ({
    file: relative(REPO_ROOT, result.filePath).split('\\').join('/'),
    line: m.line, column: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column,
    ruleId: m.ruleId ?? `(fatal: ${m.message})`, message: m.message,
  })));
  return { findings, fileCount: results.length };
}

/** The text after `eslint --fix` with these rules. */
export async function eslintFixed(text: string, filePath: string, rules: Linter.RulesRecord): Promise<string> {
  const [result] = await eslintWith(rules, { fix: true }).lintText(text, { filePath });
  return result?.output ?? text;
}

/** The text with the first suggestion of every finding applied (ESLint itself never applies suggestions). */
export async function firstSuggestionsApplied(text: string, filePath: string): Promise<string> {
  const [result] = await eslintWith(AUTHLINT_ONLY.eslintRules).lintText(text, { filePath });
  const fixes = (result?.messages ?? []).flatMap((m) => m.suggestions?.[0]?.fix ?? []).sort((a, b) => b.range[0] - a.range[0]);
  let output = text;
  let appliedFrom = Infinity;
  for (const fix of fixes) {
    if (fix.range[1] > appliedFrom) throw new Error('first suggestions overlap: this comparison needs a fixture whose suggestions do not');
    output = output.slice(0, fix.range[0]) + fix.text + output.slice(fix.range[1]);
    appliedFrom = fix.range[0];
  }
  return output;
}
