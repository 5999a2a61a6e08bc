import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('no-403-for-rate-limit', {
  type: 'problem',
  docs: {
    description: 'Disallow 403 Forbidden or 401 Unauthorized for a rate limit (that is 429 Too Many Requests)',
    recommended: 'recommended',
  },
});
