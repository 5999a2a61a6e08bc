import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, missed true cases: the credential the request presents (an API-key header, a session
 * cookie) compared with the expected one; a mismatch is bad credentials. A comparison of a user's
 * role or ownership is no credential comparison.
 */
createRuleTester().run('no-403-for-unauthenticated (credential comparisons)', rule, {
  valid: [
    // A role, and ownership, compared: permission checks.
    `app.use('*', async (c, next) => { const role = c.req.header('x-role'); if (role !== c.get('user').role) return c.text('Forbidden', 403); await next(); });`,
    `app.delete('/keys/:id', (req, res) => { if (req.user.id !== key.ownerId) return res.status(403).end(); });`,
    // The header holds no credential.
    `app.use('*', async (c, next) => { const lang = c.req.header('accept-language'); if (lang !== expected) return c.text('Forbidden', 403); await next(); });`,
    // A CSRF token and a webhook signature read from the headers: refused with 403 by design, or no credential of the requester.
    `app.use((req, res, next) => { const token = req.get('x-csrf-token'); if (token !== req.session.csrf) return res.status(403).end(); next(); });`,
    `app.post('/hook', (req, res) => { const sig = req.get('x-webhook-signature'); if (sig !== expected) return res.status(403).end(); });`,
    // A presented credential compared with the requester's own id is an ownership question.
    `app.use((req, res, next) => { if (req.cookies.userId !== req.user.id) return res.status(403).end(); next(); });`,
  ],
  invalid: [
    {
      // Hono: the API key is the only credential.
      code: `app.use('/api/*', async (c, next) => {
  const key = c.req.header('x-api-key');
  if (key !== expected) return c.text('Forbidden', 403);
  await next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 52,
        data: { reason: 'key !== expected' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use('/api/*', async (c, next) => {
  const key = c.req.header('x-api-key');
  if (key !== expected) return c.text('Forbidden', 401, { 'WWW-Authenticate': 'Bearer' });
  await next();
});` },
          { messageId: 'suggestUse401', output: `app.use('/api/*', async (c, next) => {
  const key = c.req.header('x-api-key');
  if (key !== expected) return c.text('Forbidden', 401);
  await next();
});` },
        ],
      }],
    },
    {
      // Express: the API-key header compared with the configured key.
      code: `app.use((req, res, next) => {
  if (req.get('x-api-key') !== process.env.API_KEY) return res.status(403).json({ error: 'Forbidden' });
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 71,
        data: { reason: "req.get('x-api-key') !== process.env.API_KEY" },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.get('x-api-key') !== process.env.API_KEY) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'Forbidden' });
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.get('x-api-key') !== process.env.API_KEY) return res.status(401).json({ error: 'Forbidden' });
  next();
});` },
        ],
      }],
    },
    {
      // Express: a session cookie compared with the stored one, in the `==` form of an else branch.
      code: `app.use((req, res, next) => {
  if (req.cookies.session_id == store.current) next();
  else res.sendStatus(403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 23,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.cookies.session_id == store.current) next();
  else res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.cookies.session_id == store.current) next();
  else res.sendStatus(401);
});` },
        ],
      }],
    },
  ],
});
