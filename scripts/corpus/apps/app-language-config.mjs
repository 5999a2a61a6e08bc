// @ts-check
// How every linter of the application corpus reads an app's files (lint-apps.mjs, the benchmarks under
// scripts/bench/eslint/): JavaScript as the app's package type says, TypeScript with typescript-eslint's
// parser, and the apps' own eslint-disable comments ignored (they name rules we do not load).
import tsParser from '@typescript-eslint/parser';

/** @param {import('./app-table.mjs').App} app @returns {import('eslint').Linter.Config[]} */
export function appLanguageConfig(app) {
  return [
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
    { files: ['**/*.js', '**/*.jsx'], languageOptions: { ecmaVersion: 'latest', sourceType: app.jsSourceType, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    { files: ['**/*.mjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser, sourceType: 'module' } },
  ];
}
