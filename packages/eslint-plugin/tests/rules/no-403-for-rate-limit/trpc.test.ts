import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (trpc)', rule, {
  valid: [
    `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.create();
export const limited = t.middleware(async ({ ctx, next }) => { const { success } = await ratelimit.limit(ctx.ip); if (!success) throw new TRPCError({ code: 'TOO_MANY_REQUESTS' }); return next(); });`,
  ],
  invalid: [
    {
      // tRPC: FORBIDDEN from a rate-limit middleware.
      code: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.create();
export const limited = t.middleware(async ({ ctx, next }) => {
  const { success } = await ratelimit.limit(ctx.ip);
  if (!success) throw new TRPCError({ code: 'FORBIDDEN', message: 'slow down' });
  return next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 5, column: 45,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.create();
export const limited = t.middleware(async ({ ctx, next }) => {
  const { success } = await ratelimit.limit(ctx.ip);
  if (!success) throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'slow down' });
  return next();
});` },
          ],
        },
      ],
    },
  ],
});
