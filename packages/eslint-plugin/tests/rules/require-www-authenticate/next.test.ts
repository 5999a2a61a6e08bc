import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (next)', rule, {
  valid: [
    // Middleware answering Basic auth with its challenge.
    `import { NextResponse } from 'next/server';
    export function middleware(req) {
      if (!req.headers.get('authorization')) {
        return new NextResponse('Auth required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="Secure Area"' } });
      }
      return NextResponse.next();
    }`,
    // The header set on the response after it is built.
    `import { NextResponse } from 'next/server';
    export async function GET() {
      const res = NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
      res.headers.set('WWW-Authenticate', 'Bearer');
      return res;
    }`,
    // A Headers object filled in before the response.
    `export async function GET() {
      const headers = new Headers({ 'Content-Type': 'application/json' });
      headers.set('WWW-Authenticate', 'Bearer realm="api"');
      return new Response(JSON.stringify({ error: 'Unauthorized' }), { status: 401, headers });
    }`,
    // Headers from elsewhere: not known.
    `import { corsHeaders } from '@/lib/cors';
    export async function GET() { return Response.json({ error: 'Unauthorized' }, { status: 401, headers: corsHeaders }); }`,
    // An init spread may carry the header.
    `export function unauthorized(init) { return new Response('Unauthorized', { status: 401, ...init }); }`,
    // An array of pairs.
    `export const GET = () => Response.json({}, { status: 401, headers: [['WWW-Authenticate', 'Bearer']] });`,
    // unauthorized() in a page renders unauthorized.tsx for a browser: not reported.
    `import { unauthorized } from 'next/navigation';
    export default async function Page() {
      const session = await auth();
      if (!session) unauthorized();
      return null;
    }`,
    // A helper of the project's own named unauthorized.
    `import { unauthorized } from '@/lib/responses';
    export async function GET() { const session = await auth(); if (!session) return unauthorized(); }`,
    // Redirects and request headers in middleware are not 401 responses.
    `import { NextResponse } from 'next/server';
    export function middleware(req) {
      if (!req.cookies.get('token')) return NextResponse.redirect(new URL('/login', req.url));
      return NextResponse.next({ request: { headers: new Headers(req.headers) } });
    }`,
    // Test doubles of fetch in client tests.
    `global.fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 401 })));`,
    `fetchMock.mockResolvedValueOnce(new Response('', { status: 401 }));`,
    // A body field named status.
    `export const GET = () => Response.json({ status: 401 });`,
    // A response handed straight to other code may get its headers there.
    `export const GET = () => withAuthHeaders(NextResponse.json({ error: 'Unauthorized' }, { status: 401 }));`,
    // A test comparing responses.
    `it('401s', async () => { expect(await GET()).toEqual(Response.json({}, { status: 401 })); });`,
    // Pages API route setting the header on the Node response.
    `import type { NextApiRequest, NextApiResponse } from 'next';
    export default function handler(req: NextApiRequest, res: NextApiResponse) {
      res.setHeader('WWW-Authenticate', 'Basic realm="api"');
      res.status(401).end();
    }`,
    // A 403 is not this rule's.
    `export const GET = () => NextResponse.json({ error: 'Forbidden' }, { status: 403 });`,
  ],
  invalid: [
    {
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
}`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 65,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }],
      }],
    },
    {
      code: `export function middleware(req) {
  return new Response('Unauthorized', { status: 401, headers: { 'Content-Type': 'text/plain' } });
}`,
      options: [{ challenge: 'Basic realm="admin"' }],
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 49,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export function middleware(req) {
  return new Response('Unauthorized', { status: 401, headers: { 'Content-Type': 'text/plain', 'WWW-Authenticate': 'Basic realm="admin"' } });
}`,
        }],
      }],
    },
    {
      code: `export const GET = () => new NextResponse(null, { status: 401, headers: new Headers({ 'Cache-Control': 'no-store' }) });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 59,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export const GET = () => new NextResponse(null, { status: 401, headers: new Headers({ 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' }) });`,
        }],
      }],
    },
    {
      code: `export const GET = () => Response.json({}, { status: 401, headers: [['Cache-Control', 'no-store']] });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 54,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export const GET = () => Response.json({}, { status: 401, headers: [['Cache-Control', 'no-store'], ['WWW-Authenticate', 'Bearer']] });`,
        }],
      }],
    },
    {
      // A helper factory: its own response is the site.
      code: `import { NextResponse } from 'next/server';
export function unauthorized() {
  return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
}`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 65,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { NextResponse } from 'next/server';
export function unauthorized() {
  return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }],
      }],
    },
    {
      // A header set on the held response, but not the challenge.
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  const res = NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  res.headers.set('Cache-Control', 'no-store');
  return res;
}`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 70,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { NextResponse } from 'next/server';
export async function GET() {
  const res = NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  res.headers.set('Cache-Control', 'no-store');
  return res;
}`,
        }],
      }],
    },
    {
      // unauthorized() in a Route Handler: an API client gets a 401 without a challenge.
      code: `import { unauthorized } from 'next/navigation';
export async function GET() {
  const session = await auth();
  if (!session) unauthorized();
}`,
      errors: [{ messageId: 'nextNavigation', line: 4, column: 17, suggestions: [] }],
    },
    {
      // Pages API route: the Express-like helpers on Node's response; Next has setHeader, not set.
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) return res.status(401).json({ error: 'Unauthorized' });
  res.status(200).json({ ok: true });
}`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 53,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!req.headers.authorization) return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ error: 'Unauthorized' });
  res.status(200).json({ ok: true });
}`,
        }],
      }],
    },
    {
      code: `export default function handler(req, res) {
  res.statusCode = 401;
  res.end('Unauthorized');
}`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 20,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `export default function handler(req, res) {
  res.setHeader('WWW-Authenticate', 'Bearer');
  res.statusCode = 401;
  res.end('Unauthorized');
}`,
        }],
      }],
    },
  ],
});
