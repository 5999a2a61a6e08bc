import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (remix)', rule, {
  valid: [
    `import { json } from '@remix-run/node';
export const action = async () => { throw new Response(null, { status: 405, headers: { Allow: 'GET' } }); };`,
    `import { json } from '@remix-run/node';
export const action = async () => json({ error: 'no' }, { status: 405, headers: { Allow: 'GET' } });`,
  ],
  invalid: [
  ],
});
