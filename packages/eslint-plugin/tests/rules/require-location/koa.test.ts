import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (koa)', rule, {
  valid: [
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.redirect('/b'); });`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.status = 301; ctx.redirect('/b'); });`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.status = 302; ctx.set('Location', '/b'); });`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.set({ Location: '/b' }); ctx.status = 303; });`,
    `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.status = 307; ctx.response.redirect('/b'); });`,
  ],
  invalid: [
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.status = 301;
});`,
      errors: [
        { messageId: 'missingLocation', line: 4, column: 16, suggestions: [] },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const redirectUrl = '/new';
  ctx.status = 302;
  ctx.body = 'moved';
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 16,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const redirectUrl = '/new';
  ctx.set('Location', redirectUrl);
  ctx.status = 302;
  ctx.body = 'moved';
});` },
          ],
        },
      ],
    },
    {
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/a', async (ctx) => {
  ctx.response.status = 303;
});`,
      errors: [
        { messageId: 'missingLocation', line: 4, column: 25, suggestions: [] },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  ctx.set('Cache-Control', 'no-store');
  ctx.status = 307;
});`,
      errors: [
        { messageId: 'missingLocation', line: 5, column: 16, suggestions: [] },
      ],
    },
    {
      code: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const url = '/new';
  if (ctx.path === '/old') {
    ctx.status = 301;
    return;
  }
  await next();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 6, column: 18,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const url = '/new';
  if (ctx.path === '/old') {
    ctx.status = 301;
    ctx.redirect(url);
    return;
  }
  await next();
});` },
            { messageId: 'suggestAddLocation', output: `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => {
  const url = '/new';
  if (ctx.path === '/old') {
    ctx.set('Location', url);
    ctx.status = 301;
    return;
  }
  await next();
});` },
          ],
        },
      ],
    },
    {
      code: `import Router from '@koa/router';
const router = new Router();
router.get('/a', async (ctx) => {
  const returnTo = ctx.query.returnTo;
  ctx.response.status = 303;
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 25,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `import Router from '@koa/router';
const router = new Router();
router.get('/a', async (ctx) => {
  const returnTo = ctx.query.returnTo;
  ctx.response.status = 303;
  ctx.redirect(returnTo);
});` },
            { messageId: 'suggestAddLocation', output: `import Router from '@koa/router';
const router = new Router();
router.get('/a', async (ctx) => {
  const returnTo = ctx.query.returnTo;
  ctx.response.set('Location', returnTo);
  ctx.response.status = 303;
});` },
          ],
        },
      ],
    },
  ],
});
