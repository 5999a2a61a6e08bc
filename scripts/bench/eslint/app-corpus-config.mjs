// @ts-check
// The ESLint config of the application-corpus benchmarks (app-corpus-share.mjs, app-corpus-wall.mjs).
import tsParser from '@typescript-eslint/parser';

/**
 * The flat config of one app: `no-debugger` plus, with `followImports` true or false, authlint's
 * recommended config (project model on or off); with `followImports` undefined, the baseline alone.
 * @param {any} plugin @param {import('../../corpus/apps/app-table.mjs').App} app @param {boolean | undefined} followImports
 */
export function flatConfig(plugin, app, followImports) {
  return [
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
    { files: ['**/*.js', '**/*.jsx'], languageOptions: { ecmaVersion: 'latest', sourceType: app.jsSourceType, parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.cjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } },
    { files: ['**/*.mjs'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser, sourceType: 'module' } },
    { rules: { 'no-debugger': 'error' } },
    ...(followImports === undefined ? [] : [{ files: ['**/*'], ...plugin.configs.recommended }, { settings: { authlint: { followImports } } }]),
  ];
}
