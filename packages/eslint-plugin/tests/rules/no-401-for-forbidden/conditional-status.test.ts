import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

/* Issue 10 and 11: a status chosen by a condition; the refusing arm is the site and the test is its guard. */
createRuleTester().run('no-401-for-forbidden (a status chosen by a condition)', rule, {
  valid: [
    // No identity in the 401's arm: 401 is right.
    `app.get('/me', (req, res) => { res.status(req.user ? 200 : 401).end(); });`,
    // Both arms refuse: no arm is the refusal.
    `app.get('/admin', requireAuth, (req, res) => { res.status(req.user.isAdmin ? 403 : 401).end(); });`,
  ],
  invalid: [
    {
      code: `app.get('/admin', requireAuth, (req, res) => {
  res.status(req.user.isAdmin ? 200 : 401).json({});
});`,
      errors: [{
        messageId: 'forbidden', line: 2, column: 39,
        data: { reason: 'not req.user.isAdmin' },
        suggestions: [{ messageId: 'suggestUse403', output: `app.get('/admin', requireAuth, (req, res) => {
  res.status(req.user.isAdmin ? 200 : 403).json({});
});` }],
      }],
    },
  ],
});
