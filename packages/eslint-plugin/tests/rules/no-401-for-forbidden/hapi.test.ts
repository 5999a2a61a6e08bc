import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (hapi)', rule, {
  valid: [
    `server.route({ method: 'GET', path: '/x', handler: (request, h) => { if (!request.auth.isAuthenticated) throw Boom.unauthorized(); } });`,
  ],
  invalid: [
    {
      // Boom: unauthorized becomes forbidden.
      code: `import Boom from '@hapi/boom';
server.route({ method: 'POST', path: '/admin', handler: (request, h) => {
  const { credentials } = request.auth;
  if (!credentials.scope.includes('admin')) throw Boom.unauthorized('admins only');
  return h.response('ok');
} });`,
      errors: [
        {
          messageId: 'forbidden', line: 4, column: 56,
          suggestions: [
            { messageId: 'suggestUse403', output: `import Boom from '@hapi/boom';
server.route({ method: 'POST', path: '/admin', handler: (request, h) => {
  const { credentials } = request.auth;
  if (!credentials.scope.includes('admin')) throw Boom.forbidden('admins only');
  return h.response('ok');
} });` },
          ],
        },
      ],
    },
  ],
});
