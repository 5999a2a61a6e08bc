import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (fastify)', rule, {
  valid: [
    `fastify.delete('/a', async (request, reply) => reply.code(204).send());`,
    `fastify.delete('/a', async (request, reply) => { reply.code(204); return reply.send(null); });`,
    `fastify.delete('/a', async (request, reply) => reply.code(204).send(payload));`,
    `fastify.get('/a', async (request, reply) => reply.code(200).send({ ok: true }));`,
  ],
  invalid: [
    {
      code: `fastify.delete('/items/:id', async (request, reply) => {
  await remove(request.params.id);
  return reply.code(204).send({ deleted: true });
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 21,
          suggestions: [
            { messageId: 'suggestDropContent', output: `fastify.delete('/items/:id', async (request, reply) => {
  await remove(request.params.id);
  return reply.code(204).send();
});` },
            { messageId: 'suggestUse200', output: `fastify.delete('/items/:id', async (request, reply) => {
  await remove(request.params.id);
  return reply.code(200).send({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `fastify.get('/etag', async (request, reply) => {
  reply.status(304).send('not modified');
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 16,
          suggestions: [
            { messageId: 'suggestDropContent', output: `fastify.get('/etag', async (request, reply) => {
  reply.status(304).send();
});` },
            { messageId: 'suggestUse200', output: `fastify.get('/etag', async (request, reply) => {
  reply.status(200).send('not modified');
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/a', async (req, res) => {
  res.code(204).header('X-Done', '1').send({ ok: true });
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 4, column: 12,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/a', async (req, res) => {
  res.code(204).header('X-Done', '1').send();
});` },
            { messageId: 'suggestUse200', output: `import Fastify from 'fastify';
const app = Fastify();
app.delete('/a', async (req, res) => {
  res.code(200).header('X-Done', '1').send({ ok: true });
});` },
          ],
        },
      ],
    },
  ],
});
