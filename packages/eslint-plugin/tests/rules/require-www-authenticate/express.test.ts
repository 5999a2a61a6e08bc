import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (express)', rule, {
  valid: [
    `app.use((req, res) => res.set('WWW-Authenticate', 'Bearer').status(401).end());`,
    `app.use((req, res) => res.status(401).set('www-authenticate', 'Bearer').json({}));`,
    `app.use((req, res) => { res.set('WWW-Authenticate', 'Basic realm="x"'); res.sendStatus(401); });`,
    `app.use((req, res) => { res.setHeader('WWW-Authenticate', 'Bearer'); return res.status(401).send(); });`,
    `app.use((req, res) => { res.header({ 'WWW-Authenticate': 'Bearer' }); res.status(401).end(); });`,
    `app.use((req, res, next) => { res.set('WWW-Authenticate', 'Bearer'); next(createError(401)); });`,
    `app.use((req, res, next) => next(createError(401, 'no token', { headers: { 'WWW-Authenticate': 'Bearer' } })));`,
    // The response is handed to code that may set the header.
    `app.use((req, res) => { addChallenge(res); res.status(401).end(); });`,
    // The header name is not static.
    `app.use((req, res) => { res.set(HEADER, value); res.status(401).end(); });`,
    // A 403 is not this rule's.
    `app.use((req, res) => res.status(403).end());`,
    // Test assertions and client code.
    `await request(app).get('/').expect(401);`,
    `if (response.status === 401) refresh();`,
    {
      code: `app.use((req, res, next) => next(createError(401)));`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
    // Errors built inside test assertions are expectations, not responses.
    `it('rejects', async () => { await expect(handler(req)).rejects.toThrow(createError(401)); });`,
    `expect(() => guard(req)).toThrow(createError(401, 'no token'));`,
    // Hono's c.header(name, undefined) deletes; a value read from the request is not a hand-off of the response.
    `app.use((req, res) => { verifyToken(res.locals.token); res.set('WWW-Authenticate', 'Bearer'); res.status(401).end(); });`,
  ],
  invalid: [
    {
      // Reading a value off the response (res.locals) is not handing the response to unknown code.
      code: `app.use((req, res) => { audit(res.locals.user); res.status(401).end(); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 60,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use((req, res) => { audit(res.locals.user); res.set('WWW-Authenticate', 'Bearer').status(401).end(); });`,
        }],
      }],
    },
    {
      code: `app.use((req, res) => res.status(401).json({ error: 'unauthorized' }));`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 34,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use((req, res) => res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'unauthorized' }));`,
        }],
      }],
    },
    {
      code: `app.use((req, res) => { res.set('Content-Type', 'text/plain'); res.sendStatus(401); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 79,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use((req, res) => { res.set('Content-Type', 'text/plain'); res.set('WWW-Authenticate', 'Bearer').sendStatus(401); });`,
        }],
      }],
    },
    {
      code: `app.use((req, res, next) => next(createError(401, 'token required')));`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 46,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use((req, res, next) => next(createError(401, 'token required', { headers: { 'WWW-Authenticate': 'Basic realm="api"' } })));`,
        }],
      }],
    },
    {
      code: `app.use((req, res) => res.status(401).end());`,
      options: [{ autofix: true }],
      output: `app.use((req, res) => res.set('WWW-Authenticate', 'Bearer').status(401).end());`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 34,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.use((req, res) => res.set('WWW-Authenticate', 'Bearer').status(401).end());`,
        }],
      }],
    },
  ],
});
