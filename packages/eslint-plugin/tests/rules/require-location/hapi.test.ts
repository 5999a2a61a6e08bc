import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (hapi)', rule, {
  valid: [
    `import Hapi from '@hapi/hapi';
server.route({ method: 'GET', path: '/a', handler: (request, h) => h.redirect('/b') });`,
    `import Hapi from '@hapi/hapi';
server.route({ method: 'GET', path: '/a', handler: (request, h) => h.redirect('/b').permanent() });`,
    `import Hapi from '@hapi/hapi';
server.route({ method: 'GET', path: '/a', handler: (request, h) => h.response().code(302).header('Location', '/b') });`,
  ],
  invalid: [
  ],
});
