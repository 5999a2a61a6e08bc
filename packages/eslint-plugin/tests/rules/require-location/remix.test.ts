import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (remix)', rule, {
  valid: [
    `import { redirect } from '@remix-run/node';
export const loader = async () => { throw redirect('/login', 302); };`,
    `import { redirect } from 'react-router';
export async function action() { return redirect('/done', { status: 303 }); }`,
  ],
  invalid: [
  ],
});
