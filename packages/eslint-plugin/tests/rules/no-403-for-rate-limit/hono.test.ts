import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (hono)', rule, {
  valid: [
    `app.use('*', async (c, next) => { const remaining = await rateLimit.remaining(c.req.header('x')); if (remaining <= 0) return c.json({ error: 'slow down' }, 429); await next(); });`,
  ],
  invalid: [
    {
      // Hono: remaining requests.
      code: `app.use('*', async (c, next) => {
  const remaining = await rateLimit.remaining(c.req.header('x-forwarded-for'));
  if (remaining <= 0) return c.json({ error: 'slow down' }, 403);
  await next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 61,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.use('*', async (c, next) => {
  const remaining = await rateLimit.remaining(c.req.header('x-forwarded-for'));
  if (remaining <= 0) return c.json({ error: 'slow down' }, 429);
  await next();
});` },
          ],
        },
      ],
    },
  ],
});
