import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (sveltekit)', rule, {
  valid: [
    `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => { if (!locals.user) error(401, 'login'); };`,
  ],
  invalid: [
    {
      // SvelteKit: a permission after the identity was answered.
      code: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user) error(401, 'login');
  if (!locals.user.isAdmin) error(401, 'admins only');
};`,
      errors: [
        {
          messageId: 'forbidden', line: 4, column: 35,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user) error(401, 'login');
  if (!locals.user.isAdmin) error(403, 'admins only');
};` },
          ],
        },
      ],
    },
  ],
});
