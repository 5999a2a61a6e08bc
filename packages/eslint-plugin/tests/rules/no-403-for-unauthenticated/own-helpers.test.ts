import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * A helper of the application's own given the status at the call (issue 9 item 4): the call is the
 * site, so the guard around the call is judged there. The helper sets no header, so "use 401" can add
 * no challenge at the call: only the status rewrite is offered.
 */
const helper = 'function sendError(res, status, message) { return res.status(status).json({ error: message }); }\n';
/** A helper that throws an error with the status it is given: the call is the site as well. */
const failHelper = 'class ApiError extends Error { constructor(status, message) { super(message); this.status = status; } }\n'
  + 'function fail(status, message) { throw new ApiError(status, message); }\n';

createRuleTester().run('no-403-for-unauthenticated (the application\'s own response helpers)', rule, {
  valid: [
    `${helper}app.delete('/posts/:id', (req, res) => { if (req.user.role !== 'admin') return sendError(res, 403, 'admins only'); });`,
    `${failHelper}app.delete('/posts/:id', (req, res) => { if (req.user.role !== 'admin') fail(403, 'admins only'); res.end(); });`,
  ],
  invalid: [
    {
      code: `${helper}app.use((req, res, next) => { if (!req.session.user) return sendError(res, 403, 'log in'); next(); });`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 76,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `${helper}app.use((req, res, next) => { if (!req.session.user) return sendError(res, 401, 'log in'); next(); });`,
        }],
      }],
    },
    {
      code: `${failHelper}app.use((req, res, next) => { if (!req.session.user) fail(403, 'log in'); next(); });`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 59,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `${failHelper}app.use((req, res, next) => { if (!req.session.user) fail(401, 'log in'); next(); });`,
        }],
      }],
    },
  ],
});
