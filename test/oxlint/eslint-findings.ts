// ESLint with the same two rules on, loading the same built plugin (packages/eslint-plugin/dist) that oxlint loads.
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { relative } from 'node:path';
import plugin from '../../packages/eslint-plugin/dist/index.js';
import type { LintFinding } from './lint-finding.js';
import { REPO_ROOT } from './oxlint-findings.js';

const AUTHLINT_RULES: Linter.RulesRecord = {
  'authlint/no-403-for-unauthenticated': 'warn',
  'authlint/require-www-authenticate': 'warn',
};

const config: Linter.Config[] = [
  { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], plugins: { authlint: plugin as never }, rules: AUTHLINT_RULES },
  { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser as never } },
  // oxlint parses JSX in every JavaScript file; ESLint's own parser only when asked.
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
];

export async function runEslint(paths: readonly string[]): Promise<{ findings: LintFinding[]; fileCount: number }> {
  const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles([...paths]);
  const findings = results.flatMap((result) => result.messages.map((m): LintFinding => ({
    file: relative(REPO_ROOT, result.filePath).split('\\').join('/'),
    line: m.line, column: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column,
    ruleId: m.ruleId ?? `(fatal: ${m.message})`, message: m.message,
  })));
  return { findings, fileCount: results.length };
}
