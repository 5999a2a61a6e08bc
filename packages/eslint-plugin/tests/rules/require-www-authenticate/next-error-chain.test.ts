import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * A 401 handed to Express/Connect's error chain (issue 9): `next({ status: 401 })`, `next(createError(401))`,
 * `next(new AuthError())`. A plain object is judged by the central error handler in view, and is not
 * reported without one (where it ends up is not known); an http-errors error or an error class the
 * rule has read carries its own headers, as when thrown.
 */
const handler = 'app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));';
const challengingHandler = `app.use((err, req, res, next) => { if (err.status === 401) res.set('WWW-Authenticate', 'Bearer'); res.status(err.status ?? 500).json({ error: err.message }); });`;
const withChallenge = (code: string) => code.replace(handler,
  `app.use((err, req, res, next) => { if (err.status === 401) res.set('WWW-Authenticate', 'Bearer'); return res.status(err.status ?? 500).json({ error: err.message }); });`);

createRuleTester().run('require-www-authenticate (a 401 handed to the error chain)', rule, {
  valid: [
    // No central error handler in view: a plain object is not judged.
    `app.get('/', (req, res, next) => { if (!req.user) return next({ status: 401, message: 'login' }); res.json(req.user); });`,
    // The handler in view adds the challenge to 401 errors.
    `app.get('/', (req, res, next) => { if (!req.user) return next({ status: 401 }); res.json(req.user); });\n${challengingHandler}`,
    // The object carries the challenge itself.
    `app.get('/', (req, res, next) => { if (!req.user) return next({ status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }); res.end(); });\n${handler}`,
    // Not a middleware's next: tRPC's `next({ ctx })`, a `next` that is no parameter.
    `t.middleware(({ ctx, next }) => { if (!ctx.user) return next({ status: 401 }); return next(); });\n${handler}`,
    `const next = (o) => o; app.get('/', (req, res) => { if (!req.user) return res.json(next({ status: 401 })); });\n${handler}`,
    // Error middleware passing an error on: which of the file's handlers it reaches is not plain (it may be this one).
    `app.use((err, req, res, next) => { if (err.name === 'UnauthorizedError') return next({ status: 401 }); next(err); });\n${handler}`,
    // An error class the rule cannot read may carry the header.
    `app.get('/', (req, res, next) => { if (!req.user) return next(new HttpError(401)); res.end(); });`,
  ],
  invalid: [
    {
      code: `app.get('/', (req, res, next) => { if (!req.user) return next({ status: 401, message: 'login' }); res.json(req.user); });\n${handler}`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 1, column: 73,
        data: { challenge: 'Bearer', handler: 'app.use(...)', line: '2' },
        suggestions: [{
          messageId: 'suggestAddChallengeInHandler',
          output: withChallenge(`app.get('/', (req, res, next) => { if (!req.user) return next({ status: 401, message: 'login' }); res.json(req.user); });\n${handler}`),
        }],
      }],
    },
    {
      // `next` of the middleware around a callback; `statusCode` as Express reads it too.
      code: `app.get('/', (req, res, next) => { verify(req, (err) => { if (err) return next({ statusCode: 401 }); next(); }); });\n${handler}`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 1, column: 94,
        suggestions: [{ messageId: 'suggestAddChallengeInHandler', output: withChallenge(`app.get('/', (req, res, next) => { verify(req, (err) => { if (err) return next({ statusCode: 401 }); next(); }); });\n${handler}`) }],
      }],
    },
    {
      // An http-errors error: judged as when thrown, with or without a handler in view.
      code: `app.get('/', (req, res, next) => { if (!req.user) return next(createError(401)); res.end(); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 75,
        suggestions: [{ messageId: 'suggestAddChallenge', output: `app.get('/', (req, res, next) => { if (!req.user) return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } })); res.end(); });` }],
      }],
    },
    {
      // An error class of the file that binds 401: reported where it binds it.
      code: `class AuthError extends Error { constructor() { super('login'); this.status = 401; } }
app.get('/', (req, res, next) => { if (!req.user) return next(new AuthError()); res.end(); });`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 79, suggestions: [] }],
    },
  ],
});
