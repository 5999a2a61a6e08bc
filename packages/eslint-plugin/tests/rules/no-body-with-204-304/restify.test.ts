import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (restify)', rule, {
  valid: [
    `import restify from 'restify';
server.del('/a', (req, res, next) => { res.send(204); next(); });`,
    `import restify from 'restify';
server.get('/a', (req, res, next) => { res.status(304); res.end(); next(); });`,
  ],
  invalid: [
  ],
});
