import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('no-body-with-204-304', {
  type: 'problem',
  docs: { recommended: 'recommended' },
});
