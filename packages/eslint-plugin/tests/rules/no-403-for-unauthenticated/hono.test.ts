import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (hono)', rule, {
  valid: [
    // A role check on the JWT payload: 403 is right.
    `app.delete('/posts/:id', (c) => {
      const payload = c.get('jwtPayload');
      if (payload.role !== 'admin') return c.json({ error: 'admins only' }, 403);
    });`,
    // A permission flag of the user.
    `app.get('/admin', (c) => { if (!c.var.user.isAdmin) return c.text('Forbidden', 403); });`,
    // CSRF token mismatch.
    `app.post('/form', async (c) => {
      const body = await c.req.parseBody();
      if (body.csrf !== getCookie(c, 'csrf')) return c.text('bad csrf', 403);
    });`,
    // The identity case was answered with 401 first.
    `import { HTTPException } from 'hono/http-exception';
    app.use('/admin/*', async (c, next) => {
      const user = c.get('user');
      if (!user) throw new HTTPException(401, { message: 'login' });
      if (!user.roles.includes('admin')) throw new HTTPException(403, { message: 'admins only' });
      await next();
    });`,
    // Ownership.
    `app.put('/posts/:id', async (c) => {
      const post = await getPost(c.req.param('id'));
      if (post.authorId !== c.get('user').id) { c.status(403); return c.json({ error: 'not yours' }); }
    });`,
    // A body field named status, not a response status.
    `app.get('/me', (c) => { if (!c.get('user')) return c.json({ status: 403 }); });`,
    // Client code reading a response.
    `const res = await client.api.me.$get(); if (!token && res.status === 403) logout();`,
    // IP block.
    `app.use(async (c, next) => { if (blocked.has(c.req.header('x-forwarded-for'))) return c.text('blocked', 403); await next(); });`,
    // Unguarded 403: nothing says why.
    `const deny = (c) => c.json({ error: 'forbidden' }, 403);`,
  ],
  invalid: [
    {
      code: `app.get('/me', (c) => {
  if (!c.get('jwtPayload')) return c.json({ error: 'Forbidden' }, 403);
  return c.json(c.get('jwtPayload'));
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 67,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.get('/me', (c) => {
  if (!c.get('jwtPayload')) return c.json({ error: 'Forbidden' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(c.get('jwtPayload'));
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.get('/me', (c) => {
  if (!c.get('jwtPayload')) return c.json({ error: 'Forbidden' }, 401);
  return c.json(c.get('jwtPayload'));
});`,
        }],
      }],
    },
    {
      code: `import { HTTPException } from 'hono/http-exception';
app.use('/api/*', async (c, next) => {
  const token = c.req.header('Authorization');
  if (!token) throw new HTTPException(403, { message: 'No token' });
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 39,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { HTTPException } from 'hono/http-exception';
app.use('/api/*', async (c, next) => {
  const token = c.req.header('Authorization');
  if (!token) throw new HTTPException(401, { message: 'No token', res: new Response('No token', { headers: { 'WWW-Authenticate': 'Bearer' } }) });
  await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { HTTPException } from 'hono/http-exception';
app.use('/api/*', async (c, next) => {
  const token = c.req.header('Authorization');
  if (!token) throw new HTTPException(401, { message: 'No token' });
  await next();
});`,
        }],
      }],
    },
    {
      code: `app.get('/me', (c) => {
  const user = c.var.user;
  if (!user) {
    c.status(403);
    return c.json({ error: 'sign in' });
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 14,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.get('/me', (c) => {
  const user = c.var.user;
  if (!user) {
    c.header('WWW-Authenticate', 'Bearer');
    c.status(401);
    return c.json({ error: 'sign in' });
  }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.get('/me', (c) => {
  const user = c.var.user;
  if (!user) {
    c.status(401);
    return c.json({ error: 'sign in' });
  }
});`,
        }],
      }],
    },
    {
      // An invalid or expired token is not an authenticated requester.
      code: `import { verify } from 'hono/jwt';
app.use(async (c, next) => {
  try {
    c.set('jwtPayload', await verify(c.req.header('Authorization').slice(7), secret));
  } catch {
    return c.text('invalid token', 403);
  }
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 36,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { verify } from 'hono/jwt';
app.use(async (c, next) => {
  try {
    c.set('jwtPayload', await verify(c.req.header('Authorization').slice(7), secret));
  } catch {
    return c.text('invalid token', 401, { 'WWW-Authenticate': 'Bearer' });
  }
  await next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { verify } from 'hono/jwt';
app.use(async (c, next) => {
  try {
    c.set('jwtPayload', await verify(c.req.header('Authorization').slice(7), secret));
  } catch {
    return c.text('invalid token', 401);
  }
  await next();
});`,
        }],
      }],
    },
    {
      code: `app.get('/me', (c) => {
  if (!c.get('user')) return c.json({}, { status: 403 });
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 51,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.get('/me', (c) => {
  if (!c.get('user')) return c.json({}, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.get('/me', (c) => {
  if (!c.get('user')) return c.json({}, { status: 401 });
});`,
        }],
      }],
    },
    {
      code: `app.delete('/users/:id', (c) => {
  const user = c.get('user');
  if (!user || user.role !== 'admin') return c.json({ error: 'forbidden' }, 403);
});`,
      errors: [{
        messageId: 'mixedGuard', line: 3, column: 77,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `app.delete('/users/:id', (c) => {
  const user = c.get('user');
  if (!user) return c.json({ error: 'forbidden' }, 401);
  if (user.role !== 'admin') return c.json({ error: 'forbidden' }, 403);
});`,
        }],
      }],
    },
  ],
});
