import type { RuleId } from '@authlint/core';

/**
 * Where each rule's documentation lives: the same pages as the ESLint plugin's `meta.docs.url`
 * (the cross-host test checks that they agree).
 */
export const DOCS_BASE_URL = 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/';

export function docUrlFor(ruleId: RuleId): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/** The rule's name as ESLint configs and disable comments spell it. */
export function qualifiedRuleName(ruleId: RuleId): string {
  return `authlint/${ruleId}`;
}
