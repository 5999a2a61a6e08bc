import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().get('/a', ({ redirect }) => redirect('/b'));`,
    `import { Elysia } from 'elysia';
new Elysia().get('/a', ({ redirect }) => redirect('/b', 301));`,
  ],
  invalid: [
  ],
});
