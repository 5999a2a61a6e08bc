import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (restify)', rule, {
  valid: [
    `import restify from 'restify';
server.get('/a', (req, res, next) => { res.redirect('/b', next); });`,
    `import restify from 'restify';
server.get('/a', (req, res, next) => { res.redirect(301, '/b', next); });`,
    `import restify from 'restify';
server.get('/a', (req, res, next) => { res.header('Location', '/b'); res.send(302); next(); });`,
  ],
  invalid: [
  ],
});
