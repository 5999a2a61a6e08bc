import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (restify)', rule, {
  valid: [
    `import restify from 'restify';
server.del('/a', (req, res, next) => { res.header('Allow', 'GET'); res.send(405); next(); });`,
    `import errors from 'restify-errors';
server.del('/a', (req, res, next) => next(new errors.BadMethodError('no')));`,
  ],
  invalid: [
  ],
});
