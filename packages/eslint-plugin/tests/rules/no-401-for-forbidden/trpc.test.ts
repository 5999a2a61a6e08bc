import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (trpc)', rule, {
  valid: [
    `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.create();
export const isAuthed = t.middleware(({ ctx, next }) => { if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' }); return next(); });`,
  ],
  invalid: [
    {
      // tRPC: UNAUTHORIZED for a role test in an admin procedure.
      code: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context<Context>().create();
export const isAdmin = t.middleware(({ ctx, next }) => {
  if (!ctx.session.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  if (ctx.session.user.role !== 'admin') throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next();
});`,
      errors: [
        {
          messageId: 'forbidden', line: 5, column: 70,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context<Context>().create();
export const isAdmin = t.middleware(({ ctx, next }) => {
  if (!ctx.session.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  if (ctx.session.user.role !== 'admin') throw new TRPCError({ code: 'FORBIDDEN' });
  return next();
});` },
          ],
        },
      ],
    },
  ],
});
