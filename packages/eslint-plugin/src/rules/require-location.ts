import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('require-location', {
  type: 'problem',
  docs: { recommended: 'recommended' },
});
