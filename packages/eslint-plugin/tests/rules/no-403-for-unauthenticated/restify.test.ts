import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

const imports = `const restify = require('restify');
const errors = require('restify-errors');
`;

createRuleTester().run('no-403-for-unauthenticated (restify)', rule, {
  valid: [
    // Role check on a known user: restify's NotAuthorizedError (403) is right.
    `${imports}server.del('/users/:id', (req, res, next) => {
      if (req.user.role !== 'admin') return next(new errors.NotAuthorizedError('admins only'));
      next();
    });`,
    `${imports}server.get('/reports', (req, res, next) => {
      if (!req.user.permissions.includes('reports')) { res.send(403, { message: 'no access' }); return next(false); }
    });`,
    // Ownership.
    `${imports}server.put('/posts/:id', async (req, res, next) => {
      const post = await Post.findById(req.params.id);
      if (post.authorId !== req.user.id) return next(new errors.ForbiddenError());
    });`,
    // Unguarded.
    `${imports}server.get('/closed', (req, res, next) => next(new errors.ForbiddenError('closed')));`,
    // The 401 first, then the permission check.
    `${imports}server.use((req, res, next) => {
      if (!req.user) { res.header('WWW-Authenticate', 'Bearer'); return next(new errors.UnauthorizedError()); }
      if (!req.user.isAdmin) return next(new errors.NotAuthorizedError());
      next();
    });`,
    // Client code reading a status.
    `${imports}client.get('/me', (err, req, res) => { if (!token && res.statusCode === 403) retry(); });`,
    // A body field.
    `${imports}server.get('/me', (req, res, next) => { if (!req.user) res.send({ status: 403 }); });`,
  ],
  invalid: [
    {
      code: `${imports}server.use((req, res, next) => {
  if (!req.user) return next(new errors.ForbiddenError('login first'));
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 41,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const restify = require('restify');
const errors = require('restify-errors');
server.use((req, res, next) => {
  if (!req.user) { res.header('WWW-Authenticate', 'Bearer'); return next(new errors.UnauthorizedError('login first')); }
  next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `${imports}server.use((req, res, next) => {
  if (!req.user) return next(new errors.UnauthorizedError('login first'));
  next();
});`,
        }],
      }],
    },
    {
      // restify's NotAuthorizedError is a 403, despite the name.
      code: `${imports}server.use((req, res, next) => {
  if (!req.authorization || !req.authorization.basic) {
    return next(new errors.NotAuthorizedError('credentials required'));
  }
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 28,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const restify = require('restify');
const errors = require('restify-errors');
server.use((req, res, next) => {
  if (!req.authorization || !req.authorization.basic) {
    res.header('WWW-Authenticate', 'Bearer');
    return next(new errors.UnauthorizedError('credentials required'));
  }
  next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `${imports}server.use((req, res, next) => {
  if (!req.authorization || !req.authorization.basic) {
    return next(new errors.UnauthorizedError('credentials required'));
  }
  next();
});`,
        }],
      }],
    },
    {
      code: `${imports}server.get('/me', (req, res, next) => {
  if (!req.headers.authorization) {
    res.send(403, { message: 'token required' });
    return next(false);
  }
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 14,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const restify = require('restify');
const errors = require('restify-errors');
server.get('/me', (req, res, next) => {
  if (!req.headers.authorization) {
    res.send(401, { message: 'token required' }, { 'WWW-Authenticate': 'Bearer' });
    return next(false);
  }
  next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `${imports}server.get('/me', (req, res, next) => {
  if (!req.headers.authorization) {
    res.send(401, { message: 'token required' });
    return next(false);
  }
  next();
});`,
        }],
      }],
    },
    {
      code: `import { ForbiddenError } from 'restify-errors';
server.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.headers.authorization, secret);
  } catch (err) {
    return next(new ForbiddenError('invalid token'));
  }
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 21,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { ForbiddenError, UnauthorizedError } from 'restify-errors';
server.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.headers.authorization, secret);
  } catch (err) {
    res.header('WWW-Authenticate', 'Bearer');
    return next(new UnauthorizedError('invalid token'));
  }
  next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { ForbiddenError, UnauthorizedError } from 'restify-errors';
server.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.headers.authorization, secret);
  } catch (err) {
    return next(new UnauthorizedError('invalid token'));
  }
  next();
});`,
        }],
      }],
    },
    {
      code: `${imports}server.use((req, res, next) => {
  if (!req.session.userId) { res.status(403); return next(false); }
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 41,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const restify = require('restify');
const errors = require('restify-errors');
server.use((req, res, next) => {
  if (!req.session.userId) { res.set('WWW-Authenticate', 'Bearer').status(401); return next(false); }
  next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `${imports}server.use((req, res, next) => {
  if (!req.session.userId) { res.status(401); return next(false); }
  next();
});`,
        }],
      }],
    },
    {
      code: `${imports}server.use((req, res, next) => { if (!req.user) return next(errors.makeErrFromCode(403, 'login')); next(); });`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 84,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const restify = require('restify');
const errors = require('restify-errors');
server.use((req, res, next) => { if (!req.user) { res.header('WWW-Authenticate', 'Bearer'); return next(errors.makeErrFromCode(401, 'login')); } next(); });`,
        }, {
          messageId: 'suggestUse401',
          output: `${imports}server.use((req, res, next) => { if (!req.user) return next(errors.makeErrFromCode(401, 'login')); next(); });`,
        }],
      }],
    },
  ],
});
