import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (trpc)', rule, {
  valid: [
    // responseMeta in the same file adds the challenge to 401 responses.
    `import { initTRPC, TRPCError } from '@trpc/server';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
const t = initTRPC.create();
const authed = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next();
});
createHTTPServer({
  router: appRouter,
  responseMeta({ errors }) {
    return errors.some((e) => e.code === 'UNAUTHORIZED') ? { headers: { 'WWW-Authenticate': 'Bearer' } } : {};
  },
});`,
    `import { TRPCError } from '@trpc/server';
export function responseMeta({ errors }) {
  if (errors.some((e) => e.code === 'UNAUTHORIZED')) return { headers: new Headers([['www-authenticate', 'Bearer']]) };
  return {};
}
export const authed = t.middleware(({ ctx, next }) => { if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' }); return next(); });`,
    // A Node adapter keeps a header set on ctx.res before the throw.
    `import { TRPCError } from '@trpc/server';
export const authed = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    ctx.res.setHeader('WWW-Authenticate', 'Bearer');
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next();
});`,
    // FORBIDDEN is a 403; clients and tests read codes.
    `import { TRPCError } from '@trpc/server';
if (ctx.user.role !== 'ADMIN') throw new TRPCError({ code: 'FORBIDDEN' });`,
    `if (error.data?.code === 'UNAUTHORIZED') void signIn();`,
    `it('needs a session', async () => { await expect(caller.me()).rejects.toThrow(new TRPCError({ code: 'UNAUTHORIZED' }).message); });`,
    {
      code: `import { TRPCError } from '@trpc/server';
export const authed = t.middleware(({ ctx, next }) => { if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' }); return next(); });`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `import { initTRPC, TRPCError } from '@trpc/server';
const t = initTRPC.context<Context>().create();
const enforceUserIsAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session || !ctx.session.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user } } });
});
export const protectedProcedure = t.procedure.use(enforceUserIsAuthed);`,
      errors: [{ messageId: 'trpcError', line: 5, column: 33, suggestions: [] }],
    },
    {
      code: `import { TRPCError } from '@trpc/server';
export const isAuthed = t.middleware(async (opts) => {
  const { ctx } = opts;
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  }
  return opts.next({ ctx: { user: ctx.user } });
});`,
      errors: [{ messageId: 'trpcError', line: 5, column: 33, suggestions: [] }],
    },
    {
      code: `import { TRPCError } from '@trpc/server';
export const withToken = t.middleware(async ({ ctx, next }) => {
  try {
    return next({ ctx: { user: await verifyToken(ctx.token) } });
  } catch (cause) {
    throw new TRPCError({ code: "UNAUTHORIZED", cause });
  }
});`,
      errors: [{ messageId: 'trpcError', line: 6, column: 33, suggestions: [] }],
    },
    {
      // Setting a different header on the response is no challenge.
      code: `import { TRPCError } from '@trpc/server';
export const authed = t.middleware(({ ctx, next }) => {
  ctx.res.setHeader('Cache-Control', 'no-store');
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next();
});`,
      errors: [{ messageId: 'trpcError', line: 4, column: 46, suggestions: [] }],
    },
  ],
});
