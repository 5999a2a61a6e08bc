import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (elysia)', rule, {
  valid: [
    // A role check on a user that exists.
    `import { Elysia } from 'elysia';
new Elysia().get('/admin', ({ user, status }) => {
  if (user.role !== 'admin') return status(403, 'Forbidden');
  return 'welcome';
});`,
    // Ownership, with the string status.
    `import { Elysia } from 'elysia';
new Elysia().delete('/posts/:id', async ({ params, user, set }) => {
  const post = await db.post.find(params.id);
  if (post.authorId !== user.id) { set.status = 'Forbidden'; return 'not yours'; }
});`,
    // CSRF.
    `import { Elysia } from 'elysia';
new Elysia().post('/form', ({ body, cookie, error }) => {
  if (body.csrf !== cookie.csrf.value) throw error(403, 'bad csrf');
});`,
    // \`status\` and \`set\` that are not Elysia's context: a parameter, not destructured; a component prop.
    `function report(status, user) { if (!user) status(403); }`,
    `function assign(set, user) { if (!user) set.status = 403; }`,
    `export function Badge({ status, user }) { if (!user) return status(403); }`,
    // A body field and a test assertion.
    `import { Elysia } from 'elysia';
new Elysia().get('/me', ({ user }) => { if (!user) return { status: 403 }; });`,
    `it('denies', async () => { const token = ''; expect((await app.handle(req)).status).toBe(403); });`,
    // Already 401, then 403 for the permission.
    `import { Elysia } from 'elysia';
new Elysia().get('/admin', ({ bearer, user, status }) => {
  if (!bearer) return status(401);
  if (!user.isAdmin) return status(403);
});`,
  ],
  invalid: [
    {
      code: `import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';
new Elysia().use(bearer()).get('/sign', ({ bearer, set }) => {
  if (!bearer) {
    set.status = 403;
    return 'Forbidden';
  }
  return bearer;
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 18,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';
new Elysia().use(bearer()).get('/sign', ({ bearer, set }) => {
  if (!bearer) {
    set.headers['WWW-Authenticate'] = 'Bearer';
    set.status = 401;
    return 'Forbidden';
  }
  return bearer;
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Elysia } from 'elysia';
import { bearer } from '@elysiajs/bearer';
new Elysia().use(bearer()).get('/sign', ({ bearer, set }) => {
  if (!bearer) {
    set.status = 401;
    return 'Forbidden';
  }
  return bearer;
});`,
        }],
      }],
    },
    {
      code: `new Elysia().derive(({ headers }) => ({ user: getUser(headers.authorization) }))
  .get('/me', ({ user, set }) => {
    if (!user) { set.status = 'Forbidden'; return 'log in'; }
    return user;
  });`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 31,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `new Elysia().derive(({ headers }) => ({ user: getUser(headers.authorization) }))
  .get('/me', ({ user, set }) => {
    if (!user) { set.headers['WWW-Authenticate'] = 'Bearer'; set.status = 'Unauthorized'; return 'log in'; }
    return user;
  });`,
        }, {
          messageId: 'suggestUse401',
          output: `new Elysia().derive(({ headers }) => ({ user: getUser(headers.authorization) }))
  .get('/me', ({ user, set }) => {
    if (!user) { set.status = 'Unauthorized'; return 'log in'; }
    return user;
  });`,
        }],
      }],
    },
    {
      code: `import { Elysia } from 'elysia';
new Elysia().get('/profile', async ({ jwt, cookie: { auth }, status }) => {
  const payload = await jwt.verify(auth.value);
  if (!payload) return status(403, 'Forbidden');
  return payload;
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 31,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/profile', async ({ jwt, cookie: { auth }, status, set }) => {
  const payload = await jwt.verify(auth.value);
  if (!payload) { set.headers['WWW-Authenticate'] = 'Bearer'; return status(401, 'Unauthorized'); }
  return payload;
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/profile', async ({ jwt, cookie: { auth }, status }) => {
  const payload = await jwt.verify(auth.value);
  if (!payload) return status(401, 'Unauthorized');
  return payload;
});`,
        }],
      }],
    },
    {
      // Elysia ≤1.2 \`error()\`, and the store holding the user.
      code: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ store, error }) => {
  if (!store.user) throw error(403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 32,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ store, error, set }) => {
  if (!store.user) { set.headers['WWW-Authenticate'] = 'Bearer'; throw error(401); }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ store, error }) => {
  if (!store.user) throw error(401);
});`,
        }],
      }],
    },
    {
      // The status name form, from the handler's context.
      code: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ headers, status }) => {
  if (!headers.authorization) return status('Forbidden');
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 45,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ headers, status, set }) => {
  if (!headers.authorization) { set.headers['WWW-Authenticate'] = 'Bearer'; return status('Unauthorized'); }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Elysia } from 'elysia';
new Elysia().get('/', ({ headers, status }) => {
  if (!headers.authorization) return status('Unauthorized');
});`,
        }],
      }],
    },
    {
      // Elysia 1.3's exported status().
      code: `import { Elysia, status } from 'elysia';
export const requireUser = ({ user }) => {
  if (!user) return status(403);
};`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 28,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Elysia, status } from 'elysia';
export const requireUser = ({ user, set }) => {
  if (!user) { set.headers['WWW-Authenticate'] = 'Bearer'; return status(401); }
};`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Elysia, status } from 'elysia';
export const requireUser = ({ user }) => {
  if (!user) return status(401);
};`,
        }],
      }],
    },
  ],
});
