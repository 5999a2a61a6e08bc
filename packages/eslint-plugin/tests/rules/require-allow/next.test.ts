import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (next)', rule, {
  valid: [
    `export async function DELETE() { return new Response(null, { status: 405, headers: { Allow: 'GET' } }); }`,
    `export async function DELETE() { return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }); }`,
    `export async function DELETE() { return new Response(null, { status: 405, headers: new Headers([['Allow', 'GET']]) }); }`,
    `export async function DELETE() { return new Response(null, { status: 405, headers }); }`,
    `import { NextResponse } from 'next/server';
export async function PUT() { return NextResponse.json({}, { status: 405, headers: { Allow: 'GET' } }); }`,
    `import { NextResponse } from 'next/server';
export async function PUT() { return NextResponse.json({}, { status: 405, headers: { ...corsHeaders } }); }`,
    `export default function handler(req, res) { if (req.method !== 'POST') { res.setHeader('Allow', ['POST']); return res.status(405).end(); } res.json({}); }`,
    `import { MethodNotAllowedException } from '@nestjs/common';
export class A { m() { throw new MethodNotAllowedException(); } }`,
    `import { error } from '@sveltejs/kit';
export function POST() { error(405, 'no'); }`,
    `export default function handler(req, res) { if (req.method !== 'POST') { res.setHeader('Allow', 'POST'); res.status(405).end('Method Not Allowed'); } }`,
  ],
  invalid: [
    {
      // A local named method is the request method too.
      code: `export default {
  async fetch(request) {
    const method = request.method;
    if (method !== 'POST') return new Response(null, { status: 405 });
    return new Response('ok');
  },
};`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 64,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `export default {
  async fetch(request) {
    const method = request.method;
    if (method !== 'POST') return new Response(null, { status: 405, headers: { 'Allow': 'POST' } });
    return new Response('ok');
  },
};` },
          ],
        },
      ],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.status(405).json({ message: 'Only POST' });
    return;
  }
  res.status(200).json({});
}`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 16,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST').status(405).json({ message: 'Only POST' });
    return;
  }
  res.status(200).json({});
}` },
          ],
        },
      ],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.json([]);
    case 'PUT':
      return res.json({});
    default:
      return res.status(405).end();
  }
}`,
      errors: [
        {
          messageId: 'missingAllow', line: 9, column: 25,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.json([]);
    case 'PUT':
      return res.json({});
    default:
      return res.setHeader('Allow', 'GET, PUT').status(405).end();
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    res.json([]);
  } else if (req.method === 'POST') {
    res.status(201).json({});
  } else {
    res.status(405).end();
  }
}`,
      errors: [
        {
          messageId: 'missingAllow', line: 8, column: 16,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    res.json([]);
  } else if (req.method === 'POST') {
    res.status(201).json({});
  } else {
    res.setHeader('Allow', 'GET, POST').status(405).end();
  }
}` },
          ],
        },
      ],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!['GET', 'DELETE'].includes(req.method)) {
    return res.status(405).end();
  }
  res.json({});
}`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 23,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!['GET', 'DELETE'].includes(req.method)) {
    return res.setHeader('Allow', 'GET, DELETE').status(405).end();
  }
  res.json({});
}` },
          ],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json([]);
}
export async function DELETE() {
  return NextResponse.json({ error: 'not allowed' }, { status: 405 });
}`,
      errors: [
        {
          messageId: 'missingAllow', line: 6, column: 64,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import { NextResponse } from 'next/server';
export async function GET() {
  return NextResponse.json([]);
}
export async function DELETE() {
  return NextResponse.json({ error: 'not allowed' }, { status: 405, headers: { 'Allow': 'GET, HEAD' } });
}` },
          ],
        },
      ],
    },
    {
      code: `export async function GET() {
  return Response.json([]);
}
export async function POST() {
  return Response.json({});
}
export async function PUT() {
  return new Response(null, { status: 405 });
}`,
      errors: [
        {
          messageId: 'missingAllow', line: 8, column: 39,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `export async function GET() {
  return Response.json([]);
}
export async function POST() {
  return Response.json({});
}
export async function PUT() {
  return new Response(null, { status: 405, headers: { 'Allow': 'GET, HEAD, POST' } });
}` },
          ],
        },
      ],
    },
    {
      code: `export default {
  fetch(request) {
    return new Response('Method Not Allowed', { status: 405 });
  },
};`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 3, column: 57, suggestions: [] },
      ],
    },
  ],
});
