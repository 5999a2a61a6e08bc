import { RuleTester } from '@typescript-eslint/rule-tester';

/** TypeScript syntax, no type information: the plugin needs none. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}
