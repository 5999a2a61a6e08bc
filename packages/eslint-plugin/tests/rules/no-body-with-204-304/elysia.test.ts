import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (elysia)', rule, {
  valid: [
    `import { Elysia } from 'elysia';
new Elysia().delete('/a', ({ set }) => { set.status = 204; });`,
    `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  set.status = 204;
  return;
});`,
    `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  set.status = 204;
  set.status = 200;
  return { deleted: true };
});`,
    `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  if (gone) {
    set.status = 204;
    return;
  }
  return 'still here';
});`,
  ],
  invalid: [
    {
      code: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  set.status = 204;
  return { deleted: true };
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 16,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  set.status = 204;
  return;
});` },
            { messageId: 'suggestUse200', output: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  set.status = 200;
  return { deleted: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import { Elysia } from 'elysia';
new Elysia().delete('/a', ({ set }) => { set.status = 204; return { ok: true }; });`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 55,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Elysia } from 'elysia';
new Elysia().delete('/a', ({ set }) => { set.status = 204; return; });` },
            { messageId: 'suggestUse200', output: `import { Elysia } from 'elysia';
new Elysia().delete('/a', ({ set }) => { set.status = 200; return { ok: true }; });` },
          ],
        },
      ],
    },
  ],
});
