import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (hono)', rule, {
  valid: [
    `app.get('/me', async (c) => { const payload = c.get('jwtPayload'); if (!payload) return c.json({ error: 'login' }, 401); });`,
  ],
  invalid: [
    {
      // Hono: a permission on the JWT payload.
      code: `app.delete('/posts/:id', jwt({ secret }), async (c) => {
  const payload = c.get('jwtPayload');
  if (payload.role !== 'admin') return c.json({ error: 'admins only' }, 401);
  return c.json(await remove(c.req.param('id')));
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 73,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.delete('/posts/:id', jwt({ secret }), async (c) => {
  const payload = c.get('jwtPayload');
  if (payload.role !== 'admin') return c.json({ error: 'admins only' }, 403);
  return c.json(await remove(c.req.param('id')));
});` },
          ],
        },
      ],
    },
  ],
});
