import { ESLintUtils } from '@typescript-eslint/utils';

export interface AuthlintRuleDocs {
  description: string;
  /** The presets that turn the rule on; the presets are derived from this. */
  recommended: 'recommended' | 'strict';
}

export const DOCS_BASE_URL = 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/';

export const createRule = ESLintUtils.RuleCreator<AuthlintRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);
