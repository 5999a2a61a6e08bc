import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (koa)', rule, {
  valid: [
    `app.use(async (ctx, next) => { try { await limiter.consume(ctx.ip); } catch (e) { ctx.throw(429, 'Too Many Requests'); } await next(); });`,
    `router.get('/search', async (ctx) => { if (ctx.state.user.plan === 'free' && ctx.state.searches > 10) ctx.throw(402, 'upgrade'); });`,
    `router.get('/search', async (ctx) => { if (ctx.state.rateLimit.remaining < 1) ctx.throw(429, 'quota'); });`,
  ],
  invalid: [
    {
      // Koa: ctx.throw in a consume rejection.
      code: `app.use(async (ctx, next) => {
  try {
    await limiter.consume(ctx.ip);
  } catch (rejRes) {
    ctx.throw(403, 'Too Many Requests');
  }
  await next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 5, column: 15,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `app.use(async (ctx, next) => {
  try {
    await limiter.consume(ctx.ip);
  } catch (rejRes) {
    ctx.throw(429, 'Too Many Requests', { headers: { 'Retry-After': String(Math.ceil(rejRes.msBeforeNext / 1000)) } });
  }
  await next();
});` },
            { messageId: 'suggestUse429', output: `app.use(async (ctx, next) => {
  try {
    await limiter.consume(ctx.ip);
  } catch (rejRes) {
    ctx.throw(429, 'Too Many Requests');
  }
  await next();
});` },
          ],
        },
      ],
    },
    {
      // Remaining calls in Koa.
      code: `router.get('/search', async (ctx) => {
  if (ctx.state.rateLimit.remaining < 1) ctx.throw(403, 'quota');
  ctx.body = await search(ctx.query.q);
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 52,
          suggestions: [
            { messageId: 'suggestUse429', output: `router.get('/search', async (ctx) => {
  if (ctx.state.rateLimit.remaining < 1) ctx.throw(429, 'quota');
  ctx.body = await search(ctx.query.q);
});` },
          ],
        },
      ],
    },
  ],
});
