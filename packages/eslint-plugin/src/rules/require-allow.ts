import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('require-allow', {
  type: 'problem',
  docs: {
    description: 'Require an Allow header on 405 Method Not Allowed responses',
    recommended: 'recommended',
  },
});
