import type { RuleId } from '../finding.js';

/** Where each rule's page lives: ESLint's `meta.docs.url` and the editor's diagnostic links both point here. */
const RULE_DOCS_BASE_URL = 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/';

export function ruleDocsUrl(ruleId: RuleId | string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}

/** The rule's name as ESLint configs, disable comments and the editor's diagnostics spell it. */
export function qualifiedRuleName(ruleId: RuleId): `authlint/${RuleId}` {
  return `authlint/${ruleId}`;
}
