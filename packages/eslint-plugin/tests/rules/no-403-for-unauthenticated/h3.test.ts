import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (h3)', rule, {
  valid: [
    // A role check after the session is known.
    `export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  if (user.role !== 'admin') throw createError({ statusCode: 403, statusMessage: 'Admins only' });
});`,
    // Ownership.
    `export default defineEventHandler(async (event) => {
  const note = await db.notes.find(getRouterParam(event, 'id'));
  if (note.ownerId !== event.context.user.id) throw createError({ statusCode: 403 });
});`,
    // CSRF.
    `export default defineEventHandler(async (event) => {
  const body = await readBody(event);
  if (body.csrfToken !== event.context.session.csrfToken) throw createError({ statusCode: 403 });
});`,
    // Nuxt app route middleware: a page error, not an API response.
    `export default defineNuxtRouteMiddleware((to) => {
  if (!useUserSession().loggedIn.value) return abortNavigation(createError({ statusCode: 403 }));
});`,
    // A body field, and a message-only createError (a 500).
    `export default defineEventHandler((event) => { if (!event.context.user) return { statusCode: 403 }; });`,
    `export default defineEventHandler((event) => { if (!event.context.user) throw createError('Forbidden'); });`,
    // A test assertion and client code.
    `it('denies', async () => { const user = null; expect((await fetch('/api/admin')).status).toBe(403); });`,
    `if (!token) { if (error.statusCode === 403) showLogin(); }`,
    // Already 401.
    `export default defineEventHandler((event) => {
  if (!event.context.user) throw createError({ statusCode: 401 });
  if (!event.context.user.isAdmin) throw createError({ statusCode: 403 });
});`,
    // http-errors' numeric createError is not h3's, and an IP block is not about identity.
    `export default defineEventHandler((event) => {
  if (blocked.has(getRequestIP(event))) throw createError({ statusCode: 403 });
});`,
  ],
  invalid: [
    {
      code: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 403, statusMessage: 'Forbidden' });
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 37,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
});`,
        }],
      }],
    },
    {
      code: `export default defineEventHandler(async (event) => {
  const { user } = await getUserSession(event);
  if (!user) throw createError({ status: 403, message: 'Sign in to continue' });
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 42,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export default defineEventHandler(async (event) => {
  const { user } = await getUserSession(event);
  if (!user) { setResponseHeader(event, 'WWW-Authenticate', 'Bearer'); throw createError({ status: 401, message: 'Sign in to continue' }); }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `export default defineEventHandler(async (event) => {
  const { user } = await getUserSession(event);
  if (!user) throw createError({ status: 401, message: 'Sign in to continue' });
});`,
        }],
      }],
    },
    {
      code: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseStatus(event, 403);
    return { error: 'login required' };
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 30,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    setResponseStatus(event, 401);
    return { error: 'login required' };
  }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    setResponseStatus(event, 401);
    return { error: 'login required' };
  }
});`,
        }],
      }],
    },
    {
      code: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.auth) throw HTTPError.status(403, 'Forbidden');
  if (!event.req.headers.get('authorization')) throw new HTTPError({ status: 403 });
});`,
      errors: [
        {
          messageId: 'unauthenticated', line: 3, column: 51,
          suggestions: [{
            messageId: 'suggestUse401WithChallenge',
            output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.auth) throw HTTPError.status(401, 'Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (!event.req.headers.get('authorization')) throw new HTTPError({ status: 403 });
});`,
          }, {
            messageId: 'suggestUse401',
            output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.auth) throw HTTPError.status(401, 'Unauthorized');
  if (!event.req.headers.get('authorization')) throw new HTTPError({ status: 403 });
});`,
          }],
        },
        {
          messageId: 'unauthenticated', line: 4, column: 78,
          suggestions: [{
            messageId: 'suggestUse401WithChallenge',
            output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.auth) throw HTTPError.status(403, 'Forbidden');
  if (!event.req.headers.get('authorization')) throw new HTTPError({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
          }, {
            messageId: 'suggestUse401',
            output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.auth) throw HTTPError.status(403, 'Forbidden');
  if (!event.req.headers.get('authorization')) throw new HTTPError({ status: 401 });
});`,
          }],
        },
      ],
    },
    {
      code: `export default defineHandler((event) => {
  if (!event.context.user) { event.res.status = 403; return 'Forbidden'; }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 49,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export default defineHandler((event) => {
  if (!event.context.user) { event.res.headers.set('WWW-Authenticate', 'Bearer'); event.res.status = 401; return 'Forbidden'; }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `export default defineHandler((event) => {
  if (!event.context.user) { event.res.status = 401; return 'Forbidden'; }
});`,
        }],
      }],
    },
    {
      // A token that fails verification is not authenticated.
      code: `export default defineEventHandler(async (event) => {
  try {
    event.context.user = await verifyToken(getHeader(event, 'authorization'));
  } catch {
    throw createError({ statusCode: 403, statusMessage: 'Invalid token' });
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 37,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export default defineEventHandler(async (event) => {
  try {
    event.context.user = await verifyToken(getHeader(event, 'authorization'));
  } catch {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Invalid token' });
  }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `export default defineEventHandler(async (event) => {
  try {
    event.context.user = await verifyToken(getHeader(event, 'authorization'));
  } catch {
    throw createError({ statusCode: 401, statusMessage: 'Invalid token' });
  }
});`,
        }],
      }],
    },
    {
      code: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user || user.role !== 'admin') {
    throw createError({ statusCode: 403 });
  }
});`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 37,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `export default defineEventHandler((event) => {
  const user = event.context.user;
  if (!user) {
    throw createError({ statusCode: 401 });
  }
  if (user.role !== 'admin') {
    throw createError({ statusCode: 403 });
  }
});`,
        }],
      }],
    },
  ],
});
