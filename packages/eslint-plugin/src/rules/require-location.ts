import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule('require-location', {
  type: 'problem',
  docs: {
    description: 'Require a Location header on 301, 302, 303, 307 and 308 redirects',
    recommended: 'recommended',
  },
});
