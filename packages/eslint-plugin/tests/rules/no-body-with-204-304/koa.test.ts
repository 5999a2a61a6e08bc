import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (koa)', rule, {
  valid: [
    `router.delete('/a', async (ctx) => { ctx.status = 204; });`,
    `router.delete('/a', async (ctx) => { ctx.status = 204; ctx.body = null; });`,
    `router.delete('/a', async (ctx) => { ctx.body = result; ctx.status = 204; });`,
    `router.get('/a', async (ctx) => { ctx.status = 304; if (stale) { ctx.status = 200; ctx.body = { fresh: true }; } });`,
    `router.get('/a', async (ctx) => { ctx.status = 204; ctx.status = 200; ctx.body = { ok: true }; });`,
    `router.get('/a', async (ctx) => { ctx.body = { ok: true }; ctx.body = null; ctx.status = 204; });`,
    `router.get('/a', async (ctx) => { other.body = { ok: true }; ctx.status = 204; });`,
  ],
  invalid: [
    {
      code: `router.delete('/items/:id', async (ctx) => {
  await remove(ctx.params.id);
  ctx.status = 204;
  ctx.body = { deleted: true };
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 16,
          suggestions: [
            { messageId: 'suggestDropContent', output: `router.delete('/items/:id', async (ctx) => {
  await remove(ctx.params.id);
  ctx.status = 204;
});` },
            { messageId: 'suggestUse200', output: `router.delete('/items/:id', async (ctx) => {
  await remove(ctx.params.id);
  ctx.status = 200;
  ctx.body = { deleted: true };
});` },
          ],
        },
      ],
    },
    {
      code: `router.get('/items/:id', async (ctx) => {
  ctx.body = 'cached';
  ctx.status = 304;
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 16,
          suggestions: [
            { messageId: 'suggestDropContent', output: `router.get('/items/:id', async (ctx) => {
  ctx.status = 304;
});` },
            { messageId: 'suggestUse200', output: `router.get('/items/:id', async (ctx) => {
  ctx.body = 'cached';
  ctx.status = 200;
});` },
          ],
        },
      ],
    },
    {
      code: `router.put('/items/:id', async (ctx) => {
  ctx.response.status = 204;
  ctx.set('X-Done', '1');
  ctx.response.body = { ok: true };
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 25,
          suggestions: [
            { messageId: 'suggestDropContent', output: `router.put('/items/:id', async (ctx) => {
  ctx.response.status = 204;
  ctx.set('X-Done', '1');
});` },
            { messageId: 'suggestUse200', output: `router.put('/items/:id', async (ctx) => {
  ctx.response.status = 200;
  ctx.set('X-Done', '1');
  ctx.response.body = { ok: true };
});` },
          ],
        },
      ],
    },
  ],
});
