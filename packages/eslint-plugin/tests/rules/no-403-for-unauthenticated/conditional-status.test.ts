import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10: a status chosen by a condition (`res.status(req.user ? 200 : 403)`). The refusing arm is
 * the site and the test is its guard. "Use 401" changes only the arm; no header is offered, since it
 * would go out with the success too.
 */
createRuleTester().run('no-403-for-unauthenticated (a status chosen by a condition)', rule, {
  valid: [
    // The arm refuses a known requester who is no admin.
    `app.get('/admin', requireAuth, (req, res) => { res.status(req.user.isAdmin ? 200 : 403).end(); });`,
    // The 403 is the arm taken with a user.
    `app.get('/me', (req, res) => { res.status(req.user ? 403 : 200).end(); });`,
    // Both arms refuse, or neither: no arm is the refusal.
    `app.get('/me', (req, res) => { res.status(req.user ? 401 : 403).end(); });`,
    `app.get('/me', (req, res) => { res.status(req.user ? 200 : 204).end(); });`,
    // An arm that cannot be read.
    `app.get('/me', (req, res) => { res.status(req.user ? 200 : code).end(); });`,
    // Nothing about the requester.
    `app.get('/x', (req, res) => { res.status(isMaintenance ? 403 : 200).end(); });`,
  ],
  invalid: [
    {
      // Express.
      code: `app.get('/me', (req, res) => {
  res.status(req.user ? 200 : 403).json({});
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 31,
        data: { reason: 'not req.user' },
        suggestions: [{ messageId: 'suggestUse401', output: `app.get('/me', (req, res) => {
  res.status(req.user ? 200 : 401).json({});
});` }],
      }],
    },
    {
      // Express's sendStatus, on a name bound to the session's user.
      code: `app.get('/me', (req, res) => {
  const user = req.session.user;
  res.sendStatus(user ? 204 : 403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 31,
        data: { reason: 'not user' },
        suggestions: [{ messageId: 'suggestUse401', output: `app.get('/me', (req, res) => {
  const user = req.session.user;
  res.sendStatus(user ? 204 : 401);
});` }],
      }],
    },
    {
      // Hono: the status argument of `c.json`.
      code: `app.get('/me', (c) => {
  const ok = c.get('jwtPayload');
  return c.json(data, ok ? 200 : 403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 34,
        data: { reason: 'not ok' },
        suggestions: [{ messageId: 'suggestUse401', output: `app.get('/me', (c) => {
  const ok = c.get('jwtPayload');
  return c.json(data, ok ? 200 : 401);
});` }],
      }],
    },
    {
      // Koa: the status assigned.
      code: `router.get('/me', (ctx) => {
  ctx.status = ctx.state.user ? 200 : 403;
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 39,
        suggestions: [{ messageId: 'suggestUse401', output: `router.get('/me', (ctx) => {
  ctx.status = ctx.state.user ? 200 : 401;
});` }],
      }],
    },
    {
      // Next: the status of the response init.
      code: `export async function GET() {
  const session = await auth();
  return NextResponse.json(data, { status: session ? 200 : 403 });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 60,
        data: { reason: 'not session' },
        suggestions: [{ messageId: 'suggestUse401', output: `export async function GET() {
  const session = await auth();
  return NextResponse.json(data, { status: session ? 200 : 401 });
}` }],
      }],
    },
  ],
});
