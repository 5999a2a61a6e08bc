import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type RuleName = keyof typeof rules;
type Preset = 'recommended' | 'strict';

/** A preset holds every rule whose docs say it belongs there; `strict` also holds every recommended rule. */
function rulesFor(preset: Preset): Record<string, TSESLint.SharedConfig.RuleEntry> {
  const entries = (Object.keys(rules) as RuleName[])
    .filter((rule) => preset === 'strict' || rules[rule].meta.docs?.recommended === 'recommended')
    .map((rule) => [`authlint/${rule}`, preset === 'strict' ? 'error' : 'warn'] as const);
  return Object.fromEntries(entries);
}

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as Record<Preset, TSESLint.FlatConfig.Config>,
};

plugin.configs.recommended = {
  name: 'authlint/recommended',
  plugins: { authlint: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: rulesFor('recommended'),
};
plugin.configs.strict = {
  name: 'authlint/strict',
  plugins: { authlint: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: rulesFor('strict'),
};

export type { Options as No403ForUnauthenticatedOptions } from './rules/no-403-for-unauthenticated.js';
export type { Options as RequireWwwAuthenticateOptions } from './rules/require-www-authenticate.js';
export { rules };
export default plugin;
