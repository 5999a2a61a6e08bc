import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().all('/a', ({ set }) => { set.headers['allow'] = 'GET'; set.status = 405; return 'no'; });`,
    `import { Elysia } from 'elysia';
new Elysia().get('/a', () => 'ok');`,
  ],
  invalid: [
  ],
});
