import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, missed true cases: a 403 with no condition of its own runs only when the early exits
 * before it were not taken (`if (req.session.user) return next(); return res.sendStatus(403);`).
 */
createRuleTester().run('no-403-for-unauthenticated (fall-through)', rule, {
  valid: [
    // The exit is taken for admins: the 403 answers a known requester who is no admin.
    `app.use((req, res, next) => {
      if (req.user.isAdmin) return next();
      return res.sendStatus(403);
    });`,
    // Nothing about the requester.
    `app.use((req, res, next) => {
      if (req.path === '/health') return next();
      return res.sendStatus(403);
    });`,
    // The exit does not always leave: the 403 may run with a user.
    `app.use((req, res, next) => {
      if (req.user) { log(req.user); }
      return res.sendStatus(403);
    });`,
    // The 403 has a condition of its own, which decides.
    `app.use((req, res, next) => {
      if (req.user) return next();
      if (isMaintenance) return res.sendStatus(403);
      next();
    });`,
    // An exit in another function says nothing.
    `function check(req) { if (req.user) return true; }
    function deny(res) { return res.sendStatus(403); }`,
  ],
  invalid: [
    {
      // Express: the session's user takes the exit.
      code: `app.use((req, res, next) => {
  if (req.session.user) return next();
  return res.sendStatus(403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 25,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.session.user) return next();
  return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.session.user) return next();
  return res.sendStatus(401);
});` },
        ],
      }],
    },
    {
      // Koa.
      code: `router.use(async (ctx, next) => {
  if (ctx.state.user) return next();
  ctx.throw(403, 'log in first');
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 13,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `router.use(async (ctx, next) => {
  if (ctx.state.user) return next();
  ctx.throw(401, 'log in first', { headers: { 'WWW-Authenticate': 'Bearer' } });
});` },
          { messageId: 'suggestUse401', output: `router.use(async (ctx, next) => {
  if (ctx.state.user) return next();
  ctx.throw(401, 'log in first');
});` },
        ],
      }],
    },
    {
      // Hono with hono/jwt.
      code: `app.use('/api/*', async (c, next) => {
  if (c.get('jwtPayload')) return next();
  return c.json({ error: 'Forbidden' }, 403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 41,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use('/api/*', async (c, next) => {
  if (c.get('jwtPayload')) return next();
  return c.json({ error: 'Forbidden' }, 401, { 'WWW-Authenticate': 'Bearer' });
});` },
          { messageId: 'suggestUse401', output: `app.use('/api/*', async (c, next) => {
  if (c.get('jwtPayload')) return next();
  return c.json({ error: 'Forbidden' }, 401);
});` },
        ],
      }],
    },
  ],
});
