import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (fastify)', rule, {
  valid: [
    `import rateLimit from '@fastify/rate-limit';
await fastify.register(rateLimit, { max: 100, errorResponseBuilder: (request, context) => ({ statusCode: 429, error: 'Too Many Requests', message: 'later' }) });`,
    `fastify.addHook('onRequest', async (request, reply) => { if (!request.user.roles.includes('admin')) return reply.code(403).send(); });`,
    `fastify.post('/login', async (request, reply) => { if (!loginThrottle.isThrottled(request.ip)) return reply.code(401).send({ error: 'bad password' }); });`,
  ],
  invalid: [
    {
      // Fastify: errorResponseBuilder returns statusCode 403.
      code: `import rateLimit from '@fastify/rate-limit';
await fastify.register(rateLimit, {
  max: 100,
  timeWindow: '1 minute',
  errorResponseBuilder: (request, context) => ({ statusCode: 403, error: 'Forbidden', message: \`retry in \${context.after}\` }),
});`,
      errors: [
        {
          messageId: 'limiterStatus', line: 5, column: 62,
          suggestions: [
            { messageId: 'suggestUse429', output: `import rateLimit from '@fastify/rate-limit';
await fastify.register(rateLimit, {
  max: 100,
  timeWindow: '1 minute',
  errorResponseBuilder: (request, context) => ({ statusCode: 429, error: 'Forbidden', message: \`retry in \${context.after}\` }),
});` },
          ],
        },
      ],
    },
    {
      // Fastify: a hand-written limit, with reply.header for Retry-After.
      code: `fastify.addHook('onRequest', async (request, reply) => {
  const { success, reset } = await ratelimit.limit(request.ip);
  if (!success) return reply.code(403).send({ error: 'rate limited' });
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 35,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `fastify.addHook('onRequest', async (request, reply) => {
  const { success, reset } = await ratelimit.limit(request.ip);
  if (!success) return reply.header('Retry-After', String(Math.ceil((reset - Date.now()) / 1000))).code(429).send({ error: 'rate limited' });
});` },
            { messageId: 'suggestUse429', output: `fastify.addHook('onRequest', async (request, reply) => {
  const { success, reset } = await ratelimit.limit(request.ip);
  if (!success) return reply.code(429).send({ error: 'rate limited' });
});` },
          ],
        },
      ],
    },
    {
      // A 401 from a throttle predicate in Fastify.
      code: `fastify.post('/login', async (request, reply) => {
  if (loginThrottle.isThrottled(request.ip)) return reply.code(401).send({ error: 'try later' });
  return login(request.body);
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 64,
          suggestions: [
            { messageId: 'suggestUse429', output: `fastify.post('/login', async (request, reply) => {
  if (loginThrottle.isThrottled(request.ip)) return reply.code(429).send({ error: 'try later' });
  return login(request.body);
});` },
          ],
        },
      ],
    },
  ],
});
