import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (next)', rule, {
  valid: [
    // A role check with next/navigation's forbidden().
    `import { forbidden } from 'next/navigation';
    export default async function AdminPage() {
      const session = await auth();
      if (session.user.role !== 'admin') forbidden();
    }`,
    // A permission flag.
    `export async function DELETE() {
      const session = await getServerSession(authOptions);
      if (!session.user.isAdmin) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
    }`,
    // The identity case first, then the permission case.
    `import { forbidden, unauthorized } from 'next/navigation';
    export default async function Page() {
      const session = await auth();
      if (!session) unauthorized();
      if (!session.user.isAdmin) forbidden();
    }`,
    // Ownership.
    `export async function PATCH(req, { params }) {
      const session = await auth();
      const post = await db.post.findUnique({ where: { id: params.id } });
      if (post.authorId !== session.user.id) return new Response('Forbidden', { status: 403 });
    }`,
    // forbidden not imported from next/navigation.
    `import { forbidden } from './errors';
    export async function GET() { const session = await auth(); if (!session) forbidden(); }`,
    // A body field named status.
    `export async function GET() { const session = await auth(); if (!session) return NextResponse.json({ status: 403 }); }`,
    // Client code.
    `const res = await fetch('/api/me'); if (!session && res.status === 403) signIn();`,
    // Test doubles.
    `it('handles 403', async () => { const token = null; fetchMock.mockResolvedValue(new Response(null, { status: 403 })); });`,
  ],
  invalid: [
    {
      // A forbidden() of the project's own (issue 9 item 4): its 403 is judged at the call, whose guard
      // says no one is signed in. It moved here from the valid cases: the 403 inside it has no guard.
      code: `import { NextResponse } from 'next/server';
    function forbidden() { return NextResponse.json({ error: 'Forbidden' }, { status: 403 }); }
    export async function GET() { const session = await auth(); if (!session) return forbidden(); }`,
      errors: [{ messageId: 'unauthenticated', line: 3, column: 86, endColumn: 95, suggestions: [] }],
    },
    {
      code: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 403 });
  return NextResponse.json(session.user);
}`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 79,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return NextResponse.json(session.user);
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  return NextResponse.json(session.user);
}`,
        }],
      }],
    },
    {
      // forbidden() becomes unauthorized(), imported beside it.
      name: 'no combined suggestion: unauthorized() renders a 401 that cannot carry headers',
      code: `import { forbidden } from 'next/navigation';
export default async function Dashboard() {
  const session = await auth();
  if (!session?.user) forbidden();
  return null;
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 23,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { forbidden, unauthorized } from 'next/navigation';
export default async function Dashboard() {
  const session = await auth();
  if (!session?.user) unauthorized();
  return null;
}`,
        }],
      }],
    },
    {
      code: `import { NextResponse } from 'next/server';
export function middleware(req) {
  const token = req.cookies.get('token')?.value;
  if (!token) return new NextResponse('Forbidden', { status: 403 });
  return NextResponse.next();
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 62,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { NextResponse } from 'next/server';
export function middleware(req) {
  const token = req.cookies.get('token')?.value;
  if (!token) return new NextResponse('Forbidden', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  return NextResponse.next();
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { NextResponse } from 'next/server';
export function middleware(req) {
  const token = req.cookies.get('token')?.value;
  if (!token) return new NextResponse('Forbidden', { status: 401 });
  return NextResponse.next();
}`,
        }],
      }],
    },
    {
      // Clerk's auth() in a route handler.
      code: `export async function POST() {
  const { userId } = await auth();
  if (!userId) return Response.json({ error: 'Forbidden' }, { status: 403 });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 71,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `export async function POST() {
  const { userId } = await auth();
  if (!userId) return Response.json({ error: 'Forbidden' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}`,
        }, {
          messageId: 'suggestUse401',
          output: `export async function POST() {
  const { userId } = await auth();
  if (!userId) return Response.json({ error: 'Forbidden' }, { status: 401 });
}`,
        }],
      }],
    },
    {
      // An invalid token in middleware.
      code: `import { jwtVerify } from 'jose';
export async function middleware(req) {
  try {
    await jwtVerify(req.cookies.get('session')?.value, secret);
  } catch {
    return new Response('invalid session', { status: 403 });
  }
}`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 54,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { jwtVerify } from 'jose';
export async function middleware(req) {
  try {
    await jwtVerify(req.cookies.get('session')?.value, secret);
  } catch {
    return new Response('invalid session', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { jwtVerify } from 'jose';
export async function middleware(req) {
  try {
    await jwtVerify(req.cookies.get('session')?.value, secret);
  } catch {
    return new Response('invalid session', { status: 401 });
  }
}`,
        }],
      }],
    },
    {
      // Pages API route (Express-like helpers on Node's response).
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(403).json({ message: 'You must be logged in.' });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 35,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.setHeader('WWW-Authenticate', 'Bearer').status(401).json({ message: 'You must be logged in.' });
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ message: 'You must be logged in.' });
}`,
        }],
      }],
    },
    {
      code: `export async function DELETE() {
  const session = await auth();
  if (!session || session.user.role !== 'admin') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
}`,
      errors: [{
        messageId: 'mixedGuard', line: 4, column: 64,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `export async function DELETE() {
  const session = await auth();
  if (!session) {
    return NextResponse.json({ error: 'Forbidden' }, { status: 401 });
  }
  if (session.user.role !== 'admin') {
    return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  }
}`,
        }],
      }],
    },
  ],
});
