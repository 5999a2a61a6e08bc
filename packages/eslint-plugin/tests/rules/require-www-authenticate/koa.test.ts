import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (koa)', rule, {
  valid: [
    // The challenge in the error's props: Koa's onerror sets err.headers.
    `router.get('/me', async (ctx) => { ctx.throw(401, 'login first', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
    `app.use(async (ctx) => { ctx.throw(401, { headers: { 'www-authenticate': 'Basic realm="app"' } }); });`,
    `app.use(async (ctx) => { ctx.assert(ctx.state.user, 401, 'login first', { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
    // Props built elsewhere may hold the header.
    `app.use(async (ctx) => { ctx.throw(401, 'login first', challengeProps); });`,
    // A respond-style 401 with the header set on ctx, before or after.
    `app.use(async (ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; });`,
    `app.use(async (ctx) => { ctx.status = 401; ctx.set({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' }); });`,
    `app.use(async (ctx) => { ctx.response.status = 401; ctx.append('WWW-Authenticate', 'Bearer'); });`,
    // Not a status: a body field, a comparison, a test assertion.
    `app.use(async (ctx) => { ctx.body = { status: 401, error: 'unauthorized' }; });`,
    `if (ctx.status === 401) logout();`,
    `await request(app.callback()).get('/me').expect(401);`,
    // The status is not known without running the code.
    `app.use(async (ctx) => { ctx.status = err.status || 500; });`,
    // A string is a message to http-errors, not a status.
    `app.use(async (ctx) => { ctx.throw('401'); });`,
    // 403 is not this rule's.
    `app.use(async (ctx) => { ctx.throw(403, 'admins only'); });`,
    {
      code: `app.use(async (ctx) => { ctx.throw(401); });`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401, 'login first');
  await next();
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 34,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use(async (ctx, next) => {
  if (!ctx.state.user) ctx.throw(401, 'login first', { headers: { 'WWW-Authenticate': 'Bearer' } });
  await next();
});`,
        }],
      }],
    },
    {
      // koa's documentation example: ctx.assert(ctx.state.user, 401, ...).
      code: `router.get('/profile', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'User not found. Please login!');
  ctx.body = ctx.state.user;
});`,
      options: [{ challenge: 'Basic realm="app"' }],
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 30,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `router.get('/profile', async (ctx) => {
  ctx.assert(ctx.state.user, 401, 'User not found. Please login!', { headers: { 'WWW-Authenticate': 'Basic realm="app"' } });
  ctx.body = ctx.state.user;
});`,
        }],
      }],
    },
    {
      // Koa's onerror removes every header set on ctx before it sends the error.
      code: `app.use(async (ctx) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  ctx.throw(401, { expose: true });
});`,
      errors: [{
        messageId: 'koaHeadersDropped', line: 3, column: 13,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use(async (ctx) => {
  ctx.set('WWW-Authenticate', 'Bearer');
  ctx.throw(401, { expose: true, headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
        }],
      }],
    },
    {
      code: `app.use(async (ctx, next) => {
  if (!ctx.headers.authorization) {
    ctx.status = 401;
    ctx.body = { error: 'missing token' };
    return;
  }
  await next();
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 18,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use(async (ctx, next) => {
  if (!ctx.headers.authorization) {
    ctx.set('WWW-Authenticate', 'Bearer');
    ctx.status = 401;
    ctx.body = { error: 'missing token' };
    return;
  }
  await next();
});`,
        }],
      }],
    },
    {
      // A brace-less branch gets braces for the header statement.
      code: `app.use(async (ctx) => { if (!ctx.session.userId) ctx.response.status = 401; });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 73,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use(async (ctx) => { if (!ctx.session.userId) { ctx.response.set('WWW-Authenticate', 'Bearer'); ctx.response.status = 401; } });`,
        }],
      }],
    },
    {
      // Egg.js controllers reach the Koa context through this.ctx.
      code: `class UserController extends Controller {
  async show() {
    const { ctx } = this;
    if (!ctx.user) this.ctx.throw(401);
  }
}`,
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 35,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `class UserController extends Controller {
  async show() {
    const { ctx } = this;
    if (!ctx.user) this.ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } });
  }
}`,
        }],
      }],
    },
    {
      code: `import Koa from 'koa';
app.use(async (context) => { context.status = 401; });`,
      options: [{ autofix: true }],
      output: `import Koa from 'koa';
app.use(async (context) => { context.set('WWW-Authenticate', 'Bearer'); context.status = 401; });`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 47,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import Koa from 'koa';
app.use(async (context) => { context.set('WWW-Authenticate', 'Bearer'); context.status = 401; });`,
        }],
      }],
    },
  ],
});
