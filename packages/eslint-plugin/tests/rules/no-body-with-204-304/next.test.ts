import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (next)', rule, {
  valid: [
    `import { NextResponse } from 'next/server';
export async function DELETE() { return new NextResponse(null, { status: 204 }); }`,
    `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) { res.status(204).end(); }`,
    `import { NextResponse } from 'next/server';
export async function OPTIONS() { return new NextResponse(null, { status: 204, headers: corsHeaders }); }`,
  ],
  invalid: [
    {
      code: `import { NextResponse } from 'next/server';
export async function DELETE() {
  return NextResponse.json({ message: 'Deleted' }, { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 62,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { NextResponse } from 'next/server';
export async function DELETE() {
  return new NextResponse(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `import { NextResponse } from 'next/server';
export async function DELETE() {
  return NextResponse.json({ message: 'Deleted' }, { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function PUT() {
  return new NextResponse('Updated', { status: 204 });
}`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 48,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { NextResponse } from 'next/server';
export async function PUT() {
  return new NextResponse(null, { status: 204 });
}` },
            { messageId: 'suggestUse200', output: `import { NextResponse } from 'next/server';
export async function PUT() {
  return new NextResponse('Updated', { status: 200 });
}` },
          ],
        },
      ],
    },
    {
      code: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    return res.status(204).json({ deleted: true });
  }
  res.json({});
}`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 4, column: 23,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    return res.status(204).end();
  }
  res.json({});
}` },
            { messageId: 'suggestUse200', output: `import type { NextApiRequest, NextApiResponse } from 'next';
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'DELETE') {
    return res.status(200).json({ deleted: true });
  }
  res.json({});
}` },
          ],
        },
      ],
    },
  ],
});
