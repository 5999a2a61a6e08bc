import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (remix)', rule, {
  valid: [
    // A role check.
    `import { json } from '@remix-run/node';
    export async function loader({ request }) {
      const user = await requireUser(request);
      if (user.role !== 'ADMIN') throw json({ error: 'Admins only' }, 403);
    }`,
    // Ownership of a note looked up by route parameter.
    `export async function action({ request, params }) {
      const userId = await requireUserId(request);
      const note = await getNote(params.noteId);
      if (note.userId !== userId) throw new Response('Forbidden', { status: 403 });
    }`,
    // A missing resource looked up by route parameter is not a missing identity.
    `import { json } from '@remix-run/node';
    export async function loader({ params }) {
      const user = await db.user.findUnique({ where: { id: params.id } });
      if (!user) throw json({ error: 'nope' }, 403);
    }`,
    // Unauthenticated browsers are redirected; the 403 that follows is a permission check.
    `import { data, redirect } from 'react-router';
    export async function loader({ request }) {
      const user = await getUser(request);
      if (!user) throw redirect('/login');
      if (!user.isAdmin) throw data('Forbidden', { status: 403 });
    }`,
    // A json() that is not Remix's.
    `import { json } from './http';
    export async function loader({ request }) { const user = await getUser(request); if (!user) return json({}, 403); }`,
    // A body field named status.
    `import { json } from '@remix-run/node';
    export async function loader({ request }) { const user = await getUser(request); if (!user) return json({ status: 403 }); }`,
    // Client code.
    `export default function Page() { const fetcher = useFetcher(); if (!user && fetcher.data?.status === 403) return null; }`,
  ],
  invalid: [
    {
      code: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const userId = await getUserId(request);
  if (!userId) throw json({ error: 'Sign in first' }, 403);
  return json(await getNotes(userId));
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 55,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const userId = await getUserId(request);
  if (!userId) throw json({ error: 'Sign in first' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return json(await getNotes(userId));
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const userId = await getUserId(request);
  if (!userId) throw json({ error: 'Sign in first' }, 401);
  return json(await getNotes(userId));
}`,
        }],
      }],
    },
    {
      code: `export async function loader({ request }) {
  const user = await authenticator.isAuthenticated(request);
  if (!user) throw new Response('Forbidden', { status: 403 });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 56,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export async function loader({ request }) {
  const user = await authenticator.isAuthenticated(request);
  if (!user) throw new Response('Forbidden', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }, {
          messageId: 'suggestUse401',
          output: `export async function loader({ request }) {
  const user = await authenticator.isAuthenticated(request);
  if (!user) throw new Response('Forbidden', { status: 401 });
}`,
        }],
      }],
    },
    {
      code: `import { data } from 'react-router';
export async function action({ request }) {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) return data({ error: 'login' }, { status: 403 });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 58,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { data } from 'react-router';
export async function action({ request }) {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) return data({ error: 'login' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { data } from 'react-router';
export async function action({ request }) {
  const session = await getSession(request.headers.get('Cookie'));
  const userId = session.get('userId');
  if (!userId) return data({ error: 'login' }, { status: 401 });
}`,
        }],
      }],
    },
    {
      code: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const token = request.headers.get('Authorization');
  if (!token) return json({ error: 'missing token' }, { status: 403 });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 65,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const token = request.headers.get('Authorization');
  if (!token) return json({ error: 'missing token' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const token = request.headers.get('Authorization');
  if (!token) return json({ error: 'missing token' }, { status: 401 });
}`,
        }],
      }],
    },
    {
      code: `import { json } from '@remix-run/node';
export async function action({ request }) {
  const user = await getUser(request);
  if (!user || !user.roles.includes('editor')) throw json({ error: 'Forbidden' }, 403);
}`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 83,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `import { json } from '@remix-run/node';
export async function action({ request }) {
  const user = await getUser(request);
  if (!user) throw json({ error: 'Forbidden' }, 401);
  if (!user.roles.includes('editor')) throw json({ error: 'Forbidden' }, 403);
}`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: the header edit rewrites the status and repeats its text, so the two edits collide',
      code: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const userId = await getUserId(request);
  if (!userId) throw json({ error: 'Sign in first' }, 403);
}`,
      options: [{ challenge: 'Bearer error_uri="https://example.com/errors/403"' }],
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 55,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  const userId = await getUserId(request);
  if (!userId) throw json({ error: 'Sign in first' }, 401);
}`,
        }],
      }],
    },
  ],
});
