// @ts-check
// The ESLint config of the application-corpus benchmarks (app-corpus-share.mjs, app-corpus-wall.mjs).
import { appLanguageConfig } from '../../corpus/apps/app-language-config.mjs';

/**
 * The flat config of one app: `no-debugger` plus, with `followImports` true or false, authlint's
 * recommended config (project model on or off); with `followImports` undefined, the baseline alone.
 * @param {any} plugin @param {import('../../corpus/apps/app-table.mjs').App} app @param {boolean | undefined} followImports
 */
export function flatConfig(plugin, app, followImports) {
  return [
    ...appLanguageConfig(app),
    { rules: { 'no-debugger': 'error' } },
    ...(followImports === undefined ? [] : [{ files: ['**/*'], ...plugin.configs.recommended }, { settings: { authlint: { followImports } } }]),
  ];
}
