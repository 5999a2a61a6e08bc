import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (hapi)', rule, {
  valid: [
    // A scheme (string or list) makes Boom set the header.
    `const handler = (request, h) => { throw Boom.unauthorized('Invalid token', 'Bearer'); };`,
    `const handler = (request, h) => { throw Boom.unauthorized(null, ['Bearer', 'Basic realm="api"']); };`,
    `const scheme = () => ({ authenticate: (request, h) => h.unauthenticated(Boom.unauthorized(null, 'Custom')) });`,
    `import { unauthorized } from '@hapi/boom';
    export const pre = () => { throw unauthorized('expired', 'Bearer', { realm: 'api' }); };`,
    // The scheme is not known without running the code.
    `const handler = (request, h) => { throw Boom.unauthorized('nope', scheme); };`,
    // The header set by hand on the error's output.
    `const handler = (request, h) => {
      const err = Boom.unauthorized('Invalid token');
      err.output.headers['WWW-Authenticate'] = 'Bearer error="invalid_token"';
      throw err;
    };`,
    // A response with the header, in either order, or on the response variable.
    `const handler = (request, h) => h.response({ error: 'login' }).code(401).header('WWW-Authenticate', 'Bearer');`,
    `const handler = (request, h) => h.response({ error: 'login' }).header('www-authenticate', 'Bearer').code(401);`,
    `const handler = (request, h) => {
      const response = h.response({ error: 'login' });
      response.code(401);
      response.header('WWW-Authenticate', 'Bearer');
      return response;
    };`,
    // 403 is not this rule's; test assertions are not responses.
    `const handler = (request, h) => { throw Boom.forbidden('Insufficient scope'); };`,
    `expect(res.statusCode).to.equal(401);`,
    `expect(res.result).to.equal({ statusCode: 401, error: 'Unauthorized' });`,
  ],
  invalid: [
    {
      code: `const validate = async (request, h) => {
  if (!request.headers.authorization) throw Boom.unauthorized('Missing token');
};`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 50,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `const validate = async (request, h) => {
  if (!request.headers.authorization) throw Boom.unauthorized('Missing token', 'Bearer');
};`,
        }],
      }],
    },
    {
      // No message: Boom takes null before the scheme.
      code: `const handler = (request, h) => { throw Boom.unauthorized(); };`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 46,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `const handler = (request, h) => { throw Boom.unauthorized(null, 'Basic', { realm: 'api' }); };`,
        }],
      }],
    },
    {
      code: `import { unauthorized } from '@hapi/boom';
export const pre = (request) => {
  if (!request.auth.credentials) throw unauthorized();
};`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 40,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { unauthorized } from '@hapi/boom';
export const pre = (request) => {
  if (!request.auth.credentials) throw unauthorized(null, 'Bearer');
};`,
        }],
      }],
    },
    {
      code: `const handler = (request, h) => {
  if (!request.auth.isAuthenticated) return h.response({ error: 'login' }).code(401);
  return request.auth.credentials;
};`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 81,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `const handler = (request, h) => {
  if (!request.auth.isAuthenticated) return h.response({ error: 'login' }).code(401).header('WWW-Authenticate', 'Bearer');
  return request.auth.credentials;
};`,
        }],
      }],
    },
    {
      code: `const handler = (request, h) => {
  const response = h.response({ error: 'login' });
  response.code(401);
  return response;
};`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 17,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `const handler = (request, h) => {
  const response = h.response({ error: 'login' });
  response.code(401).header('WWW-Authenticate', 'Bearer');
  return response;
};`,
        }],
      }],
    },
    {
      code: `const Boom = require('@hapi/boom');
const handler = () => { throw new Boom.Boom('Session expired', { statusCode: 401 }); };`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 78,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `const Boom = require('@hapi/boom');
const handler = () => { throw Boom.unauthorized('Session expired', 'Bearer'); };`,
        }],
      }],
    },
    {
      // boomify keeps the caller's error; the header goes on err.output.headers by hand.
      code: `const onError = (err) => { throw Boom.boomify(err, { statusCode: 401 }); };`,
      errors: [{ messageId: 'missingChallenge', line: 1, column: 66, suggestions: [] }],
    },
  ],
});
