import { qualifiedRuleName, type RuleId } from '@authlint/core';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

type Preset = 'recommended' | 'strict';

/** A preset holds every rule whose docs say it belongs there; `strict` also holds every recommended rule. */
function rulesFor(preset: Preset): Record<string, TSESLint.SharedConfig.RuleEntry> {
  const entries = (Object.keys(rules) as RuleId[])
    .filter((rule) => preset === 'strict' || rules[rule].meta.docs?.recommended === 'recommended')
    .map((rule) => [qualifiedRuleName(rule), preset === 'strict' ? 'error' : 'warn'] as const);
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

/** The options object each rule takes in an ESLint config, as the core declares it. */
export type { No403ForUnauthenticatedOptions, RequireWwwAuthenticateOptions, No401ForForbiddenOptions, No403ForRateLimitOptions, RequireLocationOptions, RequireAllowOptions, NoBodyWith204304Options } from '@authlint/core';
export { rules };
export default plugin;
