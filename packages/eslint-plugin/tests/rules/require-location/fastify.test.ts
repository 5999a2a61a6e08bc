import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (fastify)', rule, {
  valid: [
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => reply.redirect('/b'));`,
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => reply.redirect('/b', 301));`,
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => reply.code(302).redirect('/b'));`,
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => reply.code(303).header('Location', '/b').send());`,
    `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => reply.code(301).headers({ location: '/b' }).send());`,
  ],
  invalid: [
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => {
  return reply.code(301).send();
});`,
      errors: [
        { messageId: 'missingLocation', line: 4, column: 21, suggestions: [] },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => {
  const url = '/b';
  reply.status(302).send();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 16,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => {
  const url = '/b';
  reply.status(302).redirect(url);
});` },
            { messageId: 'suggestAddLocation', output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => {
  const url = '/b';
  reply.header('Location', url).status(302).send();
});` },
          ],
        },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', (request, reply) => {
  reply.code(303);
  reply.send({ done: true });
});`,
      errors: [
        { messageId: 'missingLocation', line: 4, column: 14, suggestions: [] },
      ],
    },
    {
      code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => {
  const url = '/b';
  return reply.code(302).send({ moved: true });
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 21,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `import Fastify from 'fastify';
const app = Fastify();
app.get('/a', async (request, reply) => {
  const url = '/b';
  return reply.header('Location', url).code(302).send({ moved: true });
});` },
          ],
        },
      ],
    },
  ],
});
