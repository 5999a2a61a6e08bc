import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (hapi)', rule, {
  valid: [
    // Scope and role checks on authenticated credentials.
    `const handler = (request, h) => {
      if (!request.auth.credentials.scope.includes('admin')) throw Boom.forbidden('Insufficient scope');
    };`,
    `const handler = (request, h) => {
      if (request.auth.credentials.role !== 'editor') return h.response({ error: 'editors only' }).code(403);
    };`,
    // Ownership.
    `const handler = async (request, h) => {
      const doc = await Doc.findById(request.params.id);
      if (doc.ownerId !== request.auth.credentials.id) throw Boom.forbidden();
    };`,
    // An unguarded 403.
    `const handler = () => { throw Boom.forbidden('Closed for maintenance'); };`,
    // The identity case answered first with 401.
    `const handler = (request, h) => {
      if (!request.auth.isAuthenticated) throw Boom.unauthorized(null, 'Bearer');
      if (!request.auth.credentials.isAdmin) throw Boom.forbidden();
    };`,
    // A test that compares statuses.
    `it('refuses', async () => { const res = await server.inject('/'); expect(res.statusCode).to.equal(403); });`,
    // Account state.
    `const handler = (request) => { if (request.auth.credentials.suspended) throw Boom.forbidden('suspended'); };`,
    // Not a Boom call: a function of the app's own named forbidden (not imported from Boom).
    `const handler = (request) => { if (!request.auth.credentials) return forbidden(); };`,
  ],
  invalid: [
    {
      name: 'Boom.forbidden(msg) becomes Boom.unauthorized(msg, scheme)',
      code: `const handler = (request, h) => {
  if (!request.auth.isAuthenticated) throw Boom.forbidden('Please log in');
  return request.auth.credentials;
};`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 49,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const handler = (request, h) => {
  if (!request.auth.isAuthenticated) throw Boom.unauthorized('Please log in', 'Bearer');
  return request.auth.credentials;
};`,
        }, {
          messageId: 'suggestUse401',
          output: `const handler = (request, h) => {
  if (!request.auth.isAuthenticated) throw Boom.unauthorized('Please log in');
  return request.auth.credentials;
};`,
        }],
      }],
    },
    {
      code: `const handler = (request, h) => {
  if (!request.auth.credentials) return h.response({ error: 'login' }).code(403);
};`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 77,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const handler = (request, h) => {
  if (!request.auth.credentials) return h.response({ error: 'login' }).code(401).header('WWW-Authenticate', 'Bearer');
};`,
        }, {
          messageId: 'suggestUse401',
          output: `const handler = (request, h) => {
  if (!request.auth.credentials) return h.response({ error: 'login' }).code(401);
};`,
        }],
      }],
    },
    {
      // A named import: the rename brings unauthorized into the import.
      name: 'forbidden(msg) imported from Boom becomes unauthorized(msg, scheme), imported beside it',
      code: `import { forbidden } from '@hapi/boom';
export const authenticate = (request, h) => {
  const authorization = request.headers.authorization;
  if (!authorization) throw forbidden('Missing authentication');
};`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 29,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { forbidden, unauthorized } from '@hapi/boom';
export const authenticate = (request, h) => {
  const authorization = request.headers.authorization;
  if (!authorization) throw unauthorized('Missing authentication', 'Bearer');
};`,
        }, {
          messageId: 'suggestUse401',
          output: `import { forbidden, unauthorized } from '@hapi/boom';
export const authenticate = (request, h) => {
  const authorization = request.headers.authorization;
  if (!authorization) throw unauthorized('Missing authentication');
};`,
        }],
      }],
    },
    {
      name: 'no suggestion: the second argument of Boom.forbidden(msg, data) would become Boom.unauthorized\'s scheme',
      code: `const handler = (request, h) => {
  if (!request.auth.isAuthenticated) throw Boom.forbidden('Please log in', { path: request.path });
};`,
      errors: [{ messageId: 'unauthenticated', line: 2, column: 49, suggestions: [] }],
    },
    {
      name: 'no combined suggestion: Boom.boomify(err, { statusCode }) has no place for the header',
      code: `const validate = async (decoded, request, h) => {
  try {
    await jwt.verify(request.state.token, secret);
  } catch (err) {
    throw Boom.boomify(err, { statusCode: 403 });
  }
};`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 43,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `const validate = async (decoded, request, h) => {
  try {
    await jwt.verify(request.state.token, secret);
  } catch (err) {
    throw Boom.boomify(err, { statusCode: 401 });
  }
};`,
        }],
      }],
    },
    {
      code: `const handler = (request, h) => {
  if (!request.auth.credentials || !request.auth.credentials.isAdmin) {
    throw Boom.forbidden();
  }
};`,
      errors: [{
        messageId: 'mixedGuard', line: 3, column: 16,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `const handler = (request, h) => {
  if (!request.auth.credentials) {
    throw Boom.unauthorized();
  }
  if (!request.auth.credentials.isAdmin) {
    throw Boom.forbidden();
  }
};`,
        }],
      }],
    },
  ],
});
