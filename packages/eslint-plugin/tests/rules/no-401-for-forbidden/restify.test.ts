import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (restify)', rule, {
  valid: [
    `const errors = require('restify-errors');
server.use((req, res, next) => { if (!req.headers.authorization) return next(new errors.UnauthorizedError('login')); next(); });`,
  ],
  invalid: [
    {
      // restify: an UnauthorizedError for a role test.
      code: `const restify = require('restify');
const errors = require('restify-errors');
server.del('/users/:id', (req, res, next) => {
  if (req.user.role !== 'admin') return next(new errors.UnauthorizedError('admins only'));
  next();
});`,
      errors: [
        {
          messageId: 'forbidden', line: 4, column: 57,
          suggestions: [
            { messageId: 'suggestUse403', output: `const restify = require('restify');
const errors = require('restify-errors');
server.del('/users/:id', (req, res, next) => {
  if (req.user.role !== 'admin') return next(new errors.ForbiddenError('admins only'));
  next();
});` },
          ],
        },
      ],
    },
  ],
});
