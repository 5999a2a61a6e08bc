import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('require-www-authenticate', {
  type: 'problem',
  docs: {
    description: 'Require a WWW-Authenticate header on every 401 Unauthorized response (RFC 9110, section 15.5.2)',
    recommended: 'recommended',
  },
  fixable: 'code',
  autofixOption: 'autofix',
});
