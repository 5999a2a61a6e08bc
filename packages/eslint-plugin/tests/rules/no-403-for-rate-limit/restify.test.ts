import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (restify)', rule, {
  valid: [
    `const errors = require('restify-errors');
server.use((req, res, next) => { if (!req.user.isAdmin) return next(new errors.ForbiddenError('no')); next(); });`,
  ],
  invalid: [
    {
      // restify: a rejected consume.
      code: `const errors = require('restify-errors');
server.use((req, res, next) => {
  rateLimiter.consume(req.ip).then(() => next()).catch(() => next(new errors.ForbiddenError('slow down')));
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 78,
          suggestions: [
            { messageId: 'suggestUse429', output: `const errors = require('restify-errors');
server.use((req, res, next) => {
  rateLimiter.consume(req.ip).then(() => next()).catch(() => next(new errors.TooManyRequestsError('slow down')));
});` },
          ],
        },
      ],
    },
  ],
});
