import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (hapi)', rule, {
  valid: [
    `import Hapi from '@hapi/hapi';
server.route({ method: '*', path: '/a', handler: (request, h) => h.response().code(405).header('Allow', 'GET') });`,
    `import Boom from '@hapi/boom';
server.route({ method: '*', path: '/a', handler: () => { throw Boom.methodNotAllowed('no', null, ['GET']); } });`,
  ],
  invalid: [
  ],
});
