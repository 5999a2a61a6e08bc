import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (sveltekit)', rule, {
  valid: [
    `import { redirect } from '@sveltejs/kit';
export const load = async () => { redirect(302, '/login'); };`,
    `import { redirect } from '@sveltejs/kit';
export const actions = { default: async () => { throw redirect(303, '/done'); } };`,
    `export async function GET() { return new Response(null, { status: 301, headers: { Location: '/b' } }); }`,
  ],
  invalid: [
  ],
});
