import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('require-allow', {
  type: 'problem',
  docs: { recommended: 'recommended' },
});
