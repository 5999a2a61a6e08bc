import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (sveltekit)', rule, {
  valid: [
    `import { error } from '@sveltejs/kit';
export function POST() { error(405, 'no'); }`,
    `export function GET() { return new Response('ok'); }
export function DELETE() { return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } }); }`,
  ],
  invalid: [
  ],
});
