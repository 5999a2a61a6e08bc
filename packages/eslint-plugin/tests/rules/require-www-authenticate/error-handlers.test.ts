import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

// Issue 9, item 2: the central error handler in the same file decides for the errors thrown or passed on there.
createRuleTester().run('require-www-authenticate (central error handlers)', rule, {
  valid: [
    // Express: error middleware that adds the challenge to 401 errors.
    `app.get('/me', (req, res, next) => next(createError(401)));
app.use((err, req, res, next) => { if (err.status === 401) res.set('WWW-Authenticate', 'Bearer'); res.status(err.status ?? 500).json({ error: err.message }); });`,
    // A named function passed to app.use.
    `function errorHandler(err, req, res, next) { res.setHeader('WWW-Authenticate', 'Bearer'); res.status(err.status).end(); }
app.get('/me', (req, res, next) => next(createError(401)));
app.use(errorHandler);`,
    // The handler hands the response to code we cannot see: it may add the header.
    `app.get('/me', (req, res, next) => next(createError(401)));
app.use((err, req, res, next) => sendProblem(res, err));`,
    // Koa: a try/catch around next() that adds it.
    `import Koa from 'koa';
app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.status = err.status; if (err.status === 401) ctx.set('WWW-Authenticate', 'Bearer'); } });
router.get('/me', (ctx) => { ctx.throw(401); });`,
    // Fastify's setErrorHandler.
    `import Fastify from 'fastify';
fastify.setErrorHandler((error, request, reply) => { if (error.statusCode === 401) reply.header('WWW-Authenticate', 'Bearer'); reply.send(error); });
fastify.get('/me', async () => { throw createError(401); });`,
    // Hono's onError.
    `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
app.onError((err, c) => { c.header('WWW-Authenticate', 'Bearer'); return c.json({ error: err.message }, 401); });
app.get('/me', () => { throw new HTTPException(401); });`,
    // Hono's onError answering with the exception's own response: unknown.
    `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
app.onError((err, c) => err.getResponse());
app.get('/me', () => { throw new HTTPException(401); });`,
    // Nest: a filter for HttpException that sets the header.
    `import { Catch, UnauthorizedException } from '@nestjs/common';
@Catch(HttpException)
export class HttpErrorFilter { catch(exception, host) { const response = host.switchToHttp().getResponse(); response.header('WWW-Authenticate', 'Bearer'); response.status(exception.getStatus()).send(); } }
export class MeController { me() { throw new UnauthorizedException(); } }`,
    // h3: the app's onError sets it.
    `import { createApp, createError, setResponseHeader } from 'h3';
const app = createApp({ onError(error, event) { setResponseHeader(event, 'WWW-Authenticate', 'Bearer'); } });
export const me = defineEventHandler(() => { throw createError({ statusCode: 401 }); });`,
    // A header set on the response before the error, with a handler that sets none: it stays.
    `app.get('/me', (req, res, next) => { res.set('WWW-Authenticate', 'Bearer'); next(createError(401)); });
app.use((err, req, res, next) => res.status(err.status).json({}));`,
  ],
  invalid: [
    {
      // Express: the handler writes the status and a body, no header.
      code: `app.get('/me', (req, res, next) => next(createError(401)));
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 1, column: 53,
        data: { challenge: 'Bearer', handler: 'app.use(...)', line: '2' },
        suggestions: [
          {
            messageId: 'suggestAddChallenge',
            output: `app.get('/me', (req, res, next) => next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } })));
app.use((err, req, res, next) => res.status(err.status ?? 500).json({ error: err.message }));`,
          },
          {
            messageId: 'suggestAddChallengeInHandler',
            output: `app.get('/me', (req, res, next) => next(createError(401)));
app.use((err, req, res, next) => { if (err.status === 401) res.set('WWW-Authenticate', 'Bearer'); return res.status(err.status ?? 500).json({ error: err.message }); });`,
          },
        ],
      }],
    },
    {
      // A named handler with a block body that reads statusCode: the edit goes first in it.
      code: `function errorHandler(error, req, res, next) {
  res.status(error.statusCode || 500).send(error.message);
}
app.get('/me', (req, res, next) => { if (!req.user) return next(createError(401)); });
app.use(errorHandler);`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 4, column: 77,
        data: { challenge: 'Bearer', handler: 'errorHandler', line: '1' },
        suggestions: [
          {
            messageId: 'suggestAddChallenge',
            output: `function errorHandler(error, req, res, next) {
  res.status(error.statusCode || 500).send(error.message);
}
app.get('/me', (req, res, next) => { if (!req.user) return next(createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } })); });
app.use(errorHandler);`,
          },
          {
            messageId: 'suggestAddChallengeInHandler',
            output: `function errorHandler(error, req, res, next) {
  if (error.statusCode === 401) res.set('WWW-Authenticate', 'Bearer');
  res.status(error.statusCode || 500).send(error.message);
}
app.get('/me', (req, res, next) => { if (!req.user) return next(createError(401)); });
app.use(errorHandler);`,
          },
        ],
      }],
    },
    {
      // Koa: the catch writes status and body only; earlier the default handler would drop headers, this one writes its own.
      code: `import Koa from 'koa';
