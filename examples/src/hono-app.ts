// Hono: c.json with a status and headers.
import { Hono } from 'hono';

export const app = new Hono();

app.get('/whoami', (c) => {
  const payload = c.get('jwtPayload');
  // ✓ 401 with the challenge as c.json's third argument.
  if (!payload) return c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' });
  return c.json(payload);
});

app.get('/reports', (c) => {
  // ✗ 401 without WWW-Authenticate.
  if (!c.req.header('Authorization')) return c.json({ error: 'unauthorized' }, 401);
  return c.json([]);
});
