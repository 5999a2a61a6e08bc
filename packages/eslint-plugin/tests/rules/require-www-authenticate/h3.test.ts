import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (h3)', rule, {
  valid: [
    // v1: the header is set on the event before the error (sendError does not clear it).
    `export default defineEventHandler((event) => {
  if (!getHeader(event, 'authorization')) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
});`,
    `export default defineEventHandler((event) => {
  setResponseHeaders(event, { 'WWW-Authenticate': 'Basic realm="admin"' });
  if (!event.context.user) throw createError({ status: 401 });
});`,
    `export default defineEventHandler((event) => {
  appendResponseHeader(event, 'www-authenticate', 'Bearer');
  setResponseStatus(event, 401);
  return { error: 'unauthorized' };
});`,
    `export default eventHandler((e) => {
  setHeader(e, 'WWW-Authenticate', 'Bearer');
  return sendError(e, createError({ statusCode: 401 }));
});`,
    // v2: HTTPError carries headers.
    `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw new HTTPError({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
    `export default defineHandler((event) => {
  event.res.headers.set('WWW-Authenticate', 'Bearer');
  event.res.status = 401;
  return 'Unauthorized';
});`,
    `export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401, 'Unauthorized', { headers: { 'www-authenticate': 'Bearer' } });
});`,
    // nuxt-auth-utils throws its own 401: library code, not a site here.
    `export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);
  return user;
});`,
    // Nuxt app code: a page error, not an HTTP response of an API.
    `export default defineNuxtRouteMiddleware((to) => {
  const { loggedIn } = useUserSession();
  if (!loggedIn.value) return abortNavigation(createError({ statusCode: 401 }));
});`,
    // The event goes to code that may set the header.
    `export default defineEventHandler((event) => {
  addChallenge(event);
  throw createError({ statusCode: 401 });
});`,
    // Client code reading a status, and a body field.
    `try { await $fetch('/api/me'); } catch (error) { if (error.statusCode === 401) await navigateTo('/login'); }`,
    `export default defineEventHandler(() => ({ statusCode: 401, message: 'documented example' }));`,
    {
      code: `export default defineEventHandler((event) => { throw createError({ statusCode: 401 }); });`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return session.user;
});`,
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 37,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  if (!session.user) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized' });
  }
  return session.user;
});`,
        }],
      }],
    },
    {
      // A bare if branch is braced; an explicit h3 import gets setResponseHeader beside its helpers.
      code: `import { createError, defineEventHandler } from 'h3';
export default defineEventHandler((event) => {
  if (!event.context.auth) throw createError({ status: 401 });
  return event.context.auth;
});`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 56,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { createError, defineEventHandler, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  if (!event.context.auth) { setResponseHeader(event, 'WWW-Authenticate', 'Basic realm="api"'); throw createError({ status: 401 }); }
  return event.context.auth;
});`,
        }],
      }],
    },
    {
      // No event to set the header on: the advice explains why.
      code: `import { createError } from 'h3';
export function assertUser(user) {
  if (!user) throw createError({ statusCode: 401 });
}`,
      errors: [{ messageId: 'h3Error', line: 3, column: 46, suggestions: [] }],
    },
    {
      code: `export default defineEventHandler((event) => {
  if (!getCookie(event, 'session')) {
    setResponseStatus(event, 401);
    return { error: 'unauthorized' };
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 30,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineEventHandler((event) => {
  if (!getCookie(event, 'session')) {
    setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
    setResponseStatus(event, 401);
    return { error: 'unauthorized' };
  }
});`,
        }],
      }],
    },
    {
      code: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    event.node.res.statusCode = 401;
    return 'Unauthorized';
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 33,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineEventHandler((event) => {
  if (!event.context.user) {
    event.node.res.setHeader('WWW-Authenticate', 'Bearer');
    event.node.res.statusCode = 401;
    return 'Unauthorized';
  }
});`,
        }],
      }],
    },
    {
      code: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw new HTTPError({ status: 401, statusText: 'Unauthorized' });
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 58,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { HTTPError, defineHandler } from 'h3';
export default defineHandler((event) => {
  if (!event.context.user) throw new HTTPError({ status: 401, statusText: 'Unauthorized', headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
        }],
      }],
    },
    {
      code: `export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401);
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 51,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineHandler((event) => {
  if (!event.context.user) throw HTTPError.status(401, undefined, { headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
        }],
      }],
    },
    {
      code: `export default defineHandler((event) => {
  if (!event.context.user) {
    event.res.status = 401;
    return 'Unauthorized';
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 24,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineHandler((event) => {
  if (!event.context.user) {
    event.res.headers.set('WWW-Authenticate', 'Bearer');
    event.res.status = 401;
    return 'Unauthorized';
  }
});`,
        }],
      }],
    },
    {
      // sendError() writes the error on the same event: the header goes on it first.
      code: `export default defineEventHandler((event) => {
  if (!event.context.user) return sendError(event, createError({ statusCode: 401 }));
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 78,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineEventHandler((event) => {
  if (!event.context.user) { setResponseHeader(event, 'WWW-Authenticate', 'Bearer'); return sendError(event, createError({ statusCode: 401 })); }
});`,
        }],
      }],
    },
    {
      // Authorization is a request header: it is no challenge.
      code: `export default defineEventHandler((event) => {
  setResponseHeader(event, 'Authorization', 'Bearer');
  throw createError({ statusCode: 401 });
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 35,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default defineEventHandler((event) => {
  setResponseHeader(event, 'Authorization', 'Bearer');
  setResponseHeader(event, 'WWW-Authenticate', 'Bearer');
  throw createError({ statusCode: 401 });
});`,
        }],
      }],
    },
  ],
});
