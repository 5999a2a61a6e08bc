import { fileURLToPath } from 'node:url';
import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * The application's own helpers that throw an error with the status they are given (issue 9):
 * `fail(401, 'login')`. Each call is a site, judged as the error the helper throws: the headers of
 * its class (read by the project model), and the central error handler in view. A helper declared in
 * the file or imported from the project (tests/fixtures/own-errors/src/fail.js).
 */
const routes = fileURLToPath(new URL('../../fixtures/own-errors/src/routes.js', import.meta.url));

const apiError = 'class ApiError extends Error { constructor(status, message) { super(message); this.status = status; } }\n';
const failHelper = `${apiError}function fail(status, message) { throw new ApiError(status, message); }\n`;
const handler = 'app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));';

createRuleTester().run('require-www-authenticate (the application\'s own helpers that throw the status they are given)', rule, {
  valid: [
    // The error the helper throws carries the challenge.
    { code: `import { challengeFail } from './fail';\napp.get('/', (req, res) => { if (!req.user) challengeFail(401); res.json(req.user); });`, filename: routes },
    // The class the helper throws is not seen: it may carry the header.
    `function fail(status, message) { throw new HttpError(status, message); }
app.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });`,
    // The status is transformed on its way to the error.
    `${apiError}function fail(status, message) { throw new ApiError(Number(status), message); }
app.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });`,
    // The helper throws only on some paths: not every call is an error.
    `${apiError}function failIf(condition, status) { if (condition) throw new ApiError(status, 'no'); }
app.get('/', (req, res) => { failIf(!req.user, 401); res.json(req.user); });`,
    // The central error handler in view adds the challenge to 401 errors.
    `${failHelper}app.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });
app.use((err, req, res, next) => { if (err.status === 401) res.set('WWW-Authenticate', 'Bearer'); res.status(err.status).json({ error: err.message }); });`,
    // Not resolvable: nothing is known.
    { code: `import { fail } from './missing';\napp.get('/', (req, res) => { if (!req.user) fail(401, 'login'); });`, filename: routes },
  ],
  invalid: [
    {
      code: `${failHelper}app.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });`,
      errors: [{ messageId: 'missingChallenge', line: 3, column: 50, suggestions: [] }],
    },
    {
      // An options parameter.
      code: `${apiError}function fail({ status, message }) { throw new ApiError(status, message); }
app.get('/', (req, res) => { if (!req.user) return fail({ status: 401, message: 'login' }); res.json(req.user); });`,
      errors: [{ messageId: 'missingChallenge', line: 3, column: 67, suggestions: [] }],
    },
    {
      // Imported: the helper throws the project's ApiError, which carries no header.
      code: `import { fail } from './fail';\napp.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });`,
      filename: routes,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 50, suggestions: [] }],
    },
    {
      // Imported: the helper throws an http-errors error without headers.
      code: `const { httpFail } = require('./fail');\napp.get('/', (req, res) => { if (!req.user) return httpFail(401, 'login'); res.json(req.user); });`,
      filename: routes,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 61, suggestions: [] }],
    },
    {
      // The central error handler in view sends no challenge: the message names it, and the suggestion adds it there.
      code: `${failHelper}app.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });\n${handler}`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 3, column: 50,
        data: { challenge: 'Bearer', handler: 'app.use(...)', line: '4' },
        suggestions: [{
          messageId: 'suggestAddChallengeInHandler',
          output: `${failHelper}app.get('/', (req, res) => { if (!req.user) fail(401, 'login'); res.json(req.user); });
app.use((err, req, res, next) => { if (err.status === 401) res.set('WWW-Authenticate', 'Bearer'); return res.status(err.status ?? 500).json({ error: err.message }); });`,
        }],
      }],
    },
  ],
});
