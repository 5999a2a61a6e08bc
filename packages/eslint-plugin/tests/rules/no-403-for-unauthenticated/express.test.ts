import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (express)', rule, {
  valid: [
    // A role check after the identity is known: 403 is right.
    `app.get('/admin', (req, res) => {
      if (req.user.role !== 'admin') return res.status(403).json({ error: 'admins only' });
    });`,
    // Ownership.
    `app.delete('/posts/:id', async (req, res) => {
      const post = await Post.findById(req.params.id);
      if (post.authorId !== req.user.id) return res.sendStatus(403);
    });`,
    // A missing resource looked up by route parameter is not a missing identity.
    `app.get('/users/:id', async (req, res) => {
      const user = await User.findById(req.params.id);
      if (!user) return res.status(403).end();
    });`,
    // CSRF.
    `app.post('/form', (req, res) => {
      if (req.body._csrf !== req.session.csrfToken) return res.status(403).send('bad csrf');
    });`,
    // IP block.
    `app.use((req, res, next) => {
      if (blockedIps.has(req.ip)) return res.sendStatus(403);
      next();
    });`,
    // Unguarded 403: nothing says why.
    `function deny(res) { res.status(403).end(); }`,
    // An already correct 401.
    `app.use((req, res, next) => { if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); next(); });`,
    // Client code compares statuses, it does not send them.
    `if (!token) { if (response.status === 403) logout(); }`,
    // Test assertions.
    `it('denies', async () => { const token = undefined; await request(app).get('/').expect(403); });`,
    // A body field that happens to be named status.
    `if (!req.user) res.json({ status: 403 });`,
    // The early-return guard before it already answered the unauthenticated case.
    `app.use((req, res, next) => {
      if (!req.user) return res.sendStatus(401);
      if (!req.user.isAdmin) return res.sendStatus(403);
      next();
    });`,
    // Account state.
    `app.use((req, res, next) => { if (!req.user.emailVerified) return res.status(403).end(); next(); });`,
  ],
  invalid: [
    {
      code: `app.use((req, res, next) => {
  if (!req.user) return res.status(403).json({ error: 'login required' });
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 36,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.use((req, res, next) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login required' });
  next();
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.use((req, res, next) => {
  if (!req.user) return res.status(401).json({ error: 'login required' });
  next();
});`,
        }],
      }],
    },
    {
      code: `function authenticateToken(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (token == null) return res.sendStatus(401);
  jwt.verify(token, process.env.TOKEN_SECRET, (err, user) => {
    if (err) return res.sendStatus(403);
    req.user = user;
    next();
  });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 5, column: 36,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `function authenticateToken(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (token == null) return res.sendStatus(401);
  jwt.verify(token, process.env.TOKEN_SECRET, (err, user) => {
    if (err) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
    req.user = user;
    next();
  });
}`,
        }, {
          messageId: 'suggestUse401',
          output: `function authenticateToken(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (token == null) return res.sendStatus(401);
  jwt.verify(token, process.env.TOKEN_SECRET, (err, user) => {
    if (err) return res.sendStatus(401);
    req.user = user;
    next();
  });
}`,
        }],
      }],
    },
    {
      code: `import { StatusCodes } from 'http-status-codes';
app.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.cookies.token, secret);
    next();
  } catch (e) {
    res.status(StatusCodes.FORBIDDEN).send('invalid token');
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 7, column: 16,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { StatusCodes } from 'http-status-codes';
app.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.cookies.token, secret);
    next();
  } catch (e) {
    res.set('WWW-Authenticate', 'Bearer').status(StatusCodes.UNAUTHORIZED).send('invalid token');
  }
});`,
        }, {
          messageId: 'suggestUse401',
          output: `import { StatusCodes } from 'http-status-codes';
app.use((req, res, next) => {
  try {
    req.user = jwt.verify(req.cookies.token, secret);
    next();
  } catch (e) {
    res.status(StatusCodes.UNAUTHORIZED).send('invalid token');
  }
});`,
        }],
      }],
    },
    {
      code: `app.get('/admin', (req, res) => {
  if (!req.user || req.user.role !== 'admin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  res.json(stats);
});`,
      errors: [{
        messageId: 'mixedGuard', line: 3, column: 23,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `app.get('/admin', (req, res) => {
  if (!req.user) {
    return res.status(401).json({ error: 'forbidden' });
  }
  if (req.user.role !== 'admin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  res.json(stats);
});`,
        }],
      }],
    },
    {
      code: `const FORBIDDEN = 403;
const UNAUTHORIZED = 401;
app.use((req, res, next) => { if (!req.session.userId) return res.status(FORBIDDEN).end(); next(); });`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 74,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `const FORBIDDEN = 403;
const UNAUTHORIZED = 401;
app.use((req, res, next) => { if (!req.session.userId) return res.set('WWW-Authenticate', 'Bearer').status(UNAUTHORIZED).end(); next(); });`,
        }, {
          messageId: 'suggestUse401',
          output: `const FORBIDDEN = 403;
const UNAUTHORIZED = 401;
app.use((req, res, next) => { if (!req.session.userId) return res.status(UNAUTHORIZED).end(); next(); });`,
        }],
      }],
    },
    {
      code: `app.use((req, res, next) => { if (!req.isAuthenticated()) { next(createError(403)); } else { next(); } });`,
      errors: [{
        messageId: 'unauthenticated', line: 1, column: 78,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.use((req, res, next) => { if (!req.isAuthenticated()) { next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } })); } else { next(); } });`,
        }, {
          messageId: 'suggestUse401',
          output: `app.use((req, res, next) => { if (!req.isAuthenticated()) { next(createError(401)); } else { next(); } });`,
        }],
      }],
    },
    {
      name: 'the combined suggestion carries the challenge option',
      code: `app.get('/admin', (req, res) => {
  if (!req.user) return res.sendStatus(403);
});`,
      options: [{ challenge: 'Basic realm="admin"' }],
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 40,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `app.get('/admin', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Basic realm="admin"').sendStatus(401);
});`,
        }, {
          messageId: 'suggestUse401',
          output: `app.get('/admin', (req, res) => {
  if (!req.user) return res.sendStatus(401);
});`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: the response already sets WWW-Authenticate, so "Use 401" alone is complete',
      code: `app.use((req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer realm="api"');
  if (!req.user) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 36,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `app.use((req, res, next) => {
  res.set('WWW-Authenticate', 'Bearer realm="api"');
  if (!req.user) return res.status(401).end();
  next();
});`,
        }],
      }],
    },
  ],
});
