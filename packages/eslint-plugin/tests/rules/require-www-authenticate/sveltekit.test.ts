import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (sveltekit)', rule, {
  valid: [
    // setHeaders on the event applies to the error response too.
    `import { error } from '@sveltejs/kit';
    export const load = async ({ locals, setHeaders }) => {
      if (!locals.user) {
        setHeaders({ 'WWW-Authenticate': 'Bearer' });
        error(401, 'Sign in first');
      }
    };`,
    `import { error } from '@sveltejs/kit';
    export async function GET(event) {
      event.setHeaders({ 'www-authenticate': 'Basic realm="api"' });
      if (!event.locals.user) throw error(401, 'Unauthorized');
    }`,
    // setHeaders in the handler, error() in a callback inside it.
    `import { error } from '@sveltejs/kit';
    export const load = async ({ locals, setHeaders }) => {
      setHeaders({ 'WWW-Authenticate': 'Bearer' });
      return { items: await getItems().catch(() => error(401, 'expired')) };
    };`,
    `import { json } from '@sveltejs/kit';
    export const GET = () => json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });`,
    // Hooks answering with a Web Response that has the header.
    `export const handle = async ({ event, resolve }) => {
      if (!event.locals.user) return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Basic' } });
      return resolve(event);
    };`,
    // A form action's fail(401) is rendered by the page's form, not an HTTP challenge.
    `import { fail } from '@sveltejs/kit';
    export const actions = { default: async ({ locals }) => { if (!locals.user) return fail(401, { message: 'Sign in' }); } };`,
    // setHeaders with headers built elsewhere: not known.
    `import { error } from '@sveltejs/kit';
    export const load = async ({ locals, setHeaders }) => { setHeaders(authHeaders); if (!locals.user) error(401); };`,
    // An error() that is not SvelteKit's.
    `import { error } from './log';
    export const load = async ({ locals }) => { if (!locals.user) error(401, 'not signed in'); };`,
    // Redirects.
    `import { redirect } from '@sveltejs/kit';
    export const load = async ({ locals }) => { if (!locals.user) redirect(303, '/login'); };`,
    // Client code.
    `const res = await fetch('/api/me'); if (res.status === 401) goto('/login');`,
    // A 403 is not this rule's.
    `import { error } from '@sveltejs/kit';
    export const load = async ({ locals }) => { if (!locals.user.isAdmin) error(403, 'Admins only'); };`,
  ],
  invalid: [
    {
      // `setHeaders` is added to the destructured event, and the bare if branch gets braces.
      code: `import { error } from '@sveltejs/kit';
export const load = async ({ locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  return { user: locals.user };
};`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 27,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { error } from '@sveltejs/kit';
export const load = async ({ locals, setHeaders }) => {
  if (!locals.user) { setHeaders({ 'WWW-Authenticate': 'Bearer' }); error(401, 'Sign in first'); }
  return { user: locals.user };
};`,
        }],
      }],
    },
    {
      code: `import { error } from '@sveltejs/kit';
export async function GET(event) {
  const session = await event.locals.auth();
  if (!session) {
    throw error(401, 'Unauthorized');
  }
}`,
      errors: [{
        messageId: 'missingChallenge', line: 5, column: 17,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { error } from '@sveltejs/kit';
export async function GET(event) {
  const session = await event.locals.auth();
  if (!session) {
    event.setHeaders({ 'WWW-Authenticate': 'Bearer' });
    throw error(401, 'Unauthorized');
  }
}`,
        }],
      }],
    },
    {
      // setHeaders already destructured, but used for another header.
      code: `import { error } from '@sveltejs/kit';
export const load = async ({ locals, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  if (!locals.user) {
    error(401);
  }
};`,
      options: [{ challenge: 'Basic realm="app"' }],
      errors: [{
        messageId: 'missingChallenge', line: 5, column: 11,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { error } from '@sveltejs/kit';
export const load = async ({ locals, setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  if (!locals.user) {
    setHeaders({ 'WWW-Authenticate': 'Basic realm="app"' });
    error(401);
  }
};`,
        }],
      }],
    },
    {
      // A helper with no RequestEvent in reach: error() cannot take the header.
      code: `import { error } from '@sveltejs/kit';
export function requireUser(locals) {
  if (!locals.user) error(401, 'Sign in first');
  return locals.user;
}`,
      errors: [{ messageId: 'sveltekitError', line: 3, column: 27, suggestions: [] }],
    },
    {
      code: `import { json } from '@sveltejs/kit';
export const GET = async ({ locals }) => {
  if (!locals.user) return json({ error: 'Unauthorized' }, { status: 401 });
};`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 70,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { json } from '@sveltejs/kit';
export const GET = async ({ locals }) => {
  if (!locals.user) return json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
};`,
        }],
      }],
    },
    {
      code: `import { text } from '@sveltejs/kit';
export const GET = () => text('Unauthorized', { status: 401, headers: { 'content-type': 'text/plain' } });`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 57,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { text } from '@sveltejs/kit';
export const GET = () => text('Unauthorized', { status: 401, headers: { 'content-type': 'text/plain', 'WWW-Authenticate': 'Bearer' } });`,
        }],
      }],
    },
    {
      // hooks.server.ts
      code: `export const handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/api') && !event.locals.user) {
    return new Response('Unauthorized', { status: 401 });
  }
  return resolve(event);
};`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 51,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export const handle = async ({ event, resolve }) => {
  if (event.url.pathname.startsWith('/api') && !event.locals.user) {
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
  return resolve(event);
};`,
        }],
      }],
    },
  ],
});
