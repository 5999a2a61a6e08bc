import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, missed true cases: names of the auth state outside the first vocabulary (flags set by
 * the authentication step, credentials read from cookies, lookups keyed by the token, verifiers
 * named after an API key).
 */
createRuleTester().run('no-403-for-unauthenticated (auth-state names)', rule, {
  valid: [
    // A failed step that is no authentication.
    `app.use((req, res, next) => { if (req.uploadFailed) return res.status(403).end(); next(); });`,
    // A cookie that is no credential.
    `app.use((req, res, next) => { const theme = req.cookies.theme; if (!theme) return res.status(403).end(); next(); });`,
    // A lookup keyed by the body: a missing record.
    `app.post('/x', async (req, res) => { const userId = await getUserIdForEmail(req.body.email); if (!userId) return res.status(403).end(); });`,
    // A catch around a verifier of a one-purpose token.
    `app.post('/reset', async (req, res) => { try { await validateResetToken(req.body.token); } catch (e) { res.status(403).end(); } });`,
  ],
  invalid: [
    {
      // A flag set by the authentication middleware.
      code: `app.use((req, res, next) => {
  if (req.authFailed) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 41,
        data: { reason: 'req.authFailed' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.authFailed) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.authFailed) return res.status(401).end();
  next();
});` },
        ],
      }],
    },
    {
      code: `app.use((req, res, next) => {
  if (req.noTokenProvided) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 46,
        data: { reason: 'req.noTokenProvided' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.noTokenProvided) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.noTokenProvided) return res.status(401).end();
  next();
});` },
        ],
      }],
    },
    {
      // The session read from its cookie.
      code: `app.use((req, res, next) => {
  const existingSession = req.cookies.sid;
  if (!existingSession) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 43,
        data: { reason: '!existingSession' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  const existingSession = req.cookies.sid;
  if (!existingSession) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  const existingSession = req.cookies.sid;
  if (!existingSession) return res.status(401).end();
  next();
});` },
        ],
      }],
    },
    {
      // A refresh-token cookie, under a name that says nothing.
      code: `app.use((req, res, next) => {
  const refresh = req.cookies.refreshToken;
  if (!refresh) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 35,
        data: { reason: '!refresh' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  const refresh = req.cookies.refreshToken;
  if (!refresh) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  const refresh = req.cookies.refreshToken;
  if (!refresh) return res.status(401).end();
  next();
});` },
        ],
      }],
    },
    {
      // A lookup keyed by the token finds no one.
      code: `app.use(async (req, res, next) => {
  const userId = await getUserIdForToken(t);
  if (!userId) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 34,
        data: { reason: '!userId' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use(async (req, res, next) => {
  const userId = await getUserIdForToken(t);
  if (!userId) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use(async (req, res, next) => {
  const userId = await getUserIdForToken(t);
  if (!userId) return res.status(401).end();
  next();
});` },
        ],
      }],
    },
    {
      // A catch around an API-key verifier.
      code: `app.use(async (req, res, next) => {
  try { await validateApiKey(req.get('x-api-key')); next(); }
  catch (e) { res.status(403).end(); }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 26,
        data: { reason: 'token verification failed' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use(async (req, res, next) => {
  try { await validateApiKey(req.get('x-api-key')); next(); }
  catch (e) { res.set('WWW-Authenticate', 'Bearer').status(401).end(); }
});` },
          { messageId: 'suggestUse401', output: `app.use(async (req, res, next) => {
  try { await validateApiKey(req.get('x-api-key')); next(); }
  catch (e) { res.status(401).end(); }
});` },
        ],
      }],
    },
    {
      // A catch around a JWT decoder.
      code: `app.use(async (req, res, next) => {
  try { req.user = decodeJwt(req.headers.authorization); } catch (e) { return res.status(403).end(); }
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 90,
        data: { reason: 'token verification failed' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use(async (req, res, next) => {
  try { req.user = decodeJwt(req.headers.authorization); } catch (e) { return res.set('WWW-Authenticate', 'Bearer').status(401).end(); }
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use(async (req, res, next) => {
  try { req.user = decodeJwt(req.headers.authorization); } catch (e) { return res.status(401).end(); }
  next();
});` },
        ],
      }],
    },
  ],
});
