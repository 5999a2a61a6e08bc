import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (sveltekit)', rule, {
  valid: [
    // A role check.
    `import { error } from '@sveltejs/kit';
    export const load = async ({ locals }) => { if (locals.user.role !== 'admin') error(403, 'Admins only'); };`,
    // Identity first (redirect), then permission.
    `import { error, redirect } from '@sveltejs/kit';
    export const load = async ({ locals }) => {
      if (!locals.user) redirect(303, '/login');
      if (!locals.user.isAdmin) error(403, 'Admins only');
    };`,
    // A form action refusing a non-member.
    `import { fail } from '@sveltejs/kit';
    export const actions = {
      invite: async ({ locals, request }) => { if (!locals.user.isMember) return fail(403, { message: 'Members only' }); },
    };`,
    // Identity answered with 401 first.
    `import { error } from '@sveltejs/kit';
    export async function DELETE({ locals, params }) {
      const session = await locals.auth();
      if (!session) error(401, 'Sign in');
      const post = await getPost(params.id);
      if (post.authorId !== session.user.id) error(403, 'Not yours');
    }`,
    // Unguarded.
    `import { error } from '@sveltejs/kit';
    export const deny = () => error(403, 'Forbidden');`,
    // An error() that is not SvelteKit's.
    `import { error } from './log';
    export const load = async ({ locals }) => { if (!locals.user) error(403, 'no user'); };`,
    // A body field named status.
    `import { json } from '@sveltejs/kit';
    export const GET = async ({ locals }) => { if (!locals.user) return json({ status: 403 }); };`,
    // Client code in a Svelte module.
    `const res = await fetch('/api/me'); if (!token && res.status === 403) goto('/login');`,
  ],
  invalid: [
    {
      code: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user) error(403, 'login');
};`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 27,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { error } from '@sveltejs/kit';
export const load = async ({ locals, setHeaders }) => {
  if (!locals.user) { setHeaders({ 'WWW-Authenticate': 'Bearer' }); error(401, 'login'); }
};`,
        }, {
          messageId: 'suggestUse401',
          output: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user) error(401, 'login');
};`,
        }],
      }],
    },
    {
      // Auth.js: `await locals.auth()`, v1 style `throw error()`.
      code: `import { error } from '@sveltejs/kit';
export async function load(event) {
  const session = await event.locals.auth();
  if (!session?.user) throw error(403, 'Not signed in');
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 35,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { error } from '@sveltejs/kit';
export async function load(event) {
  const session = await event.locals.auth();
  if (!session?.user) { event.setHeaders({ 'WWW-Authenticate': 'Bearer' }); throw error(401, 'Not signed in'); }
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { error } from '@sveltejs/kit';
export async function load(event) {
  const session = await event.locals.auth();
  if (!session?.user) throw error(401, 'Not signed in');
}`,
        }],
      }],
    },
    {
      // Supabase: `await locals.safeGetSession()`.
      code: `import { json } from '@sveltejs/kit';
export const GET = async ({ locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) return json({ error: 'Unauthorized' }, { status: 403 });
};`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 66,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { json } from '@sveltejs/kit';
export const GET = async ({ locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) return json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
};`,
        }, {
          messageId: 'suggestUse401',
          output: `import { json } from '@sveltejs/kit';
export const GET = async ({ locals }) => {
  const { session } = await locals.safeGetSession();
  if (!session) return json({ error: 'Unauthorized' }, { status: 401 });
};`,
        }],
      }],
    },
    {
      // A form action's fail() sets the status of the action response.
      name: 'no combined suggestion: a form action\'s fail() goes to the page, not to a client that could authenticate',
      code: `import { fail } from '@sveltejs/kit';
export const actions = {
  default: async ({ locals }) => {
    if (!locals.user) return fail(403, { message: 'Sign in to comment' });
  },
};`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 35,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { fail } from '@sveltejs/kit';
export const actions = {
  default: async ({ locals }) => {
    if (!locals.user) return fail(401, { message: 'Sign in to comment' });
  },
};`,
        }],
      }],
    },
    {
      // hooks.server.ts answering with a Web Response.
      code: `export const handle = async ({ event, resolve }) => {
  if (!event.locals.session) return new Response('Forbidden', { status: 403 });
  return resolve(event);
};`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 73,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export const handle = async ({ event, resolve }) => {
  if (!event.locals.session) return new Response('Forbidden', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return resolve(event);
};`,
        }, {
          messageId: 'suggestUse401',
          output: `export const handle = async ({ event, resolve }) => {
  if (!event.locals.session) return new Response('Forbidden', { status: 401 });
  return resolve(event);
};`,
        }],
      }],
    },
    {
      code: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user || locals.user.role !== 'admin') {
    throw error(403, 'Forbidden');
  }
};`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 17,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user) {
    throw error(401, 'Forbidden');
  }
  if (locals.user.role !== 'admin') {
    throw error(403, 'Forbidden');
  }
};`,
        }],
      }],
    },
  ],
});
