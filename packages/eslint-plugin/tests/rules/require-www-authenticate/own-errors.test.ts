import { fileURLToPath } from 'node:url';
import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/** A file of a small project on disk (tests/fixtures/own-errors): its own errors.js, and @acme/errors under node_modules. */
const routes = fileURLToPath(new URL('../../fixtures/own-errors/src/routes.js', import.meta.url));

createRuleTester().run('require-www-authenticate (the application\'s own error classes)', rule, {
  valid: [
    // The class carries the challenge.
    `class AuthError extends Error { status = 401; headers = { 'WWW-Authenticate': 'Bearer' }; }
app.get('/', (req, res) => { throw new AuthError(); });`,
    // The class has headers the rule cannot read, or extends a base it cannot see.
    `class ApiError extends Error { constructor(status, headers) { super(); this.status = status; this.headers = headers; } }
app.get('/', (req, res) => { throw new ApiError(401); });`,
    `class UnauthorizedError extends HttpError { constructor() { super(401); } }
app.get('/', (req, res) => { throw new UnauthorizedError(); });`,
    // A dependency's class that carries the challenge.
    { code: `const { ChallengingError } = require('@acme/errors');\napp.get('/', () => { throw new ChallengingError(); });`, filename: routes },
    // Unresolvable imports contribute nothing.
    { code: `import { MissingError } from './missing.js';\napp.get('/', () => { throw new MissingError(401); });`, filename: routes },
    // The central error handler adds the challenge.
    {
      code: `class AuthError extends Error { constructor() { super('no'); this.status = 401; } }`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    // A status in a class field (errors.js: `status = 401`) is reported at each use: the class field itself is not visited.
    // (A file whose text names no 401 at all, `throw new AuthError()`, is skipped before any analysis: see the rule doc.)
    {
      code: `import { UnauthorizedError } from './errors.js';\napp.get('/', (req) => { if (!req.user) throw new UnauthorizedError(); });`,
      filename: routes,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 50, suggestions: [] }],
    },
    {
      code: `class AuthError extends Error { constructor(msg = 'Unauthorized') { super(msg); this.status = 401; } }
app.get('/', (req, res) => { if (!req.user) throw new AuthError(); });
app.get('/b', (req, res) => { if (!req.user) throw new AuthError('no'); });`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 95, suggestions: [] }],
    },
    {
      code: `class ApiError extends Error { constructor(status, msg) { super(msg); this.status = status; } }
app.get('/', (req, res) => { throw new ApiError(401, 'login first'); });`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 49, suggestions: [] }],
    },
    {
      code: `const createError = (code, message, status = 500) => class extends Error { status = status; };
export const InvalidCredentialsError = createError('INVALID_CREDENTIALS', 'Invalid user credentials.', 401);`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 104, suggestions: [] }],
    },
    {
      code: `const { InvalidCredentialsError } = require('@acme/errors');
app.get('/', (req) => { if (!req.user) throw new InvalidCredentialsError(); });`,
      filename: routes,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 50, suggestions: [] }],
    },
  ],
});
