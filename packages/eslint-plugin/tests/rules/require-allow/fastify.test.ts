import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (fastify)', rule, {
  valid: [
    `import Fastify from 'fastify';
const app = Fastify();
app.all('/a', async (request, reply) => reply.code(405).header('Allow', 'GET').send());`,
    `import Fastify from 'fastify';
const app = Fastify();
app.all('/a', async (request, reply) => reply.code(405).headers({ allow: 'GET' }).send());`,
    `import Fastify from 'fastify';
const app = Fastify();
app.all('/a', async (request, reply) => { reply.header('Allow', 'GET'); return reply.code(405).send(); });`,
  ],
  invalid: [
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', show);
app.delete('/a', async (request, reply) => {
  return reply.code(405).send();
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 5, column: 21,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', show);
app.delete('/a', async (request, reply) => {
  return reply.header('Allow', 'GET, HEAD').code(405).send();
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.all('/a', async (request, reply) => {
  if (request.method !== 'PUT') return reply.status(405).send({ error: 'PUT only' });
  return { ok: true };
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 53,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import Fastify from 'fastify';
const app = Fastify();
app.all('/a', async (request, reply) => {
  if (request.method !== 'PUT') return reply.header('Allow', 'PUT').status(405).send({ error: 'PUT only' });
  return { ok: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.setNotFoundHandler((request, reply) => {
  reply.code(405).send();
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 4, column: 14, suggestions: [] },
      ],
    },
  ],
});
