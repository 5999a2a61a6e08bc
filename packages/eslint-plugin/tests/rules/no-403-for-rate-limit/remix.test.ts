import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (remix)', rule, {
  valid: [
    `import { json } from '@remix-run/node';
export async function action({ request }) { if (await isRateLimited(request)) throw json({ error: 'slow down' }, 429); }`,
  ],
  invalid: [
    {
      // Remix: too many attempts.
      code: `import { json } from '@remix-run/node';
export async function action({ request }) {
  const attempts = await loginAttempts.count(request);
  if (attempts >= MAX_ATTEMPTS) throw json({ error: 'too many attempts' }, 403);
  return json(await login(request));
}`,
      errors: [
        {
          messageId: 'rateLimited', line: 4, column: 76,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { json } from '@remix-run/node';
export async function action({ request }) {
  const attempts = await loginAttempts.count(request);
  if (attempts >= MAX_ATTEMPTS) throw json({ error: 'too many attempts' }, 429);
  return json(await login(request));
}` },
          ],
        },
      ],
    },
  ],
});
