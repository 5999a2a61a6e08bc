import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Strapi's `ctx.unauthorized(msg?)` sets a 401 and its body on the Koa context, with no header
 * (`@strapi/core` services/server/koa.js). Read in files that show Strapi only.
 */
createRuleTester().run('require-www-authenticate (Strapi ctx.unauthorized)', rule, {
  valid: [
    // The challenge set on the context first stays on the response.
    `const utils = require('@strapi/utils');
module.exports = { async me(ctx) { if (!ctx.state.user) { ctx.set('WWW-Authenticate', 'Bearer'); return ctx.unauthorized(); } ctx.body = ctx.state.user; } };`,
    // No sign of Strapi: a Koa app's own helper of that name may do anything.
    `module.exports = { async me(ctx) { if (!ctx.state.user) return ctx.unauthorized(); ctx.body = ctx.state.user; } };`,
    // A local `strapi` is not Strapi's global.
    `const strapi = makeApp();
module.exports = { async me(ctx) { if (!strapi.auth.ok(ctx)) return ctx.unauthorized(); } };`,
  ],
  invalid: [
    {
      code: `module.exports = {
  async token(ctx) {
    if (!ctx.state.user) {
      return ctx.unauthorized('Authentication required');
    }
    ctx.body = await strapi.service('token').issue(ctx.state.user);
  },
};`,
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 18,
        suggestions: [{ messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' }, output: `module.exports = {
  async token(ctx) {
    if (!ctx.state.user) {
      ctx.set('WWW-Authenticate', 'Bearer');
      return ctx.unauthorized('Authentication required');
    }
    ctx.body = await strapi.service('token').issue(ctx.state.user);
  },
};` }],
      }],
    },
    {
      code: `import { errors } from '@strapi/utils';
export default { async refresh(ctx) { if (!ctx.cookies.get('refresh')) return ctx.unauthorized('No refresh token'); } };`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 83,
        suggestions: [{ messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' }, output: `import { errors } from '@strapi/utils';
export default { async refresh(ctx) { if (!ctx.cookies.get('refresh')) { ctx.set('WWW-Authenticate', 'Bearer'); return ctx.unauthorized('No refresh token'); } } };` }],
      }],
    },
  ],
});
