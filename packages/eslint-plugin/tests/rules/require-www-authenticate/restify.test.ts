import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

const imports = `const restify = require('restify');
const errors = require('restify-errors');
`;

createRuleTester().run('require-www-authenticate (restify)', rule, {
  valid: [
    // The headers argument of send/json (third, after a body).
    `${imports}server.get('/me', (req, res, next) => { res.send(401, { message: 'login' }, { 'WWW-Authenticate': 'Bearer' }); });`,
    `${imports}server.get('/me', (req, res, next) => { res.json(401, { message: 'login' }, { 'www-authenticate': 'Basic realm="api"' }); });`,
    // set() returns res and chains; header() and setHeader() in an earlier statement.
    `${imports}server.get('/me', (req, res, next) => { res.set('WWW-Authenticate', 'Bearer').send(401); });`,
    `${imports}server.get('/me', (req, res, next) => { res.header('WWW-Authenticate', 'Bearer'); res.status(401); res.send({ message: 'login' }); });`,
    // restify sends an error with the headers already on res.
    `${imports}server.use((req, res, next) => {
      res.header('WWW-Authenticate', 'Basic realm="api"');
      return next(new errors.UnauthorizedError('login'));
    });`,
    `${imports}server.use((req, res, next) => { res.setHeader('WWW-Authenticate', 'Bearer'); next(errors.makeErrFromCode(401)); });`,
    // A body that is not a status; a status that is a string (restify reads numbers only).
    `${imports}server.get('/me', (req, res, next) => { res.send({ code: 401, message: 'login' }); });`,
    `${imports}server.get('/me', (req, res, next) => { res.send('401'); });`,
    // A client that reads the status.
    `${imports}client.get('/me', (err, req, res) => { if (res.statusCode === 401) login(); });`,
    // 403s are not this rule's.
    `${imports}server.use((req, res, next) => next(new errors.NotAuthorizedError()));`,
    {
      code: `${imports}server.use((req, res, next) => next(new errors.UnauthorizedError()));`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `${imports}server.use((req, res, next) => {
  if (!req.headers.authorization) {
    return next(new errors.UnauthorizedError('missing token'));
  }
  return next();
});`,
      errors: [{
        messageId: 'missingChallenge', line: 5, column: 28,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `${imports}server.use((req, res, next) => {
  if (!req.headers.authorization) {
    res.header('WWW-Authenticate', 'Bearer');
    return next(new errors.UnauthorizedError('missing token'));
  }
  return next();
});`,
        }],
      }],
    },
    {
      code: `${imports}server.use((req, res, next) => {
  if (!req.authorization.basic) return next(new errors.InvalidCredentialsError());
  next();
});`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 56,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `${imports}server.use((req, res, next) => {
  if (!req.authorization.basic) { res.header('WWW-Authenticate', 'Basic realm="api"'); return next(new errors.InvalidCredentialsError()); }
  next();
});`,
        }],
      }],
    },
    {
      code: `${imports}server.get('/me', (req, res, next) => {
  if (!req.user) {
    res.send(401, { message: 'login first' });
    return next(false);
  }
});`,
      errors: [{
        messageId: 'missingChallenge', line: 5, column: 14,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `${imports}server.get('/me', (req, res, next) => {
  if (!req.user) {
    res.send(401, { message: 'login first' }, { 'WWW-Authenticate': 'Bearer' });
    return next(false);
  }
});`,
        }],
      }],
    },
    {
      code: `${imports}server.get('/me', (req, res, next) => { res.json(401, { message: 'login' }, { 'Cache-Control': 'no-store' }); });`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 50,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `${imports}server.get('/me', (req, res, next) => { res.json(401, { message: 'login' }, { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' }); });`,
        }],
      }],
    },
    {
      // res.status() returns the number; the header goes on res through set(), which chains.
      code: `${imports}server.get('/me', (req, res, next) => { res.status(401); res.send({ message: 'login' }); });`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 52,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `${imports}server.get('/me', (req, res, next) => { res.set('WWW-Authenticate', 'Bearer').status(401); res.send({ message: 'login' }); });`,
        }],
      }],
    },
    {
      code: `${imports}server.get('/me', (req, res, next) => { res.send(401); });`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 50,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `${imports}server.get('/me', (req, res, next) => { res.set('WWW-Authenticate', 'Bearer').send(401); });`,
        }],
      }],
    },
    {
      // An arrow that only calls next() has no statement to put the header in.
      code: `import { UnauthorizedError } from 'restify-errors';
server.use((req, res, next) => next(new UnauthorizedError()));`,
      errors: [{ messageId: 'errorWithoutHeaders', line: 2, column: 41, suggestions: [] }],
    },
  ],
});
