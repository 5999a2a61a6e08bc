import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (remix)', rule, {
  valid: [
    `import { data } from 'react-router';
export async function action() { return data({ ok: true }, { status: 204 }); }`,
    `import { json } from '@remix-run/node';
export async function action() { return json(null, { status: 204 }); }`,
  ],
  invalid: [
    {
      code: `import { json } from '@remix-run/node';
export async function action() {
  return json({ ok: true }, { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 39,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { json } from '@remix-run/node';
export async function action() {
  return new Response(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `import { json } from '@remix-run/node';
export async function action() {
  return json({ ok: true }, { status: 200 });
}` },
          ],
        },
      ],
    },
  ],
});
