import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (koa)', rule, {
  valid: [
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.set('Allow', 'GET'); ctx.status = 405; });`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.status = 405; ctx.set({ Allow: 'GET' }); });`,
    `import Router from '@koa/router';
const router = new Router();
app.use(router.allowedMethods());`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.throw(405); });`,
  ],
  invalid: [
    {
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/a', show);
router.all('/a', async (ctx) => {
  ctx.status = 405;
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 5, column: 16,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import Router from '@koa/router';
const router = new Router();
router.get('/a', show);
router.all('/a', async (ctx) => {
  ctx.set('Allow', 'GET, HEAD');
  ctx.status = 405;
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (ctx.method !== 'GET') {
    ctx.status = 405;
    return;
  }
  ctx.body = 'ok';
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 5, column: 18,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  if (ctx.method !== 'GET') {
    ctx.set('Allow', 'GET');
    ctx.status = 405;
    return;
  }
  ctx.body = 'ok';
});` },
          ],
        },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 405;
  ctx.body = { error: 'method not allowed' };
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 4, column: 16, suggestions: [] },
      ],
    },
  ],
});
