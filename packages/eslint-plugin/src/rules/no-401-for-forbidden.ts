import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('no-401-for-forbidden', {
  type: 'problem',
  docs: { recommended: 'recommended' },
});
