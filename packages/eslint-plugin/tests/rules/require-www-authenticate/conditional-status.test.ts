import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10: a status chosen by a condition. The 401 arm is a 401 sent, and needs its challenge; no header
 * is suggested, since the response answers the other arm too and the header would go out with the success
 * (or with the other refusal).
 */
createRuleTester().run('require-www-authenticate (a status chosen by a condition)', rule, {
  valid: [
    `app.get('/me', (req, res) => { res.set('WWW-Authenticate', 'Bearer'); res.status(req.user ? 200 : 401).end(); });`,
    // No arm is a 401.
    `app.get('/me', (req, res) => { res.status(req.user ? 200 : 404).end(); });`,
    `app.get('/doc', (req, res) => { res.status(req.doc ? 403 : 404).end(); });`,
  ],
  invalid: [
    {
      code: `app.get('/me', (req, res) => { res.status(req.user ? 200 : 401).end(); });`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 60, suggestions: [] }],
    },
    {
      code: `app.get('/me', (req, res) => res.status(req.user ? 200 : 401).json({ user: req.user }));`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 58, suggestions: [] }],
    },
    {
      // Two refusals: the 401 arm is a 401 sent all the same (the 403 arm is left to the 403 rules).
      code: `app.get('/admin', (req, res) => { res.status(req.user ? 403 : 401).end(); });`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 63, suggestions: [] }],
    },
  ],
});
