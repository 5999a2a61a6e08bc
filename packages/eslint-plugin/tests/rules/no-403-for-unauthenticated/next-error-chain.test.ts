import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * A 403 handed to Express/Connect's error chain as a plain object (issue 9): `next({ status: 403 })`.
 * The call is the site: the guard around it is judged, and the suggestion rewrites the status. No
 * challenge is added at the call (where the object ends up is the error handler's business).
 */
createRuleTester().run('no-403-for-unauthenticated (a 403 handed to the error chain)', rule, {
  valid: [
    `app.delete('/posts/:id', (req, res, next) => { if (req.user.role !== 'admin') return next({ status: 403, message: 'admins only' }); res.end(); });`,
    // Not a middleware's next (tRPC's).
    `t.middleware(({ ctx, next }) => { if (!ctx.user) return next({ status: 403 }); return next(); });`,
  ],
  invalid: [
    {
      code: `app.use((req, res, next) => { if (!req.session.user) return next({ status: 403, message: 'log in' }); next(); });`,
      errors: [{
        messageId: 'unauthenticated', line: 1, column: 76,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `app.use((req, res, next) => { if (!req.session.user) return next({ status: 401, message: 'log in' }); next(); });`,
        }],
      }],
    },
  ],
});
