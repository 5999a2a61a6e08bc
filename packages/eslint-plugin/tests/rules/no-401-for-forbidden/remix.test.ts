import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (remix)', rule, {
  valid: [
    `import { json } from '@remix-run/node';
export async function loader({ request }) { const userId = await getUserId(request); if (!userId) throw json({ error: 'login' }, 401); }`,
  ],
  invalid: [
    {
      // Remix: ownership after requireUserId.
      code: `import { json } from '@remix-run/node';
export async function action({ request, params }) {
  const userId = await requireUserId(request);
  if (!userId) throw json({ error: 'login' }, 401);
  const note = await getNote(params.id);
  if (note.ownerId !== userId) throw json({ error: 'not yours' }, 401);
  return json(await deleteNote(note));
}`,
      errors: [
        {
          messageId: 'forbidden', line: 6, column: 67,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { json } from '@remix-run/node';
export async function action({ request, params }) {
  const userId = await requireUserId(request);
  if (!userId) throw json({ error: 'login' }, 401);
  const note = await getNote(params.id);
  if (note.ownerId !== userId) throw json({ error: 'not yours' }, 403);
  return json(await deleteNote(note));
}` },
          ],
        },
      ],
    },
  ],
});
