import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (express)', rule, {
  valid: [
    // Another status than 403 is not this rule's.
    `app.get('/', (req, res) => { res.status(200).end(); });`,
    // Not a status: a body field, a comparison.
    `app.get('/', (req, res) => { res.json({ status: 403 }); });`,
    `if (res.statusCode === 403) retry();`,
    `app.use((req, res, next) => { if (req.rateLimit.remaining <= 0) return res.status(429).end(); next(); });`,
    `app.post('/export', (req, res) => { if (req.user.plan !== 'pro') return res.status(403).send('upgrade'); });`,
    `app.post('/export', (req, res) => { if (!req.user.subscription) return res.status(402).send('pay'); });`,
    `app.post('/upload', (req, res) => { if (req.user.storageUsed >= req.user.storageQuota) return res.status(403).send('storage full'); });`,
    `app.post('/seats', (req, res) => { if (org.remainingSeats <= 0) return res.status(403).send('no seats'); });`,
    `app.get('/trial', (req, res) => { if (trial.daysRemaining <= 0) return res.status(403).send('trial over'); });`,
    `app.get('/admin', limiter, (req, res) => { if (req.user.role !== 'admin') return res.status(403).end(); });`,
    `app.use((req, res, next) => { if (req.rateLimit.remaining > 0) return res.status(403).end(); next(); });`,
    `app.post('/login', (req, res) => { if (attempts < MAX_ATTEMPTS) return res.status(401).json({ error: 'wrong password' }); });`,
    `app.get('/me', (req, res) => { if (!req.user) return res.status(401).end(); });`,
    `app.use((req, res, next) => { if (blockedIps.has(req.ip)) return res.sendStatus(403); next(); });`,
    `app.use(async (req, res, next) => { try { await rateLimiter.consume(req.ip); next(); } catch (e) { res.status(429).send('Too Many Requests'); } });`,
    `app.use(async (req, res, next) => { try { await queue.consume(req.ip); } catch (e) { res.status(403).end(); } });`,
    `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, max: 100 }));`,
    `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, max: 100, statusCode: 429 }));`,
    `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ handler: (req, res) => res.status(429).json({ error: 'slow down' }) }));`,
    `app.use((req, res, next) => { if (isRateLimited) next(); else if (!req.user) return res.status(401).end(); });`,
    `app.post('/comment', (req, res) => { if (req.user.isBanned) return res.status(403).end(); });`,
    `app.use((req, res, next) => { if (!req.user.emailVerified) return res.status(403).end(); next(); });`,
    `res.json({ status: 403, remaining: 0 });`,
    `if (res.statusCode === 403 && remaining <= 0) retry();`,
    `app.post('/x', (req, res) => { if (req.body.attempts) return res.status(403).end(); });`,
    `app.post('/login', (req, res) => { const ok = await bcrypt.compare(pw, hash); if (!ok) return res.status(401).end(); });`,
    `app.use((req, res, next) => { if (!req.headers['x-csrf-token']) return res.status(403).end(); next(); });`,
    `it('limits', async () => { await request(app).post('/login').expect(403); });`,
    `app.get('/x', (req, res) => { if (user.credits <= 0) return res.status(403).send('no credits left'); });`,
    `app.post('/login', (req, res) => { if (user.isLocked) return res.status(403).send('account locked by an admin'); });`,
  ],
  invalid: [
    {
      // A counter over its maximum.
      code: `app.post('/login', async (req, res) => {
  const attempts = await redis.incr(\`login:\${req.ip}\`);
  if (attempts >= MAX_ATTEMPTS) return res.status(403).json({ error: 'too many attempts' });
  res.json(await login(req.body));
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 51,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.post('/login', async (req, res) => {
  const attempts = await redis.incr(\`login:\${req.ip}\`);
  if (attempts >= MAX_ATTEMPTS) return res.status(429).json({ error: 'too many attempts' });
  res.json(await login(req.body));
});` },
          ],
        },
      ],
    },
    {
      // No requests left.
      code: `app.use((req, res, next) => {
  if (req.rateLimit.remaining <= 0) return res.sendStatus(403);
  next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 59,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.use((req, res, next) => {
  if (req.rateLimit.remaining <= 0) return res.sendStatus(429);
  next();
});` },
          ],
        },
      ],
    },
    {
      // A predicate named for the limit.
      code: `app.use(async (req, res, next) => {
  if (await isRateLimited(req.ip)) return res.status(403).send('slow down');
  next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 54,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.use(async (req, res, next) => {
  if (await isRateLimited(req.ip)) return res.status(429).send('slow down');
  next();
});` },
          ],
        },
      ],
    },
    {
      // rate-limiter-flexible: the rejection of consume says when the limit resets.
      code: `app.use(async (req, res, next) => {
  try {
    await rateLimiter.consume(req.ip);
    next();
  } catch (rej) {
    res.status(403).send('Too Many Requests');
  }
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 6, column: 16,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `app.use(async (req, res, next) => {
  try {
    await rateLimiter.consume(req.ip);
    next();
  } catch (rej) {
    res.set('Retry-After', String(Math.ceil(rej.msBeforeNext / 1000))).status(429).send('Too Many Requests');
  }
});` },
            { messageId: 'suggestUse429', output: `app.use(async (req, res, next) => {
  try {
    await rateLimiter.consume(req.ip);
    next();
  } catch (rej) {
    res.status(429).send('Too Many Requests');
  }
});` },
          ],
        },
      ],
    },
    {
      // rate-limiter-flexible with .catch.
      code: `app.use((req, res, next) => {
  rateLimiter.consume(req.ip).then(() => next()).catch((rejection) => {
    res.status(403).json({ error: 'rate limited' });
  });
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 16,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `app.use((req, res, next) => {
  rateLimiter.consume(req.ip).then(() => next()).catch((rejection) => {
    res.set('Retry-After', String(Math.ceil(rejection.msBeforeNext / 1000))).status(429).json({ error: 'rate limited' });
  });
});` },
            { messageId: 'suggestUse429', output: `app.use((req, res, next) => {
  rateLimiter.consume(req.ip).then(() => next()).catch((rejection) => {
    res.status(429).json({ error: 'rate limited' });
  });
});` },
          ],
        },
      ],
    },
    {
      // Upstash: a destructured reset time.
      code: `app.post('/api', async (req, res) => {
  const { success, reset } = await ratelimit.limit(req.ip);
  if (!success) return res.status(403).json({ error: 'rate limit exceeded' });
  res.json(await work());
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 35,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `app.post('/api', async (req, res) => {
  const { success, reset } = await ratelimit.limit(req.ip);
  if (!success) return res.set('Retry-After', String(Math.ceil((reset - Date.now()) / 1000))).status(429).json({ error: 'rate limit exceeded' });
  res.json(await work());
});` },
            { messageId: 'suggestUse429', output: `app.post('/api', async (req, res) => {
  const { success, reset } = await ratelimit.limit(req.ip);
  if (!success) return res.status(429).json({ error: 'rate limit exceeded' });
  res.json(await work());
});` },
          ],
        },
      ],
    },
    {
      // A lockout after failed logins, with its end.
      code: `app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user.lockUntil > Date.now()) return res.status(403).json({ error: 'account locked, try later' });
  res.json(await signIn(user, req.body.password));
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 54,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user.lockUntil > Date.now()) return res.set('Retry-After', String(Math.ceil((Number(user.lockUntil) - Date.now()) / 1000))).status(429).json({ error: 'account locked, try later' });
  res.json(await signIn(user, req.body.password));
});` },
            { messageId: 'suggestUse429', output: `app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (user.lockUntil > Date.now()) return res.status(429).json({ error: 'account locked, try later' });
  res.json(await signIn(user, req.body.password));
});` },
          ],
        },
      ],
    },
    {
      // A 401 for too many failed logins.
      code: `app.post('/login', async (req, res) => {
  if (req.session.failedLoginAttempts > 5) return res.status(401).json({ error: 'too many attempts' });
  res.json(await signIn(req.body));
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 62,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.post('/login', async (req, res) => {
  if (req.session.failedLoginAttempts > 5) return res.status(429).json({ error: 'too many attempts' });
  res.json(await signIn(req.body));
});` },
          ],
        },
      ],
    },
    {
      // express-rate-limit with statusCode 403.
      code: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, max: 100, statusCode: 403 }));`,
      errors: [
        {
          messageId: 'limiterStatus', line: 2, column: 61,
          suggestions: [
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, max: 100, statusCode: 429 }));` },
          ],
        },
      ],
    },
    {
      // express-rate-limit handler: the library sends Retry-After itself.
      code: `import rateLimit from 'express-rate-limit';
const limiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  max: 100,
  handler: (req, res) => res.status(403).json({ error: 'too many requests' }),
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 5, column: 37,
          suggestions: [
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
const limiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  max: 100,
  handler: (req, res) => res.status(429).json({ error: 'too many requests' }),
});` },
          ],
        },
      ],
    },
    {
      // express-rate-limit with its headers off: Retry-After from windowMs, in seconds (15 * 60 * 1000 ms -> 900)
      code: `import rateLimit from 'express-rate-limit';
const limiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 100,
  legacyHeaders: false,
  handler: (req, res) => res.status(403).json({ error: 'too many requests' }),
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 6, column: 37,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `import rateLimit from 'express-rate-limit';
const limiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 100,
  legacyHeaders: false,
  handler: (req, res) => res.set('Retry-After', '900').status(429).json({ error: 'too many requests' }),
});` },
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
const limiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 100,
  legacyHeaders: false,
  handler: (req, res) => res.status(429).json({ error: 'too many requests' }),
});` },
          ],
        },
      ],
    },
    {
      // headers: false and no windowMs: the library default of 60 s
      code: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ headers: false, standardHeaders: false, handler: (req, res) => res.status(403).send('slow down') }));`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 95,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ headers: false, standardHeaders: false, handler: (req, res) => res.set('Retry-After', '60').status(429).send('slow down') }));` },
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ headers: false, standardHeaders: false, handler: (req, res) => res.status(429).send('slow down') }));` },
          ],
        },
      ],
    },
    {
      // windowMs from a constant, rounded up (90.5 s -> 91)
      code: `import rateLimit from 'express-rate-limit';
const WINDOW_MS = 90_500;
app.use('/login', rateLimit({ windowMs: WINDOW_MS, legacyHeaders: false, handler: (req, res) => { res.status(403).json({ error: 'too many attempts' }); } }));`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 110,
          suggestions: [
            { messageId: 'suggestUse429WithRetryAfter', output: `import rateLimit from 'express-rate-limit';
const WINDOW_MS = 90_500;
app.use('/login', rateLimit({ windowMs: WINDOW_MS, legacyHeaders: false, handler: (req, res) => { res.set('Retry-After', '91').status(429).json({ error: 'too many attempts' }); } }));` },
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
const WINDOW_MS = 90_500;
app.use('/login', rateLimit({ windowMs: WINDOW_MS, legacyHeaders: false, handler: (req, res) => { res.status(429).json({ error: 'too many attempts' }); } }));` },
          ],
        },
      ],
    },
    {
      // standardHeaders on: the library still sends Retry-After, so only the plain 429
      code: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, legacyHeaders: false, standardHeaders: 'draft-7', handler: (req, res) => res.status(403).end() }));`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 123,
          suggestions: [
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: 60_000, legacyHeaders: false, standardHeaders: 'draft-7', handler: (req, res) => res.status(429).end() }));` },
          ],
        },
      ],
    },
    {
      // a windowMs that is not a constant: no Retry-After suggestion
      code: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: config.windowMs, legacyHeaders: false, handler: (req, res) => res.status(403).end() }));`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 104,
          suggestions: [
            { messageId: 'suggestUse429', output: `import rateLimit from 'express-rate-limit';
app.use(rateLimit({ windowMs: config.windowMs, legacyHeaders: false, handler: (req, res) => res.status(429).end() }));` },
          ],
        },
      ],
    },
    {
      // express-slow-down: its headers are its own, no Retry-After suggestion
      code: `import slowDown from 'express-slow-down';
app.use(slowDown({ windowMs: 60_000, legacyHeaders: false, handler: (req, res) => res.status(403).end() }));`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 94,
          suggestions: [
            { messageId: 'suggestUse429', output: `import slowDown from 'express-slow-down';
app.use(slowDown({ windowMs: 60_000, legacyHeaders: false, handler: (req, res) => res.status(429).end() }));` },
          ],
        },
      ],
    },
    {
      // The else of a quota test.
      code: `app.post('/jobs', (req, res) => {
  if (quota.used < quota.limit) {
    res.json(enqueue(req.body));
  } else {
    res.status(403).json({ error: 'quota exceeded' });
  }
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 5, column: 16,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.post('/jobs', (req, res) => {
  if (quota.used < quota.limit) {
    res.json(enqueue(req.body));
  } else {
    res.status(429).json({ error: 'quota exceeded' });
  }
});` },
          ],
        },
      ],
    },
    {
      // A throttle flag on the request.
      code: `app.use((req, res, next) => {
  if (req.throttled) return next(createError(403, 'throttled'));
  next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 2, column: 46,
          suggestions: [
            { messageId: 'suggestUse429', output: `app.use((req, res, next) => {
  if (req.throttled) return next(createError(429, 'throttled'));
  next();
});` },
          ],
        },
      ],
    },
    {
      // StatusCodes in the form the author wrote.
      code: `import { StatusCodes } from 'http-status-codes';
app.use((req, res, next) => {
  if (limiter.remaining(req.ip) <= 0) return res.status(StatusCodes.FORBIDDEN).end();
  next();
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 57,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { StatusCodes } from 'http-status-codes';
app.use((req, res, next) => {
  if (limiter.remaining(req.ip) <= 0) return res.status(StatusCodes.TOO_MANY_REQUESTS).end();
  next();
});` },
          ],
        },
      ],
    },
  ],
});
