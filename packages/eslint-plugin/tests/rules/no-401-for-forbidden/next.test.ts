import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (next)', rule, {
  valid: [
    `export async function GET() { const session = await getServerSession(); if (!session) return new Response('login', { status: 401 }); }`,
    // A Response built and dropped sends nothing (issue 10, for both rules).
    `export async function GET() {
  const session = await getServerSession();
  if (!session) return new Response('login', { status: 401 });
  if (!session.user.isAdmin) { new Response('no', { status: 401 }); }
  return new Response('ok');
}`,
  ],
  invalid: [
    {
      // Next route handler: a mixed guard, split, with the challenge in the headers of the 401.
      code: `import { getServerSession } from 'next-auth';
export async function DELETE(req: Request) {
  const session = await getServerSession();
  if (!session || !session.user.isAdmin) return new Response('no', { status: 401 });
  return Response.json(await purge());
}`,
      errors: [
        {
          messageId: 'mixedGuard', line: 4, column: 78,
          suggestions: [
            { messageId: 'suggestSplitGuard', output: `import { getServerSession } from 'next-auth';
export async function DELETE(req: Request) {
  const session = await getServerSession();
  if (!session) return new Response('no', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  if (!session.user.isAdmin) return new Response('no', { status: 403 });
  return Response.json(await purge());
}` },
          ],
        },
      ],
    },
  ],
});
