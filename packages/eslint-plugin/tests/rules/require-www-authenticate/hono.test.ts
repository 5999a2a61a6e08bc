import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (hono)', rule, {
  valid: [
    // c.header() anywhere in the handler merges into the response c.json builds.
    `app.get('/me', (c) => { c.header('WWW-Authenticate', 'Bearer'); return c.json({ error: 'unauthorized' }, 401); });`,
    // The headers argument.
    `app.get('/me', (c) => c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer realm="api"' }));`,
    // A ResponseInit as the second argument, header name in lower case.
    `app.get('/me', (c) => c.text('Unauthorized', { status: 401, headers: { 'www-authenticate': 'Bearer' } }));`,
    // c.status() then the header on c.res.
    `app.get('/me', (c) => { c.status(401); c.res.headers.set('WWW-Authenticate', 'Bearer'); return c.body(null); });`,
    // HTTPException whose res carries the header.
    `import { HTTPException } from 'hono/http-exception';
    app.use(async (c, next) => {
      throw new HTTPException(401, { res: new Response('Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }) });
    });`,
    // HTTPException with a res built elsewhere: unknown.
    `import { HTTPException } from 'hono/http-exception';
    app.use(async (c, next) => { throw new HTTPException(401, { res: unauthorizedResponse }); });`,
    // A header set before the throw survives Hono's default error handler.
    `import { HTTPException } from 'hono/http-exception';
    app.use(async (c, next) => { c.header('WWW-Authenticate', 'Bearer'); throw new HTTPException(401, { message: 'no token' }); });`,
    // Headers passed as a parameter: not known.
    `const deny = (c, headers) => c.json({ error: 'unauthorized' }, 401, headers);`,
    // bearerAuth / basicAuth set the challenge themselves and are no response sites.
    `import { bearerAuth } from 'hono/bearer-auth';
    app.use('/api/*', bearerAuth({ token }));`,
    // A body field named status.
    `app.get('/me', (c) => c.json({ status: 401 }));`,
    // A 403 is not this rule's.
    `app.get('/me', (c) => c.json({ error: 'forbidden' }, 403));`,
    // A test of the app reads statuses, it does not send them.
    `it('rejects', async () => { const res = await app.request('/me'); expect(res.status).toBe(401); });`,
    // Another library's HTTPException (not imported from hono): its class may add the header.
    `import { HTTPException } from './errors';
    app.use(async (c) => { throw new HTTPException(401); });`,
    {
      code: `import { HTTPException } from 'hono/http-exception';
      app.use(async (c) => { throw new HTTPException(401, { message: 'no token' }); });`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
  ],
  invalid: [
    {
      code: `app.get('/me', (c) => c.json({ error: 'unauthorized' }, 401));`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 57,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.get('/me', (c) => c.json({ error: 'unauthorized' }, 401, { 'WWW-Authenticate': 'Bearer' }));`,
        }],
      }],
    },
    {
      code: `app.get('/me', (c) => c.text('Unauthorized', 401, { 'Cache-Control': 'no-store' }));`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 46,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.get('/me', (c) => c.text('Unauthorized', 401, { 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer' }));`,
        }],
      }],
    },
    {
      code: `app.get('/me', (c) => c.json({}, { status: 401, headers: { 'X-Request-Id': id } }));`,
      options: [{ challenge: 'Basic realm="api"' }],
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 44,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.get('/me', (c) => c.json({}, { status: 401, headers: { 'X-Request-Id': id, 'WWW-Authenticate': 'Basic realm="api"' } }));`,
        }],
      }],
    },
    {
      code: `app.get('/me', (c) => {
  c.status(401);
  return c.json({ error: 'unauthorized' });
});`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 12,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.get('/me', (c) => {
  c.header('WWW-Authenticate', 'Bearer');
  c.status(401);
  return c.json({ error: 'unauthorized' });
});`,
        }],
      }],
    },
    {
      // A `res` makes Hono ignore the message, so the edit keeps it as the body.
      code: `import { HTTPException } from 'hono/http-exception';
app.use(async (c, next) => {
  throw new HTTPException(401, { message: 'Token required' });
});`,
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 27,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { HTTPException } from 'hono/http-exception';
app.use(async (c, next) => {
  throw new HTTPException(401, { message: 'Token required', res: new Response('Token required', { headers: { 'WWW-Authenticate': 'Bearer' } }) });
});`,
        }],
      }],
    },
    {
      code: `import { HTTPException } from 'hono/http-exception';
const guard = () => { throw new HTTPException(401); };`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 47,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { HTTPException } from 'hono/http-exception';
const guard = () => { throw new HTTPException(401, { res: new Response(null, { headers: { 'WWW-Authenticate': 'Bearer' } }) }); };`,
        }],
      }],
    },
    {
      code: `import { HTTPException } from 'hono/http-exception';
const guard = () => { throw new HTTPException(401, { res: new Response('Unauthorized') }); };`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 47,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { HTTPException } from 'hono/http-exception';
const guard = () => { throw new HTTPException(401, { res: new Response('Unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } }) }); };`,
        }],
      }],
    },
    {
      // Hono's own docs example: the header is misnamed, and the response's status is ignored (one finding).
      code: `import { HTTPException } from 'hono/http-exception';
const errorResponse = () => { throw new HTTPException(401, { res: new Response('Unauthorized', { status: 401, headers: { Authenticate: 'error="invalid_token"' } }) }); };`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 55,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { HTTPException } from 'hono/http-exception';
const errorResponse = () => { throw new HTTPException(401, { res: new Response('Unauthorized', { status: 401, headers: { Authenticate: 'error="invalid_token"', 'WWW-Authenticate': 'Bearer' } }) }); };`,
        }],
      }],
    },
    {
      // Hono's context under another name, in a file that imports Hono.
      code: `import { Hono } from 'hono';
app.get('/me', (ctx) => ctx.body(null, 401));`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 40,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Hono } from 'hono';
app.get('/me', (ctx) => ctx.body(null, 401, { 'WWW-Authenticate': 'Bearer' }));`,
        }],
      }],
    },
    {
      // The header set on c in another handler does not count.
      code: `app.get('/a', (c) => { c.header('WWW-Authenticate', 'Bearer'); return c.text('ok'); });
app.get('/b', (c) => c.json({}, 401));`,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 33,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.get('/a', (c) => { c.header('WWW-Authenticate', 'Bearer'); return c.text('ok'); });
app.get('/b', (c) => c.json({}, 401, { 'WWW-Authenticate': 'Bearer' }));`,
        }],
      }],
    },
  ],
});
