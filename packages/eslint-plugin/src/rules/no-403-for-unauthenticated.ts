import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('no-403-for-unauthenticated', {
  type: 'problem',
  docs: { recommended: 'recommended' },
});
