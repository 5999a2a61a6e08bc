import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (koa)', rule, {
  valid: [
    `router.get('/me', async (ctx) => { if (!ctx.state.user) ctx.throw(401, 'login'); });`,
  ],
  invalid: [
    {
      // Koa: ctx.throw after the identity was checked.
      code: `router.post('/projects/:id/archive', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login');
  if (!ctx.state.user.roles.includes('maintainer')) ctx.throw(401, 'maintainers only');
  ctx.body = await archive(ctx.params.id);
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 63,
          suggestions: [
            { messageId: 'suggestUse403', output: `router.post('/projects/:id/archive', async (ctx) => {
  if (!ctx.state.user) ctx.throw(401, 'login');
  if (!ctx.state.user.roles.includes('maintainer')) ctx.throw(403, 'maintainers only');
  ctx.body = await archive(ctx.params.id);
});` },
          ],
        },
      ],
    },
  ],
});
