import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, missed true cases: the 403 in the `else` of an identity test, or in the arm of a `?:`
 * that runs when the identity is missing.
 */
createRuleTester().run('no-403-for-unauthenticated (else and ternaries)', rule, {
  valid: [
    // A cookie that is no credential.
    `router.use(async (ctx, next) => { if (ctx.cookies.get('theme')) await next(); else ctx.status = 403; });`,
    // The identity is present in the 403's arm.
    `app.use((req, res, next) => { return req.user ? res.status(403).end() : next(); });`,
    // The arm of the `?:` is a permission test on a known requester.
    `app.use((req, res, next) => { return req.user.isAdmin ? next() : res.status(403).end(); });`,
    // Both the identity and the permission are tested in one arm: the 403 is the permission's.
    `app.use((req, res, next) => { return !req.user ? res.status(401).end() : req.user.isAdmin ? next() : res.status(403).end(); });`,
  ],
  invalid: [
    {
      // Koa: the auth cookie is the credential.
      code: `router.use(async (ctx, next) => {
  if (ctx.cookies.get('auth')) await next();
  else ctx.status = 403;
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 21,
        data: { reason: "not ctx.cookies.get('auth')" },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `router.use(async (ctx, next) => {
  if (ctx.cookies.get('auth')) await next();
  else { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; }
});` },
          { messageId: 'suggestUse401', output: `router.use(async (ctx, next) => {
  if (ctx.cookies.get('auth')) await next();
  else ctx.status = 401;
});` },
        ],
      }],
    },
    {
      // Express: a refresh-token cookie read as a member.
      code: `app.use((req, res, next) => {
  if (req.signedCookies.refresh_token) return next();
  else return res.sendStatus(403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 30,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.signedCookies.refresh_token) return next();
  else return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.signedCookies.refresh_token) return next();
  else return res.sendStatus(401);
});` },
        ],
      }],
    },
    {
      // A ternary on a name bound to the requester.
      code: `app.use((req, res, next) => {
  const user = req.user;
  return user ? next() : res.status(403).end();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 37,
        data: { reason: 'not user' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  const user = req.user;
  return user ? next() : res.set('WWW-Authenticate', 'Bearer').status(401).end();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  const user = req.user;
  return user ? next() : res.status(401).end();
});` },
        ],
      }],
    },
    {
      // The identity test in one arm of a nested `?:`.
      code: `app.use((req, res, next) => {
  return isPublic(req.path) ? next() : req.session.userId ? next() : res.status(403).end();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 81,
        data: { reason: 'not req.session.userId' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  return isPublic(req.path) ? next() : req.session.userId ? next() : res.set('WWW-Authenticate', 'Bearer').status(401).end();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  return isPublic(req.path) ? next() : req.session.userId ? next() : res.status(401).end();
});` },
        ],
      }],
    },
  ],
});
