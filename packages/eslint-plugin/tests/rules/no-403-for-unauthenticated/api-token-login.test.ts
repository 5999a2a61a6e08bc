import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, shape 1: `if (!req.user.id)` reads the identity without `?.`, so it is there; in a file
 * that logs in by API key or token, the principal is a token, not a user, and it did authenticate
 * (403 is right). Without such a login in the file, the missing id is still read as no identity.
 */
const usersOnly = `(req, res) => {
  if (!req.user.id) return res.status(403).json({ error: 'users only' });
}`;

createRuleTester().run('no-403-for-unauthenticated (after an API-token login)', rule, {
  valid: [
    // Middleware named for API keys on the route, or mounted on the router before it.
    `app.get('/keys', apiKeyAuth, ${usersOnly});`,
    `router.use(verifyApiKey());
    router.get('/keys', ${usersOnly});`,
    // A Passport strategy for API keys.
    `app.get('/keys', passport.authenticate('headerapikey', { session: false }), ${usersOnly});`,
    // The key read from the request's headers, or set on the request by the file's middleware.
    `app.use('/api/*', async (c, next) => { const key = c.req.header('x-api-key'); if (!key) return c.text('no key', 401); await next(); });
    app.get('/api/me', (c) => { const user = c.get('user'); if (!user.id) return c.text('users only', 403); });`,
    `app.use(async (req, res, next) => { req.apiKey = await keys.find(req.get('authorization')); next(); });
    app.get('/keys', ${usersOnly});`,
    `app.use(async (req, res, next) => { const key = req.headers['x-api-key']; req.user = await principalFor(key); next(); });
    app.get('/keys', ${usersOnly});`,
    // A Nest guard for API keys.
    `import { Controller, ForbiddenException, UseGuards } from '@nestjs/common';
    @Controller()
    @UseGuards(ApiKeyGuard)
    export class KeysController {
      rotate(req) {
        if (!req.user.id) throw new ForbiddenException('service accounts cannot rotate keys');
      }
    }`,
    // The issue's own example: the actor's user id, under a custom error class.
    `class ForbiddenError extends Error { status = 403; }
    app.post('/sso', async (ctx) => {
      const userId = actorUserId(ctx.actor);
      if (userId == null) throw new ForbiddenError('only members can manage SSO');
    });`,
  ],
  invalid: [
    {
      // No API-token login in the file: the missing id is a missing identity.
      code: `app.get('/keys', ${usersOnly});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 39,
        data: { reason: '!req.user.id' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.get('/keys', (req, res) => {
  if (!req.user.id) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'users only' });
});` },
          { messageId: 'suggestUse401', output: `app.get('/keys', (req, res) => {
  if (!req.user.id) return res.status(401).json({ error: 'users only' });
});` },
        ],
      }],
    },
    {
      // `?.` says the user may be missing, API key or not.
      code: `app.get('/keys', apiKeyAuth, (req, res) => {
  if (!req.user?.id) return res.status(403).end();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 40,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.get('/keys', apiKeyAuth, (req, res) => {
  if (!req.user?.id) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
});` },
          { messageId: 'suggestUse401', output: `app.get('/keys', apiKeyAuth, (req, res) => {
  if (!req.user?.id) return res.status(401).end();
});` },
        ],
      }],
    },
    {
      // The session exists for anonymous requests too: no user id in it is no login, API key or not.
      code: `app.get('/keys', apiKeyAuth, (req, res) => {
  if (!req.session.userId) return res.sendStatus(403);
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 50,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.get('/keys', apiKeyAuth, (req, res) => {
  if (!req.session.userId) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
});` },
          { messageId: 'suggestUse401', output: `app.get('/keys', apiKeyAuth, (req, res) => {
  if (!req.session.userId) return res.sendStatus(401);
});` },
        ],
      }],
    },
  ],
});
