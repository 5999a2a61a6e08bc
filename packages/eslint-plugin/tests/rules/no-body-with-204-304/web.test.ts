import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (web)', rule, {
  valid: [
    `export async function DELETE() { return new Response(null, { status: 204 }); }`,
    `export async function DELETE() { return new Response(undefined, { status: 204 }); }`,
    `export async function DELETE() { return new Response(body, { status: 204 }); }`,
    `export async function POST() { return Response.json({ ok: true }, { status: 201 }); }`,
    `it('handles 204', () => { fetch.mockResolvedValue(new Response('x', { status: 204 })); });`,
  ],
  invalid: [
    {
      code: `export async function DELETE() {
  return new Response('Deleted', { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 2, column: 44,
          suggestions: [
            { messageId: 'suggestDropContent', output: `export async function DELETE() {
  return new Response(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `export async function DELETE() {
  return new Response('Deleted', { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `export async function DELETE() {
  return Response.json({ deleted: true }, { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 2, column: 53,
          suggestions: [
            { messageId: 'suggestDropContent', output: `export async function DELETE() {
  return new Response(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `export async function DELETE() {
  return Response.json({ deleted: true }, { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `export default {
  async fetch(request) {
    return new Response(JSON.stringify({ ok: true }), { status: 304, headers: { ETag: '"a"' } });
  },
};`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 65,
          suggestions: [
            { messageId: 'suggestDropContent', output: `export default {
  async fetch(request) {
    return new Response(null, { status: 304, headers: { ETag: '"a"' } });
  },
};` },
            { messageId: 'suggestUse200', output: `export default {
  async fetch(request) {
    return new Response(JSON.stringify({ ok: true }), { status: 200, headers: { ETag: '"a"' } });
  },
};` },
          ],
        },
      ],
    },
  ],
});
