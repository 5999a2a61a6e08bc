import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (sveltekit)', rule, {
  valid: [
    `import { json } from '@sveltejs/kit';
export async function DELETE() { return json(result, { status: 204 }); }`,
    `export async function DELETE() { return new Response(null, { status: 204 }); }`,
  ],
  invalid: [
    {
      code: `import { json } from '@sveltejs/kit';
export async function DELETE() {
  return json({ deleted: true }, { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 44,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { json } from '@sveltejs/kit';
export async function DELETE() {
  return new Response(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `import { json } from '@sveltejs/kit';
export async function DELETE() {
  return json({ deleted: true }, { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `import { text } from '@sveltejs/kit';
export async function PUT() {
  return text('Updated', { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 36,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { text } from '@sveltejs/kit';
export async function PUT() {
  return new Response(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `import { text } from '@sveltejs/kit';
export async function PUT() {
  return text('Updated', { status: 200 });
}` },
          ],
        },
      ],
    },
  ],
});
