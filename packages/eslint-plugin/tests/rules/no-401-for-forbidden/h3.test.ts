import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (h3)', rule, {
  valid: [
    `export default defineEventHandler(async (event) => { const session = await getUserSession(event); if (!session.user) throw createError({ statusCode: 401, statusMessage: 'login' }); });`,
  ],
  invalid: [
    {
      // h3: a role test after the session was checked.
      code: `export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event);
  if (session.user.role !== 'admin') {
    throw createError({ statusCode: 401, statusMessage: 'admins only' });
  }
});`,
      errors: [
        {
          messageId: 'forbidden', line: 4, column: 37,
          suggestions: [
            { messageId: 'suggestUse403', output: `export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event);
  if (session.user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'admins only' });
  }
});` },
          ],
        },
      ],
    },
  ],
});
