import { fileURLToPath } from 'node:url';
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

/** A file of a small project on disk (tests/fixtures/own-errors), whose src/deny.js answers a fixed 403. */
const routes = fileURLToPath(new URL('../../fixtures/own-errors/src/routes.js', import.meta.url));
/** A file that names no 401 or 403 itself: its only refusal is the imported helper's. */
const importsDeny = (from: string) => `import { deny } from '${from}';\napp.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });`;

createRuleTester().run('no-403-for-unauthenticated (the application\'s own response helpers)', rule, {
  valid: [
    `${helper}app.delete('/posts/:id', (req, res) => { if (req.user.role !== 'admin') return sendError(res, 403, 'admins only'); });`,
    `${failHelper}app.delete('/posts/:id', (req, res) => { if (req.user.role !== 'admin') fail(403, 'admins only'); res.end(); });`,
    // The helper is not resolvable, or the imports are not followed: nothing is known.
    { code: importsDeny('./missing'), filename: routes },
    { code: importsDeny('./deny'), filename: routes, settings: { authlint: { followImports: false } } },
  ],
  invalid: [
    {
      // The file's text names no 403: it goes on because it imports a denial helper and its imports are followed.
      code: importsDeny('./deny'),
      filename: routes,
      errors: [{ messageId: 'unauthenticated', line: 2, column: 61 }],
    },
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
