import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().get('/x', ({ bearer, set }) => { if (!bearer) { set.status = 401; return 'login'; } });`,
  ],
  invalid: [
    {
      // Elysia: set.status on a role test.
      code: `import { Elysia } from 'elysia';
new Elysia().derive(auth).delete('/users/:id', ({ user, set }) => {
  if (!user) { set.status = 401; return 'login'; }
  if (user.role !== 'admin') {
    set.status = 401;
    return 'admins only';
  }
  return remove();
});`,
      errors: [
        {
          messageId: 'forbidden', line: 5, column: 18,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { Elysia } from 'elysia';
new Elysia().derive(auth).delete('/users/:id', ({ user, set }) => {
  if (!user) { set.status = 401; return 'login'; }
  if (user.role !== 'admin') {
    set.status = 403;
    return 'admins only';
  }
  return remove();
});` },
          ],
        },
      ],
    },
  ],
});
