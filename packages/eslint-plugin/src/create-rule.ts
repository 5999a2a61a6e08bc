import { ruleDocsUrl } from '@authlint/core';
import { ESLintUtils } from '@typescript-eslint/utils';

export interface AuthlintRuleDocs {
  description: string;
  /** The presets that turn the rule on; the presets are derived from this. */
  recommended: 'recommended' | 'strict';
}

export const createRule = ESLintUtils.RuleCreator<AuthlintRuleDocs>(ruleDocsUrl);
