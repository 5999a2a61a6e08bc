import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ request, set }) => { if (limiter.remaining(request) <= 0) { set.status = 429; return 'slow down'; } });`,
  ],
  invalid: [
    {
      // Elysia: set.status in a limiter branch.
      code: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ request, set }) => {
  if (limiter.remaining(request) <= 0) {
    set.status = 403;
    return 'slow down';
  }
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 4, column: 18,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { Elysia } from 'elysia';
new Elysia().onBeforeHandle(({ request, set }) => {
  if (limiter.remaining(request) <= 0) {
    set.status = 429;
    return 'slow down';
  }
});` },
          ],
        },
      ],
    },
  ],
});
