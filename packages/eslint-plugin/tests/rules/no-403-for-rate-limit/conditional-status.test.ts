import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

/* A status chosen by a condition: the refusing arm is the site and the `?:` test its guard. */
createRuleTester().run('no-403-for-rate-limit (a status chosen by a condition)', rule, {
  valid: [
    // The 403 is taken while requests remain: no limit reached.
    `app.use((req, res, next) => { res.status(req.rateLimit.remaining > 0 ? 403 : 200).end(); });`,
    // A plan limit is a permission.
    `app.post('/upload', (req, res) => { res.status(req.user.storageUsed < req.user.storageQuota ? 200 : 403).end(); });`,
  ],
  invalid: [
    {
      code: `app.use((req, res, next) => {
  res.status(req.rateLimit.remaining > 0 ? 200 : 403).end();
});`,
      errors: [{
        messageId: 'rateLimited', line: 2, column: 50,
        suggestions: [{ messageId: 'suggestUse429', output: `app.use((req, res, next) => {
  res.status(req.rateLimit.remaining > 0 ? 200 : 429).end();
});` }],
      }],
    },
  ],
});
