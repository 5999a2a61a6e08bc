import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('no-401-for-forbidden', {
  type: 'problem',
  docs: {
    description: 'Disallow 401 Unauthorized for a known requester who lacks permission (that is 403 Forbidden)',
    recommended: 'recommended',
  },
});
