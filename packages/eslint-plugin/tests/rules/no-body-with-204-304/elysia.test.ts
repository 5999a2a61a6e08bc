import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().delete('/a', ({ set }) => { set.status = 204; });`,
    `import { Elysia } from 'elysia';
// Not read yet: a value returned after set.status.
new Elysia().delete('/a', ({ set }) => { set.status = 204; return { ok: true }; });`,
  ],
  invalid: [
  ],
});
