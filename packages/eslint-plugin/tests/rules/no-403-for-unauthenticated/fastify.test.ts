import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (fastify)', rule, {
  valid: [
    // Roles and scopes on an authenticated user.
    `fastify.delete('/users/:id', async (request, reply) => {
      if (request.user.role !== 'admin') return reply.code(403).send({ error: 'admins only' });
    });`,
    `fastify.get('/reports', async (request, reply) => {
      if (!request.user.scopes.includes('reports:read')) return reply.forbidden('missing scope');
    });`,
    `fastify.get('/reports', async function (request) {
      fastify.assert(request.user.isAdmin, 403, 'admins only');
    });`,
    // Ownership.
    `fastify.put('/posts/:id', async (request, reply) => {
      const post = await db.posts.find(request.params.id);
      if (post.ownerId !== request.user.id) throw fastify.httpErrors.forbidden();
    });`,
    // An unguarded 403.
    `fastify.get('/closed', async (request, reply) => reply.status(403).send());`,
    // The 401 comes first; the 403 is the permission check.
    `fastify.addHook('preHandler', async (request, reply) => {
      if (!request.user) return reply.code(401).header('WWW-Authenticate', 'Bearer').send();
      if (!request.user.permissions.includes('write')) return reply.code(403).send();
    });`,
    // Test code and response bodies.
    `test('denies', async (t) => { const token = null; const res = await app.inject({ url: '/' }); t.equal(res.statusCode, 403); });`,
    `fastify.get('/', async (request, reply) => { if (!request.user) return { statusCode: 403 }; });`,
    // IP allow-list.
    `fastify.addHook('onRequest', async (request, reply) => {
      if (!allowedIps.has(request.ip)) return reply.code(403).send();
    });`,
  ],
  invalid: [
    {
      code: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.code(403).send({ error: 'login required' });
  return request.user;
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 40,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').code(401).send({ error: 'login required' });
  return request.user;
});`,
        }, {
          messageId: 'suggestUse401',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.code(401).send({ error: 'login required' });
  return request.user;
});`,
        }],
      }],
    },
    {
      // @fastify/jwt throws on a missing, invalid or expired token: 401.
      code: `fastify.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.status(403).send(err);
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 18,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `fastify.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.header('WWW-Authenticate', 'Bearer').status(401).send(err);
  }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `fastify.decorate('authenticate', async (request, reply) => {
  try {
    await request.jwtVerify();
  } catch (err) {
    reply.status(401).send(err);
  }
});`,
        }],
      }],
    },
    {
      code: `fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.forbidden('no token');
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 52,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.header('WWW-Authenticate', 'Bearer').unauthorized('no token');
});`,
        }, {
          messageId: 'suggestUse401',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.headers.authorization) return reply.unauthorized('no token');
});`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: the hook has no reply to set the header on, and httpErrors carry none',
      code: `fastify.addHook('preHandler', async (request) => {
  if (!request.session.userId) throw request.server.httpErrors.forbidden();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 64,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `fastify.addHook('preHandler', async (request) => {
  if (!request.session.userId) throw request.server.httpErrors.unauthorized();
});`,
        }],
      }],
    },
    {
      code: `fastify.get('/me', async (request, reply) => {
  fastify.assert(request.user, 403, 'login required');
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 32,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `fastify.get('/me', async (request, reply) => {
  reply.header('WWW-Authenticate', 'Bearer');
  fastify.assert(request.user, 401, 'login required');
});`,
        }, {
          messageId: 'suggestUse401',
          output: `fastify.get('/me', async (request, reply) => {
  fastify.assert(request.user, 401, 'login required');
});`,
        }],
      }],
    },
    {
      code: `fastify.get('/admin', async (request, reply) => {
  if (!request.user || !request.user.isAdmin) {
    return reply.code(403).send();
  }
});`,
      errors: [{
        messageId: 'mixedGuard', line: 3, column: 23,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `fastify.get('/admin', async (request, reply) => {
  if (!request.user) {
    return reply.code(401).send();
  }
  if (!request.user.isAdmin) {
    return reply.code(403).send();
  }
});`,
        }],
      }],
    },
  ],
});
