import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().get('/', ({ bearer, set }) => {
  if (!bearer) {
    set.headers['WWW-Authenticate'] = 'Bearer realm="sign"';
    set.status = 401;
    return 'Unauthorized';
  }
});`,
    `import { Elysia } from 'elysia';
new Elysia().get('/', ({ bearer, set, status }) => {
  set.headers['www-authenticate'] = 'Bearer';
  if (!bearer) return status(401, 'Unauthorized');
});`,
    `import { Elysia } from 'elysia';
new Elysia().get('/', ({ user, set }) => {
  set.headers = { 'WWW-Authenticate': 'Bearer' };
  if (!user) { set.status = 'Unauthorized'; return 'no'; }
});`,
    `import { Elysia } from 'elysia';
new Elysia().get('/', ({ user, set, error }) => {
  Object.assign(set.headers, { 'WWW-Authenticate': 'Basic realm="admin"' });
  if (!user) throw error(401);
});`,
    // The official bearer example answers a missing token with 400 plus the challenge.
    `import { Elysia } from 'elysia';
new Elysia().get('/sign', ({ bearer, set }) => {
  if (!bearer) {
    set.status = 400;
    set.headers['WWW-Authenticate'] = \`Bearer realm='sign', error="invalid_request"\`;
    return 'Unauthorized';
  }
});`,
    // Not Elysia's \`status\` / \`set\`.
    `function report(status) { status(401); }`,
    `export function Badge({ status }) { return status(401); }`,
    `function assign(set) { set.status = 401; }`,
    // A 403 needs no challenge; a test assertion sends nothing.
    `import { Elysia } from 'elysia';
new Elysia().get('/', ({ set }) => { set.status = 403; });`,
    `it('401s', async () => { expect((await app.handle(new Request('http://x/'))).status).toBe(401); });`,
    {
      code: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ user, error }) => { if (!user) throw error(401); });`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `import { Elysia } from 'elysia';
new Elysia().get('/profile', async ({ jwt, set, cookie: { auth } }) => {
  const profile = await jwt.verify(auth.value);
  if (!profile) {
    set.status = 401;
    return 'Unauthorized';
  }
  return profile;
});`,
      errors: [{
        messageId: 'missingChallenge', line: 5, column: 18,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/profile', async ({ jwt, set, cookie: { auth } }) => {
  const profile = await jwt.verify(auth.value);
  if (!profile) {
    set.headers['WWW-Authenticate'] = 'Bearer';
    set.status = 401;
    return 'Unauthorized';
  }
  return profile;
});`,
        }],
      }],
    },
    {
      // Authorization is a request header: setting it on the response is no challenge.
      code: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ bearer, set }) => {
  if (!bearer) {
    set.headers['Authorization'] = 'Bearer';
    set.status = 'Unauthorized';
    return 'no token';
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 5, column: 18,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ bearer, set }) => {
  if (!bearer) {
    set.headers['Authorization'] = 'Bearer';
    set.headers['WWW-Authenticate'] = 'Bearer';
    set.status = 'Unauthorized';
    return 'no token';
  }
});`,
        }],
      }],
    },
    {
      code: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ bearer, set, status }) => {
  if (!bearer) return status(401, 'Unauthorized');
  return 'ok';
});`,
      options: [{ challenge: 'Bearer realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 30,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ bearer, set, status }) => {
  if (!bearer) { set.headers['WWW-Authenticate'] = 'Bearer realm="api"'; return status(401, 'Unauthorized'); }
  return 'ok';
});`,
        }],
      }],
    },
    {
      // No \`set\` in the pattern yet: the suggestion takes it from the context.
      code: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ bearer, status }) => {
  if (!bearer) {
    return status('Unauthorized');
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 19,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ bearer, status, set }) => {
  if (!bearer) {
    set.headers['WWW-Authenticate'] = 'Bearer';
    return status('Unauthorized');
  }
});`,
        }],
      }],
    },
    {
      code: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ user, set, error }) => {
  if (!user) throw error(401, { message: 'sign in' });
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 26,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ user, set, error }) => {
  if (!user) { set.headers['WWW-Authenticate'] = 'Bearer'; throw error(401, { message: 'sign in' }); }
});`,
        }],
      }],
    },
    {
      // An expression body becomes a block.
      code: `import { Elysia } from 'elysia';
new Elysia().get('/me', ({ status }) => status(401, 'Sign in'));`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 48,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/me', ({ status, set }) => { set.headers['WWW-Authenticate'] = 'Bearer'; return status(401, 'Sign in'); });`,
        }],
      }],
    },
    {
      // Under a conditional expression a statement before it would run on both branches: no suggestion.
      code: `import { Elysia } from 'elysia';
new Elysia().get('/me', ({ user, set, status }) => (user ? user : status(401)));`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 74, suggestions: [] }],
    },
    {
      // The context taken whole: \`ctx.set\`.
      code: `import { Elysia } from 'elysia';
new Elysia().get('/', (ctx) => {
  if (!ctx.user) {
    ctx.set.status = 401;
    return 'Unauthorized';
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 22,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/', (ctx) => {
  if (!ctx.user) {
    ctx.set.headers['WWW-Authenticate'] = 'Bearer';
    ctx.set.status = 401;
    return 'Unauthorized';
  }
});`,
        }],
      }],
    },
  ],
});
