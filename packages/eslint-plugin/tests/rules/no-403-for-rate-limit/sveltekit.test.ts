import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (sveltekit)', rule, {
  valid: [
    `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => { if (locals.user.plan !== 'pro') error(403, 'upgrade'); };`,
  ],
  invalid: [
    {
      // SvelteKit: isRateLimited.
      code: `import { error } from '@sveltejs/kit';
export const actions = {
  default: async ({ getClientAddress }) => {
    if (await isRateLimited(getClientAddress())) error(403, 'slow down');
  },
};`,
      errors: [
        {
          messageId: 'rateLimited', line: 4, column: 56,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { error } from '@sveltejs/kit';
export const actions = {
  default: async ({ getClientAddress }) => {
    if (await isRateLimited(getClientAddress())) error(429, 'slow down');
  },
};` },
          ],
        },
      ],
    },
  ],
});
