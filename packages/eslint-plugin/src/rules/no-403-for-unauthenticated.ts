import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('no-403-for-unauthenticated', {
  type: 'problem',
  docs: {
    description: 'Disallow 403 Forbidden where the requester is not authenticated (that is 401 Unauthorized)',
    recommended: 'recommended',
  },
});
