import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (fastify)', rule, {
  valid: [
    // The header in the chain, before or after the status.
    `fastify.get('/me', async (request, reply) => reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'login' }));`,
    `fastify.get('/me', async (request, reply) => reply.header('www-authenticate', 'Bearer').status(401).send());`,
    `fastify.get('/me', async (request, reply) => reply.code(401).headers({ 'WWW-Authenticate': 'Bearer', 'Cache-Control': 'no-store' }).send());`,
    // Set on the reply in an earlier statement (Fastify's error handler keeps it for a thrown error too).
    `fastify.get('/me', async (request, reply) => {
      reply.header('WWW-Authenticate', 'Bearer realm="api"');
      return reply.unauthorized('login first');
    });`,
    `fastify.addHook('preHandler', async (request, reply) => {
      reply.header('WWW-Authenticate', 'Bearer');
      if (!request.user) throw fastify.httpErrors.unauthorized();
    });`,
    `fastify.get('/me', async (request, reply) => {
      reply.raw.setHeader('WWW-Authenticate', 'Bearer');
      reply.statusCode = 401;
      return { error: 'login' };
    });`,
    // The reply goes to code that may set the header.
    `fastify.get('/me', async (request, reply) => { challenge(reply); return reply.code(401).send(); });`,
    // Not a status sent: test assertions, client code, a body field.
    `const response = await fastify.inject({ url: '/me' }); t.equal(response.statusCode, 401);`,
    `expect(reply.code).toHaveBeenCalledWith(401);`,
    `fastify.get('/me', async (request, reply) => reply.send({ statusCode: 401, error: 'Unauthorized' }));`,
    // 403 is not this rule's.
    `fastify.get('/me', async (request, reply) => reply.forbidden());`,
    {
      code: `fastify.get('/me', async (request) => { throw fastify.httpErrors.unauthorized(); });`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
    // sensible's reply.unauthorized() sends an error, which goes through the app's error handler.
    {
      code: `fastify.get('/me', async (request, reply) => reply.unauthorized());`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.code(401).send({ error: 'login first' });
  return request.user;
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 40,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Bearer').code(401).send({ error: 'login first' });
  return request.user;
});`,
        }],
      }],
    },
    {
      // @fastify/sensible's reply.unauthorized() sends a bare http-errors error: no header.
      code: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.unauthorized('login first');
  return request.user;
});`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 35,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.user) return reply.header('WWW-Authenticate', 'Basic realm="api"').unauthorized('login first');
  return request.user;
});`,
        }],
      }],
    },
    {
      // A thrown sensible error: the header goes on the reply first.
      code: `fastify.addHook('onRequest', async (request, reply) => {
  if (!request.headers.authorization) throw fastify.httpErrors.unauthorized('missing token');
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 64,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `fastify.addHook('onRequest', async (request, reply) => {
  if (!request.headers.authorization) { reply.header('WWW-Authenticate', 'Bearer'); throw fastify.httpErrors.unauthorized('missing token'); }
});`,
        }],
      }],
    },
    {
      code: `fastify.get('/me', async function (request, reply) {
  fastify.assert(request.user, 401, 'login first');
  return request.user;
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 32,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `fastify.get('/me', async function (request, reply) {
  reply.header('WWW-Authenticate', 'Bearer');
  fastify.assert(request.user, 401, 'login first');
  return request.user;
});`,
        }],
      }],
    },
    {
      // No reply in scope: nowhere to put the header, so the message says how.
      code: `export async function verify(request) {
  if (!request.user) throw request.server.httpErrors.unauthorized();
}`,
      errors: [{ messageId: 'errorWithoutHeaders', line: 2, column: 54, suggestions: [] }],
    },
    {
      code: `fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    reply.statusCode = 401;
    return { error: 'login first' };
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 24,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `fastify.get('/me', async (request, reply) => {
  if (!request.user) {
    reply.header('WWW-Authenticate', 'Bearer');
    reply.statusCode = 401;
    return { error: 'login first' };
  }
});`,
        }],
      }],
    },
    {
      // In a file that imports Fastify, \`res\` is the reply.
      code: `import Fastify from 'fastify';
app.get('/me', async (req, res) => res.status(401).send());`,
      options: [{ autofix: true }],
      output: `import Fastify from 'fastify';
app.get('/me', async (req, res) => res.header('WWW-Authenticate', 'Bearer').status(401).send());`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 47,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import Fastify from 'fastify';
app.get('/me', async (req, res) => res.header('WWW-Authenticate', 'Bearer').status(401).send());`,
        }],
      }],
    },
  ],
});
