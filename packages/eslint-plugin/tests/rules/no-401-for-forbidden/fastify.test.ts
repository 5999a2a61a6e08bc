import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (fastify)', rule, {
  valid: [
    `fastify.get('/me', async (request, reply) => { if (!request.user) return reply.code(401).header('WWW-Authenticate', 'Bearer').send(); });`,
  ],
  invalid: [
    {
      // Fastify: a role test behind preHandler authentication.
      code: `fastify.delete('/users/:id', { preHandler: [fastify.authenticate] }, async (request, reply) => {
  if (!isAdmin(request.user)) return reply.code(401).send({ error: 'admins only' });
  return removeUser(request.params.id);
});`,
      errors: [
        {
          messageId: 'forbidden', line: 2, column: 49,
          suggestions: [
            { messageId: 'suggestUse403', output: `fastify.delete('/users/:id', { preHandler: [fastify.authenticate] }, async (request, reply) => {
  if (!isAdmin(request.user)) return reply.code(403).send({ error: 'admins only' });
  return removeUser(request.params.id);
});` },
          ],
        },
      ],
    },
  ],
});
