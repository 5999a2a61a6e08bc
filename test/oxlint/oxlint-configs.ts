// The .oxlintrc.json files of the oxlint test, each beside the ESLint rules that mean the same.
import { fileURLToPath } from 'node:url';
import type { Linter } from 'eslint';

const here = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** Both rules with their default options, nothing else. */
export const AUTHLINT_ONLY = {
  oxlintrc: here('.oxlintrc.json'),
  eslintRules: {
    'authlint/no-403-for-unauthenticated': 'warn',
    'authlint/require-www-authenticate': 'warn',
    'authlint/no-401-for-forbidden': 'warn',
    'authlint/no-403-for-rate-limit': 'warn',
    'authlint/require-location': 'warn',
    'authlint/require-allow': 'warn',
    'authlint/no-body-with-204-304': 'warn',
  } satisfies Linter.RulesRecord,
};

export const CUSTOM_CHALLENGE = 'Basic realm="api"';

/** A custom challenge on both rules, and autofix on for require-www-authenticate. */
export const WITH_OPTIONS = {
  oxlintrc: here('with-options.oxlintrc.json'),
  eslintRules: {
    'authlint/no-403-for-unauthenticated': ['warn', { challenge: CUSTOM_CHALLENGE }],
    'authlint/require-www-authenticate': ['warn', { challenge: CUSTOM_CHALLENGE, autofix: true }],
  } satisfies Linter.RulesRecord,
};

/** An option the rule's schema does not allow. */
export const WRONG_OPTION_OXLINTRC = here('wrong-option.oxlintrc.json');
