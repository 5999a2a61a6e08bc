import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (koa)', rule, {
  valid: [
    // A role check on a known user: 403 is right.
    `router.delete('/posts/:id', async (ctx) => {
      if (ctx.state.user.role !== 'admin') ctx.throw(403, 'admins only');
    });`,
    `router.get('/admin', async (ctx) => { ctx.assert(ctx.state.user.isAdmin, 403, 'admins only'); });`,
    // Ownership.
    `router.put('/posts/:id', async (ctx) => {
      const post = await Post.findById(ctx.params.id);
      if (post.authorId !== ctx.state.user.id) { ctx.status = 403; return; }
    });`,
    // CSRF.
    `app.use(async (ctx, next) => {
      if (ctx.request.body._csrf !== ctx.session.csrf) ctx.throw(403, 'invalid csrf token');
      await next();
    });`,
    // An unguarded 403 says nothing about why.
    `app.use(async (ctx) => { ctx.throw(403); });`,
    // The unauthenticated case was answered with 401 before; this 403 is the permission check.
    `app.use(async (ctx, next) => {
      if (!ctx.state.user) ctx.throw(401, 'login first', { headers: { 'WWW-Authenticate': 'Bearer' } });
      ctx.assert(ctx.state.user.permissions.includes('write'), 403);
      await next();
    });`,
    // Already 401.
    `app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'login first', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
    // A body field and a comparison, not a status sent.
    `app.use(async (ctx) => { if (!ctx.state.user) ctx.body = { status: 403 }; });`,
    `if (!token) { if (ctx.status === 403) redirect(); }`,
    // Account state.
    `app.use(async (ctx) => { if (ctx.state.user.banned) ctx.throw(403, 'banned'); });`,
  ],
  invalid: [
    {
      code: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(403, 'login required');
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 34,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401, 'login required', { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401, 'login required');
  await next();
});`,
        }],
      }],
    },
    {
      // The asserted value is the guard: it throws when there is no user.
      code: `router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 403, 'Please login');
  ctx.body = ctx.state.user;
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 30,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Please login', { headers: { 'WWW-Authenticate': 'Bearer' } });
  ctx.body = ctx.state.user;
});`,
        }, {
          messageId: 'suggestUse401',
          output: `router.get('/me', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'Please login');
  ctx.body = ctx.state.user;
});`,
        }],
      }],
    },
    {
      code: `import { StatusCodes } from 'http-status-codes';
app.use(async (ctx, next) => {
  if (!ctx.isAuthenticated()) {
    ctx.status = StatusCodes.FORBIDDEN;
    return;
  }
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 18,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { StatusCodes } from 'http-status-codes';
app.use(async (ctx, next) => {
  if (!ctx.isAuthenticated()) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = StatusCodes.UNAUTHORIZED;
    return;
  }
  await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { StatusCodes } from 'http-status-codes';
app.use(async (ctx, next) => {
  if (!ctx.isAuthenticated()) {
    ctx.status = StatusCodes.UNAUTHORIZED;
    return;
  }
  await next();
});`,
        }],
      }],
    },
    {
      // An invalid or expired token is a 401, not a 403.
      code: `app.use(async (ctx, next) => {
  try {
    ctx.state.user = jwt.verify(ctx.cookies.get('token'), secret);
  } catch (err) {
    ctx.throw(403, 'invalid token');
  }
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 15,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.use(async (ctx, next) => {
  try {
    ctx.state.user = jwt.verify(ctx.cookies.get('token'), secret);
  } catch (err) {
    ctx.throw(401, 'invalid token', { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.use(async (ctx, next) => {
  try {
    ctx.state.user = jwt.verify(ctx.cookies.get('token'), secret);
  } catch (err) {
    ctx.throw(401, 'invalid token');
  }
  await next();
});`,
        }],
      }],
    },
    {
      code: `router.get('/admin', async (ctx) => {
  if (!ctx.state.user || ctx.state.user.role !== 'admin') {
    ctx.throw(403);
  }
  ctx.body = await stats();
});`,
      errors: [{
        messageId: 'mixedGuard', line: 3, column: 15,
        // ctx.throw always throws, so the branch exits and the guard can be split.
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `router.get('/admin', async (ctx) => {
  if (!ctx.state.user) {
    ctx.throw(401);
  }
  if (ctx.state.user.role !== 'admin') {
    ctx.throw(403);
  }
  ctx.body = await stats();
});`,
        }],
      }],
    },
    {
      code: `router.get('/admin', async (ctx) => {
  if (!ctx.state.user || ctx.state.user.role !== 'admin') {
    return ctx.throw(403);
  }
  ctx.body = await stats();
});`,
      errors: [{
        messageId: 'mixedGuard', line: 3, column: 22,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `router.get('/admin', async (ctx) => {
  if (!ctx.state.user) {
    return ctx.throw(401);
  }
  if (ctx.state.user.role !== 'admin') {
    return ctx.throw(403);
  }
  ctx.body = await stats();
});`,
        }],
      }],
    },
    {
      name: 'the combined suggestion braces a bare if branch and rewrites the status inside it',
      code: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.status = 403;
  else await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 37,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.use(async (ctx, next) => {
  if (!ctx.state.user) { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; }
  else await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.status = 401;
  else await next();
});`,
        }],
      }],
    },
    {
      name: 'the combined suggestion puts the header in the error props, where Koa keeps it',
      code: `app.use(async (ctx, next) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  if (!ctx.state.user) ctx.throw(403);
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 34,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.use(async (ctx, next) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  if (!ctx.state.user) ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.use(async (ctx, next) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  if (!ctx.state.user) ctx.throw(401);
  await next();
});`,
        }],
      }],
    },
  ],
});
