import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * `res.status(401); return next({ message })`: the body goes on to the app's own response middleware,
 * which this file does not show and which writes the response (its headers are not known here). An
 * error handed on, a sent response, or nothing handed on stays reported.
 */
const withChallenge = (code: string) => code.replace('res.status(401)', "res.set('WWW-Authenticate', 'Bearer').status(401)");

const reported = (code: string, line: number, column: number) => ({
  code,
  errors: [{
    messageId: 'missingChallenge', line, column,
    suggestions: [{ messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' }, output: withChallenge(code) }],
  }],
});

createRuleTester().run('require-www-authenticate (a body handed on to the next middleware)', rule, {
  valid: [
    `router.get('/whoami', function (req, res, next) {
  if (!req.account) {
    res.status(401);
    return next({ error: 'log in first' });
  }
  return next({ username: req.account.name });
});`,
    `app.use((req, res, next) => { if (!req.account) { res.status(401); next({ message: 'log in first' }); return; } next(); });`,
  ],
  invalid: [
    // An error handed on reaches an error handler, as a thrown one does.
    reported(`app.use((req, res, next) => {
  if (!req.account) {
    res.status(401);
    return next(new Error('log in first'));
  }
  next();
});`, 3, 16),
    // Nothing handed on: the next route answers, and this file says nothing of a challenge.
    reported(`app.use((req, res, next) => { if (!req.account) { res.status(401); return next(); } next(); });`, 1, 62),
    // Sent already: the body handed on comes too late.
    {
      code: `app.use((req, res, next) => { if (!req.account) { res.status(401).json({}); return next({ message: 'x' }); } next(); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 62,
        suggestions: [{ messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' }, output: `app.use((req, res, next) => { if (!req.account) { res.set('WWW-Authenticate', 'Bearer').status(401).json({}); return next({ message: 'x' }); } next(); });` }],
      }],
    },
    // Not the middleware's own continuation: a callback from outside the handler.
    reported(`const done = (body) => send(body);
app.use((req, res) => { if (!req.account) { res.status(401); return done({ message: 'x' }); } });`, 2, 56),
  ],
});
