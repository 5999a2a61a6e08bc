import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('require-www-authenticate', {
  type: 'problem',
  docs: { recommended: 'recommended' },
  fixable: 'code',
  autofixOption: 'autofix',
});