app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.status = err.status || 500; ctx.body = { error: err.message }; } });
router.get('/me', (ctx) => { ctx.throw(401); });`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 3, column: 40,
        data: { challenge: 'Bearer', handler: 'catch (err) around next()', line: '2' },
        suggestions: [
          {
            messageId: 'suggestAddChallenge',
            output: `import Koa from 'koa';
app.use(async (ctx, next) => { try { await next(); } catch (err) { ctx.status = err.status || 500; ctx.body = { error: err.message }; } });
router.get('/me', (ctx) => { ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
          },
          {
            messageId: 'suggestAddChallengeInHandler',
            output: `import Koa from 'koa';
app.use(async (ctx, next) => { try { await next(); } catch (err) { if (err.status === 401) ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = err.status || 500; ctx.body = { error: err.message }; } });
router.get('/me', (ctx) => { ctx.throw(401); });`,
          },
        ],
      }],
    },
    {
      // Koa's app.on('error') runs before Koa clears the headers: what it sets never reaches the response.
      code: `import Koa from 'koa';
app.on('error', (err, ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); });
router.get('/me', (ctx) => { ctx.throw(401); });`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 3, column: 40,
        data: { challenge: 'Bearer', handler: "app.on('error', ...)", line: '2' },
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import Koa from 'koa';
app.on('error', (err, ctx) => { ctx.set('WWW-Authenticate', 'Bearer'); });
router.get('/me', (ctx) => { ctx.throw(401, { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
        }],
      }],
    },
    {
      // Fastify: the handler replies with the status and a body.
      code: `import Fastify from 'fastify';
fastify.setErrorHandler((error, request, reply) => { reply.status(error.statusCode ?? 500).send({ message: error.message }); });
fastify.get('/me', async () => { throw createError(401); });`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 3, column: 52,
        data: { challenge: 'Bearer', handler: 'fastify.setErrorHandler(...)', line: '2' },
        suggestions: [
          {
            messageId: 'suggestAddChallenge',
            output: `import Fastify from 'fastify';
fastify.setErrorHandler((error, request, reply) => { reply.status(error.statusCode ?? 500).send({ message: error.message }); });
fastify.get('/me', async () => { throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }); });`,
          },
          {
            messageId: 'suggestAddChallengeInHandler',
            output: `import Fastify from 'fastify';
fastify.setErrorHandler((error, request, reply) => { if (error.statusCode === 401) reply.header('WWW-Authenticate', 'Bearer'); reply.status(error.statusCode ?? 500).send({ message: error.message }); });
fastify.get('/me', async () => { throw createError(401); });`,
          },
        ],
      }],
    },
    {
      // Hono: onError answers with JSON, no header; no edit in its idiom is offered.
      code: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
app.onError((err, c) => c.json({ error: err.message }, 500));
app.get('/me', () => { throw new HTTPException(401); });`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 4, column: 48,
        data: { challenge: 'Bearer', handler: 'app.onError(...)', line: '3' },
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
app.onError((err, c) => c.json({ error: err.message }, 500));
app.get('/me', () => { throw new HTTPException(401, { res: new Response(null, { headers: { 'WWW-Authenticate': 'Bearer' } }) }); });`,
        }],
      }],
    },
    {
      // Nest: a catch-all filter that replies without the header.
      code: `import { Catch, UnauthorizedException } from '@nestjs/common';
@Catch()
export class AllExceptionsFilter { catch(exception, host) { const res = host.switchToHttp().getResponse(); res.status(500).json({}); } }
export class MeController { me() { throw new UnauthorizedException(); } }`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 4, column: 46,
        data: { challenge: 'Bearer', handler: 'AllExceptionsFilter', line: '3' },
      }],
    },
    {
      // h3: Nitro's error handler sends the error without the header.
      code: `import { createError, send } from 'h3';
export default defineNitroErrorHandler((error, event) => { send(event, JSON.stringify({ error: error.message })); });
export const me = defineEventHandler(() => { throw createError({ statusCode: 401 }); });`,
      errors: [{
        messageId: 'errorHandlerSendsNoChallenge', line: 3, column: 78,
        data: { challenge: 'Bearer', handler: 'defineNitroErrorHandler(...)', line: '2' },
      }],
    },
    {
      // A filter for another exception never sees the 401: the usual advice stays.
      code: `import { Catch, UnauthorizedException } from '@nestjs/common';
@Catch(PrismaClientKnownRequestError)
export class PrismaFilter { catch(exception, host) { host.switchToHttp().getResponse().status(400).json({}); } }
export class MeController { me() { throw new UnauthorizedException(); } }`,
      errors: [{ messageId: 'nestException', line: 4, column: 46 }],
    },
  ],
});
