import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (next)', rule, {
  valid: [
    `export async function POST(req: Request) { const session = await auth(); if (!session.user.isAdmin) return new Response('no', { status: 403 }); }`,
  ],
  invalid: [
    {
      // Next route handler: Upstash, with Retry-After in the Response headers.
      code: `export async function POST(req: Request) {
  const { success, reset } = await ratelimit.limit(ip(req));
  if (!success) return new Response('slow down', { status: 403 });
  return Response.json(await work());
}`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 60,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `export async function POST(req: Request) {
  const { success, reset } = await ratelimit.limit(ip(req));
  if (!success) return new Response('slow down', { status: 429, headers: { 'Retry-After': String(Math.ceil((reset - Date.now()) / 1000)) } });
  return Response.json(await work());
}` },
            { messageId: 'suggestUse429', output: `export async function POST(req: Request) {
  const { success, reset } = await ratelimit.limit(ip(req));
  if (!success) return new Response('slow down', { status: 429 });
  return Response.json(await work());
}` },
          ],
        },
      ],
    },
  ],
});
