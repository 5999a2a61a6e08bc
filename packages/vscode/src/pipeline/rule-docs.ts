import { RULE_DOCS_BASE_URL, ruleDocsUrl, type RuleId } from '@authlint/core';

/** Where each rule's documentation lives: the core's URL, the same as the ESLint plugin's `meta.docs.url`. */
export const DOCS_BASE_URL = RULE_DOCS_BASE_URL;

export function docUrlFor(ruleId: RuleId): string {
  return ruleDocsUrl(ruleId);
}

/** The rule's name as ESLint configs and disable comments spell it. */
export function qualifiedRuleName(ruleId: RuleId): string {
  return `authlint/${ruleId}`;
}
