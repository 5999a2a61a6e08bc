import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (trpc)', rule, {
  valid: [
    // Role and ownership checks on a known user.
    `import { TRPCError } from '@trpc/server';
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'ADMIN') throw new TRPCError({ code: 'FORBIDDEN' });
  return next();
});`,
    `import { TRPCError } from '@trpc/server';
export const postRouter = router({
  delete: protectedProcedure.input(z.string()).mutation(async ({ ctx, input }) => {
    const post = await ctx.db.post.findUnique({ where: { id: input } });
    if (post.authorId !== ctx.session.user.id) throw new TRPCError({ code: 'FORBIDDEN', message: 'Not your post' });
  }),
});`,
    // A missing resource is NOT_FOUND, and a code read from a variable says nothing.
    `import { TRPCError } from '@trpc/server';
const get = publicProcedure.query(async ({ ctx }) => {
  const org = await ctx.db.org.findFirst();
  if (!org) throw new TRPCError({ code: 'NOT_FOUND' });
});`,
    `import { TRPCError } from '@trpc/server';
function fail(code, user) { if (!user) throw new TRPCError({ code }); }`,
    // Client code and tests read the code; they do not throw it.
    `if (!session) { if (error.data?.code === 'FORBIDDEN' || error.data?.httpStatus === 403) router.push('/'); }`,
    `it('rejects', async () => { const ctx = { session: null }; await expect(caller.secret()).rejects.toMatchObject({ code: 'FORBIDDEN' }); });`,
    // Already UNAUTHORIZED for the missing session, FORBIDDEN for the role.
    `import { TRPCError } from '@trpc/server';
export const enforceAdmin = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  if (!ctx.session.user.isAdmin) throw new TRPCError({ code: 'FORBIDDEN' });
  return next();
});`,
    // A TRPCError-named class from somewhere else.
    `import { TRPCError } from 'my-rpc';
if (!user) throw new TRPCError({ code: 'FORBIDDEN' });`,
  ],
  invalid: [
    {
      name: 'no combined suggestion: tRPC errors carry no headers (middleware)',
      code: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context<Context>().create();
export const isAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: 'FORBIDDEN' });
  }
  return next({ ctx: { session: ctx.session } });
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 33,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context<Context>().create();
export const isAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { session: ctx.session } });
});`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: tRPC errors carry no headers (message, double quotes)',
      code: `import { TRPCError } from "@trpc/server";
const enforceUserIsAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session || !ctx.session.user) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You must be signed in" });
  }
  return next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 33,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { TRPCError } from "@trpc/server";
const enforceUserIsAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session || !ctx.session.user) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "You must be signed in" });
  }
  return next();
});`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: tRPC errors carry no headers (procedure)',
      code: `import { TRPCError } from '@trpc/server';
export const me = publicProcedure.query(({ ctx }) => {
  if (!ctx.userId) throw new TRPCError({ code: 'FORBIDDEN' });
  return ctx.db.user.findUnique({ where: { id: ctx.userId } });
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 48,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { TRPCError } from '@trpc/server';
export const me = publicProcedure.query(({ ctx }) => {
  if (!ctx.userId) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return ctx.db.user.findUnique({ where: { id: ctx.userId } });
});`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: tRPC errors carry no headers (after a failed verification)',
      code: `import { TRPCError } from '@trpc/server';
export const withToken = t.middleware(async ({ ctx, next }) => {
  try {
    const user = await verifyToken(ctx.token);
    return next({ ctx: { user } });
  } catch {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Invalid token' });
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 7, column: 33,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { TRPCError } from '@trpc/server';
export const withToken = t.middleware(async ({ ctx, next }) => {
  try {
    const user = await verifyToken(ctx.token);
    return next({ ctx: { user } });
  } catch {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Invalid token' });
  }
});`,
        }],
      }],
    },
    {
      code: `import { TRPCError } from '@trpc/server';
export const adminOnly = t.middleware(({ ctx, next }) => {
  if (!ctx.user || ctx.user.role !== 'ADMIN') {
    throw new TRPCError({ code: 'FORBIDDEN' });
  }
  return next();
});`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 33,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `import { TRPCError } from '@trpc/server';
export const adminOnly = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  if (ctx.user.role !== 'ADMIN') {
    throw new TRPCError({ code: 'FORBIDDEN' });
  }
  return next();
});`,
        }],
      }],
    },
  ],
});
