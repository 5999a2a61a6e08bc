import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (express)', rule, {
  valid: [
    // Another status than 401 is not this rule's.
    `app.get('/', (req, res) => { res.status(200).end(); });`,
    // Not a status: a body field, a comparison.
    `app.get('/', (req, res) => { res.json({ status: 401 }); });`,
    `if (res.statusCode === 401) retry();`,
    `app.get('/me', (req, res) => { if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').end(); res.json(req.user); });`,
    `app.get('/me', (req, res) => {
  const decoded = jwt.decode(req.headers.authorization);
  if (decoded.exp < Date.now() / 1000) return res.status(401).set('WWW-Authenticate', 'Bearer error="invalid_token"').end();
});`,
    `app.get('/me', (req, res) => {
  try { req.user = jwt.verify(token, KEY); } catch (err) { return res.status(401).json({ error: 'invalid token' }); }
});`,
    `app.post('/reset', async (req, res) => {
  const reset = await Reset.findOne({ token: req.body.resetToken });
  if (!reset) return res.status(401).json({ error: 'bad reset link' });
});`,
    `app.get('/x', (req, res) => {
  if (!req.auth.scope.includes('x')) { res.set('WWW-Authenticate', 'Bearer error="invalid_token"'); return res.status(401).end(); }
});`,
    `app.get('/admin', (req, res) => {
  if (req.user?.role !== 'admin') return res.status(401).json({ error: 'admins only' });
});`,
    `app.get('/admin', (req, res) => {
  if (!hasRole(req.user, 'admin')) return res.sendStatus(401);
});`,
    `app.get('/admin', (req, res) => {
  if (!req.session.isAdmin) return res.sendStatus(401);
});`,
    `app.get('/admin', (req, res) => { if (req.user.role !== 'admin') return res.status(403).json({ error: 'admins only' }); });`,
    `app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).json({ error: 'bad credentials' });
});`,
    `app.post('/admin/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user.role !== 'admin') return res.status(401).json({ error: 'no' });
});`,
    `function deny(res) { return res.status(401).end(); }`,
    `app.use((req, res, next) => { if (req.headers['x-api-key'] !== process.env.API_KEY) return res.sendStatus(401); next(); });`,
    `app.use((req, res, next) => { const h = req.headers.authorization; if (!h || !h.startsWith('Bearer ')) return res.sendStatus(401); next(); });`,
    `router.get('/me', requireAuth, (req, res) => { if (!req.user) return res.sendStatus(401); res.json(req.user); });`,
    `app.post('/export', (req, res) => { if (req.user.plan !== 'pro') return res.status(402).send('upgrade'); });`,
    `app.post('/login', (req, res) => { if (attempts >= 5) return res.status(429).end(); });`,
    `if (res.statusCode === 401 && req.user.isAdmin) retry();`,
    `app.get('/', (req, res) => { if (!req.user.isAdmin) res.json({ status: 401 }); });`,
    `adminRouter.use(authenticate);
router.get('/x', (req, res) => { if (!isAllowed(req.user)) return res.sendStatus(401); });`,
    `router.get('/x', (req, res) => { if (!isAllowed(req.user)) return res.sendStatus(401); });
router.use(authenticate);`,
    `app.get('/x', (req, res) => { if (!jwt.verify(token, KEY)) return res.sendStatus(401); });`,
    `it('rejects', async () => { await request(app).get('/admin').set('x-role', 'user').expect(401); });`,
    `app.get('/posts/:id', async (req, res) => { const post = await Post.findById(req.params.id); if (!post) return res.sendStatus(401); });`,
    `app.get('/x', (req, res) => { if (req.user.tokenRevoked) return res.sendStatus(401); });`,
    `app.get('/x', (req, res) => { if (req.session.expired) return res.sendStatus(401); });`,
    `app.use((req, res, next) => { jwt.verify(token, KEY, (err, decoded) => { if (err) return next(createError(401)); req.user = decoded; next(); }); });`,
    `router.post('/login', (req, res) => { if (!req.body.password) return res.status(401).json({ error: 'password required' }); });`,
    `app.post('/join', (req, res) => { if (invite.token !== req.body.token) return res.sendStatus(401); });`,
    `async function verifyAuthCode(req, res) {
  const verified = await sessionService.verifyAuthCodeForUser(req, res);
  if (verified) {
    await sessionService.verifySession(req, res);
    res.sendStatus(200);
  } else {
    res.sendStatus(401);
  }
}`,
    `async function authenticateToken(accessToken, res) {
  const apiToken = await getBy({ accessKey: hash(accessToken) });
  if (!apiToken) return res.status(401).end();
  const ownerId = resolveOwnerId(apiToken);
  if (ownerId === null) return res.status(401).json({ error: 'Token owner not found' });
}`,
    `app.get('/install', (req, res) => {
  if (!req.session?.user) return res.status(401).json({ error: 'login' });
  if (!req.session.teamId) return res.status(401).json({ error: 'Team not found' });
});`,
    `app.get('/download', (req, res) => {
  if (!req.query.id && !req.query.token) return res.status(400).json({ error: 'id or token' });
  if (!canDownload(req.user)) return res.sendStatus(401);
});`,
  ],
  invalid: [
    {
      // A role test on the known requester (req.user is read without ?.).
      code: `app.get('/admin', (req, res) => {
  if (req.user.role !== 'admin') return res.status(401).json({ error: 'admins only' });
  res.json(report());
});`,
      errors: [
        {
          messageId: 'forbidden', line: 2, column: 52,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.get('/admin', (req, res) => {
  if (req.user.role !== 'admin') return res.status(403).json({ error: 'admins only' });
  res.json(report());
});` },
          ],
        },
      ],
    },
    {
      // The identity was answered with 401 first; the second test is a permission.
      code: `app.get('/reports', (req, res) => {
  if (!req.user) return res.status(401).send('login');
  if (!hasRole(req.user, 'admin')) return res.status(401).send('admins only');
  res.json(reports());
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 54,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.get('/reports', (req, res) => {
  if (!req.user) return res.status(401).send('login');
  if (!hasRole(req.user, 'admin')) return res.status(403).send('admins only');
  res.json(reports());
});` },
          ],
        },
      ],
    },
    {
      // Ownership behind passport.authenticate in the route chain.
      code: `router.delete('/posts/:id', passport.authenticate('jwt', { session: false }), async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!canEdit(req.user, post)) return res.sendStatus(401);
  await post.remove();
  res.sendStatus(204);
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 55,
          suggestions: [
            { messageId: 'suggestUse403', output: `router.delete('/posts/:id', passport.authenticate('jwt', { session: false }), async (req, res) => {
  const post = await Post.findById(req.params.id);
  if (!canEdit(req.user, post)) return res.sendStatus(403);
  await post.remove();
  res.sendStatus(204);
});` },
          ],
        },
      ],
    },
    {
      // Behind a named auth middleware in the route chain.
      code: `router.put('/teams/:id', requireAuth, async (req, res) => {
  const team = await Team.findById(req.params.id);
  if (!isMember(team, req.auth)) return res.status(401).json({ message: 'not a member' });
  res.json(await team.update(req.body));
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 52,
          suggestions: [
            { messageId: 'suggestUse403', output: `router.put('/teams/:id', requireAuth, async (req, res) => {
  const team = await Team.findById(req.params.id);
  if (!isMember(team, req.auth)) return res.status(403).json({ message: 'not a member' });
  res.json(await team.update(req.body));
});` },
          ],
        },
      ],
    },
    {
      // An auth middleware mounted on the same router before the route.
      code: `router.use(authenticate);
router.post('/billing', (req, res) => {
  if (!isAllowed(req.user)) return res.status(401).end();
  res.end();
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 47,
          suggestions: [
            { messageId: 'suggestUse403', output: `router.use(authenticate);
router.post('/billing', (req, res) => {
  if (!isAllowed(req.user)) return res.status(403).end();
  res.end();
});` },
          ],
        },
      ],
    },
    {
      // Account state of the requester.
      code: `app.post('/orders', (req, res) => {
  if (req.user.status !== 'active') return res.status(401).json({ error: 'account suspended' });
  res.json(placeOrder(req.body));
});`,
      errors: [
        {
          messageId: 'forbidden', line: 2, column: 55,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.post('/orders', (req, res) => {
  if (req.user.status !== 'active') return res.status(403).json({ error: 'account suspended' });
  res.json(placeOrder(req.body));
});` },
          ],
        },
      ],
    },
    {
      // Ownership: two identities compared.
      code: `app.patch('/users/:userId', (req, res) => {
  if (req.params.userId !== req.user.id) return res.status(401).json({ error: 'not yours' });
  res.json(update(req.params.userId, req.body));
});`,
      errors: [
        {
          messageId: 'forbidden', line: 2, column: 60,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.patch('/users/:userId', (req, res) => {
  if (req.params.userId !== req.user.id) return res.status(403).json({ error: 'not yours' });
  res.json(update(req.params.userId, req.body));
});` },
          ],
        },
      ],
    },
    {
      // A plan check on the requester.
      code: `app.post('/export', (req, res) => {
  if (req.user.plan !== 'pro') return res.status(401).send('upgrade');
  res.send(exportAll());
});`,
      errors: [
        {
          messageId: 'forbidden', line: 2, column: 50,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.post('/export', (req, res) => {
  if (req.user.plan !== 'pro') return res.status(403).send('upgrade');
  res.send(exportAll());
});` },
          ],
        },
      ],
    },
    {
      // A permission list on a verified token payload.
      code: `app.get('/secrets', (req, res) => {
  const payload = jwt.verify(req.headers.authorization.slice(7), KEY);
  if (!payload.scopes.includes('secrets:read')) return res.status(401).end();
  res.json(secrets());
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 67,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.get('/secrets', (req, res) => {
  const payload = jwt.verify(req.headers.authorization.slice(7), KEY);
  if (!payload.scopes.includes('secrets:read')) return res.status(403).end();
  res.json(secrets());
});` },
          ],
        },
      ],
    },
    {
      // A 401 in the else of a permission test, inside a guard that the identity passed.
      code: `app.get('/stats', (req, res) => {
  if (req.user) {
    if (req.user.isAdmin) res.json(stats());
    else res.status(401).json({ error: 'admins only' });
  }
});`,
      errors: [
        {
          messageId: 'forbidden', line: 4, column: 21,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.get('/stats', (req, res) => {
  if (req.user) {
    if (req.user.isAdmin) res.json(stats());
    else res.status(403).json({ error: 'admins only' });
  }
});` },
          ],
        },
      ],
    },
    {
      // StatusCodes, in the form the author wrote.
      code: `import { StatusCodes } from 'http-status-codes';
app.delete('/org', (req, res) => {
  if (!req.user.roles.includes('owner')) return res.status(StatusCodes.UNAUTHORIZED).end();
  res.end();
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 60,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { StatusCodes } from 'http-status-codes';
app.delete('/org', (req, res) => {
  if (!req.user.roles.includes('owner')) return res.status(StatusCodes.FORBIDDEN).end();
  res.end();
});` },
          ],
        },
      ],
    },
    {
      // A mixed guard: split, with the challenge on the 401 branch.
      code: `app.get('/admin', (req, res) => {
  if (!req.user || !req.user.isAdmin) return res.status(401).json({ error: 'forbidden' });
  res.json(admin());
});`,
      errors: [
        {
          messageId: 'mixedGuard', line: 2, column: 57,
          suggestions: [
            { messageId: 'suggestSplitGuard', output: `app.get('/admin', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'forbidden' });
  if (!req.user.isAdmin) return res.status(403).json({ error: 'forbidden' });
  res.json(admin());
});` },
          ],
        },
      ],
    },
    {
      // An optional chain through the identity is a mixed guard: true without a user (401) and for a user without the permission (403).
      code: `app.get('/x', (req, res) => { if (!req.user?.permissions?.includes('x')) return res.sendStatus(401); });`,
      errors: [{ messageId: 'mixedGuard', line: 1, column: 96, suggestions: [] }],
    },
    {
      // A mixed guard in an else: own message, no split.
      code: `const admin = (req, res, next) => {
  if (req.user && req.user.isAdmin) {
    next();
  } else {
    res.status(401);
    throw new Error('Not authorized as an admin');
  }
};`,
      errors: [
        {
          messageId: 'mixedGuard', line: 5, column: 16,
          suggestions: [],
        },
      ],
    },
    {
      // A Bearer insufficient_scope error is a 403 (RFC 6750, section 3.1).
      code: `app.get('/files', (req, res) => {
  if (!scopesOf(req).includes('files:read')) {
    res.set('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="files:read"');
    return res.status(401).end();
  }
  res.json(files());
});`,
      errors: [
        {
          messageId: 'insufficientScope', line: 4, column: 23,
          suggestions: [
            { messageId: 'suggestUse403', output: `app.get('/files', (req, res) => {
  if (!scopesOf(req).includes('files:read')) {
    res.set('WWW-Authenticate', 'Bearer error="insufficient_scope", scope="files:read"');
    return res.status(403).end();
  }
  res.json(files());
});` },
          ],
        },
      ],
    },
    {
      // A mixed guard answered with sendStatus.
      code: `app.use('/admin', (req, res, next) => {
  if (!req.user || req.user.role !== 'admin') return res.sendStatus(401);
  next();
});`,
      errors: [
        {
          messageId: 'mixedGuard', line: 2, column: 69,
          suggestions: [
            { messageId: 'suggestSplitGuard', output: `app.use('/admin', (req, res, next) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  if (req.user.role !== 'admin') return res.sendStatus(403);
  next();
});` },
          ],
        },
      ],
    },
    {
      // http-errors, behind express-jwt.
      code: `import createError from 'http-errors';
app.post('/deploy', expressjwt({ secret, algorithms: ['HS256'] }), (req, res, next) => {
  if (!req.auth.permissions.includes('deploy')) return next(createError(401, 'cannot deploy'));
  res.end();
});`,
      errors: [
        {
          messageId: 'forbidden', line: 3, column: 73,
          suggestions: [
            { messageId: 'suggestUse403', output: `import createError from 'http-errors';
app.post('/deploy', expressjwt({ secret, algorithms: ['HS256'] }), (req, res, next) => {
  if (!req.auth.permissions.includes('deploy')) return next(createError(403, 'cannot deploy'));
  res.end();
});` },
          ],
        },
      ],
    },
  ],
});
