import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (hapi)', rule, {
  valid: [
    `import Hapi from '@hapi/hapi';
server.route({ method: 'DELETE', path: '/a', handler: (request, h) => h.response().code(204) });`,
    `import Hapi from '@hapi/hapi';
server.route({ method: 'GET', path: '/a', handler: (request, h) => h.response({ ok: true }).code(200) });`,
  ],
  invalid: [
  ],
});
