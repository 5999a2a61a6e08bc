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
    // Nested exits about permissions only: a known requester who is no admin.
    `app.use((req, res, next) => {
      if (req.user.isAdmin) { if (req.user.canWrite) return next(); }
      return res.sendStatus(403);
    });`,
    // The nested branch does more than exit: the 403 may run for other reasons.
    `app.use((req, res, next) => {
      if (req.user) { audit(req.user); if (isAdmin(req.user)) return next(); }
      return res.sendStatus(403);
    });`,
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
    {
      // Mixed: the exit is taken by admins only, so the 403 answers both no user and no admin.
      code: `app.use((req, res, next) => {
  const user = req.user;
  if (user) { if (isAdmin(user)) return next(); }
  return res.status(403).end();
});`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 21,
        data: { unauthenticated: 'not user', forbidden: 'not isAdmin(user)' },
        suggestions: [
          { messageId: 'suggestSplitGuard', output: `app.use((req, res, next) => {
  const user = req.user;
  if (!user) return res.status(401).end();
  if (user) { if (isAdmin(user)) return next(); }
  return res.status(403).end();
});` },
        ],
      }],
    },
    {
      // Mixed, with the nested exit written without braces; Koa's `ctx.throw` ends the branch.
      code: `router.use(async (ctx, next) => {
  if (ctx.state.user)
    if (ctx.state.user.roles.includes('admin')) return next();
  ctx.throw(403);
});`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 13,
        data: { unauthenticated: 'not ctx.state.user', forbidden: "not ctx.state.user.roles.includes('admin')" },
        suggestions: [
          { messageId: 'suggestSplitGuard', output: `router.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401);
  if (ctx.state.user)
    if (ctx.state.user.roles.includes('admin')) return next();
  ctx.throw(403);
});` },
        ],
      }],
    },
    {
      // Mixed, but the 403 only sets the status and goes on: no split (a 401 exit would be overwritten).
      code: `router.use(async (ctx, next) => {
  if (ctx.state.user) { if (ctx.state.user.isAdmin) return next(); }
  ctx.status = 403;
});`,
      errors: [{ messageId: 'mixedGuard', line: 3, column: 16, suggestions: [] }],
    },
  ],
});
