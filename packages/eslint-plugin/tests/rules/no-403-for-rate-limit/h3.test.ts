import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (h3)', rule, {
  valid: [
    `export default defineEventHandler(async (event) => { if (!event.context.user.isAdmin) throw createError({ statusCode: 403 }); });`,
  ],
  invalid: [
    {
      // h3: a limiter result.
      code: `export default defineEventHandler(async (event) => {
  const { success, reset } = await ratelimit.limit(getRequestIP(event));
  if (!success) {
    throw createError({ statusCode: 403, statusMessage: 'slow down' });
  }
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 4, column: 37,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `export default defineEventHandler(async (event) => {
  const { success, reset } = await ratelimit.limit(getRequestIP(event));
  if (!success) {
    setResponseHeader(event, 'Retry-After', String(Math.ceil((reset - Date.now()) / 1000)));
    throw createError({ statusCode: 429, statusMessage: 'slow down' });
  }
});` },
            { messageId: 'suggestUse429', output: `export default defineEventHandler(async (event) => {
  const { success, reset } = await ratelimit.limit(getRequestIP(event));
  if (!success) {
    throw createError({ statusCode: 429, statusMessage: 'slow down' });
  }
});` },
          ],
        },
      ],
    },
  ],
});
