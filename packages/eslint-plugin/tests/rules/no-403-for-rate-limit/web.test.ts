import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (web)', rule, {
  valid: [
    `export default { async fetch(request: Request) { if (!request.headers.get('authorization')) return new Response('login', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); } };`,
  ],
  invalid: [
    {
      // Elysia-free web Response: attempts in a Web handler.
      code: `export default {
  async fetch(request: Request) {
    const attempts = await kv.incr(rateLimitKey(request));
    if (attempts > LIMIT) return new Response('too many', { status: 403 });
    return handle(request);
  },
};`,
      errors: [
        {
          messageId: 'rateLimited', line: 4, column: 69,
          suggestions: [
            { messageId: 'suggestUse429', output: `export default {
  async fetch(request: Request) {
    const attempts = await kv.incr(rateLimitKey(request));
    if (attempts > LIMIT) return new Response('too many', { status: 429 });
    return handle(request);
  },
};` },
          ],
        },
      ],
    },
  ],
});
