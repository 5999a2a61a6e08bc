// Express: token middleware, sessions, admin routes.
import express, { type NextFunction, type Request, type Response } from 'express';
import jwt from 'jsonwebtoken';

type AuthedRequest = Request & { user?: { id: string; role: 'admin' | 'member' } };

export const app = express();

// ✗ 403 for a token that failed verification: should be 401.
export function authenticate(req: AuthedRequest, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) {
    return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'token required' }); // ✓
  }
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET!) as AuthedRequest['user'];
    next();
  } catch {
    res.status(403).json({ error: 'invalid token' });
  }
}

// ✓ role check after authentication: 403 is right.
export function requireAdmin(req: AuthedRequest, res: Response, next: NextFunction) {
  if (req.user?.role !== 'admin') return res.status(403).json({ error: 'admins only' });
  next();
}

// ✗ 401 without WWW-Authenticate.
app.get('/me', (req: AuthedRequest, res) => {
  if (!req.user) return res.status(401).json({ error: 'not logged in' });
  res.json(req.user);
});

// ✗ one 403 for "no user" and "not an admin": split it.
app.get('/admin/users', (req: AuthedRequest, res) => {
  if (!req.user || req.user.role !== 'admin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  res.json([]);
});

// ✗ 401 for a signed-in user who is not an admin: that is 403.
app.delete('/admin/users/:id', authenticate, (req: AuthedRequest, res) => {
  if (req.user!.role !== 'admin') return res.status(401).json({ error: 'admins only' });
  res.sendStatus(204);
});

// ✗ 403 for too many attempts: that is 429.
const loginAttempts = new Map<string, number>();
app.post('/login', (req, res) => {
  const attempts = (loginAttempts.get(req.ip ?? '') ?? 0) + 1;
  loginAttempts.set(req.ip ?? '', attempts);
  if (attempts > 5) return res.status(403).json({ error: 'too many attempts, try later' });
  res.json({ ok: true });
});
// ✗ a redirect without Location: the client has nowhere to go (res.redirect sets it).
app.get('/old-profile', (req, res) => {
  const url = '/me';
  res.status(301).end();
});

// ✗ a 405 without Allow: the client cannot learn which methods /users takes.
app.get('/users', (req, res) => res.json([]));
app.all('/users', (req, res) => res.status(405).end());

// ✗ content on a 204: a 204 cannot carry any, and the JSON never reaches the client.
app.delete('/users/:id', (req, res) => res.status(204).json({ deleted: true }));
