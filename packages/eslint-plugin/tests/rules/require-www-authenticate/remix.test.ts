import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (remix)', rule, {
  valid: [
    `import { json } from '@remix-run/node';
    export const loader = async () => json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });`,
    // The header set on the held response before it is thrown.
    `import { json } from '@remix-run/node';
    export async function loader() {
      const response = json({ error: 'Unauthorized' }, 401);
      response.headers.set('WWW-Authenticate', 'Bearer');
      throw response;
    }`,
    `export async function loader() {
      throw new Response('Unauthorized', { status: 401, headers: { 'www-authenticate': 'Basic realm="app"' } });
    }`,
    // A json() that is not Remix's.
    `import { json } from './http';
    export const loader = async () => json({ error: 'Unauthorized' }, 401);`,
    // The init is a variable.
    `import { json } from '@remix-run/node';
    export const loader = async () => json({ error: 'Unauthorized' }, init);`,
    // Headers passed in.
    `import { data } from 'react-router';
    export const unauthorized = (headers) => data({ error: 'Unauthorized' }, { status: 401, headers });`,
    // Redirects answer unauthenticated browsers with a 3xx.
    `import { redirect } from '@remix-run/node';
    export async function loader({ request }) { const userId = await getUserId(request); if (!userId) throw redirect('/login'); }`,
    // A body field named status.
    `import { json } from '@remix-run/node';
    export const loader = async () => json({ status: 401 });`,
    // Client code reading the action's data.
    `export default function Login() { const data = useActionData(); if (data?.status === 401) return null; }`,
    // A 403 is not this rule's.
    `import { json } from '@remix-run/node';
    export const loader = async () => json({ error: 'Forbidden' }, 403);`,
  ],
  invalid: [
    {
      // A bare number becomes a ResponseInit that can carry the header.
      code: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  throw json({ message: 'Sign in first' }, 401);
}`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 44,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { json } from '@remix-run/node';
export async function loader({ request }) {
  throw json({ message: 'Sign in first' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }],
      }],
    },
    {
      code: `import { json } from '@remix-run/cloudflare';
export const action = async () => json({ error: 'Unauthorized' }, { status: 401 });`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 77,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { json } from '@remix-run/cloudflare';
export const action = async () => json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });`,
        }],
      }],
    },
    {
      code: `export async function loader() {
  throw new Response('Unauthorized', { status: 401 });
}`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 48,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export async function loader() {
  throw new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }],
      }],
    },
    {
      code: `import { data } from 'react-router';
export async function loader() {
  throw data({ error: 'login' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
}`,
      options: [{ challenge: 'Basic realm="app"' }],
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 44,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { data } from 'react-router';
export async function loader() {
  throw data({ error: 'login' }, { status: 401, headers: { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Basic realm="app"' } });
}`,
        }],
      }],
    },
    {
      // Imported under another name.
      code: `import { data as respond } from '@react-router/node';
export const action = () => respond(null, 401);`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 43,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { data as respond } from '@react-router/node';
export const action = () => respond(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });`,
        }],
      }],
    },
    {
      // A named constant keeps its form in the new init.
      code: `import { json } from '@remix-run/node';
const UNAUTHORIZED = 401;
export const loader = () => json({}, UNAUTHORIZED);`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 38,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { json } from '@remix-run/node';
const UNAUTHORIZED = 401;
export const loader = () => json({}, { status: UNAUTHORIZED, headers: { 'WWW-Authenticate': 'Bearer' } });`,
        }],
      }],
    },
  ],
});
