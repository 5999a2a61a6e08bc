import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { fillChallenge } from './error-handlers.js';
import { errorHandlersIn } from './framework-registry.js';
import { createSiteContext } from './site-context.js';

function handlersOf(code: string) {
  const context = createSiteContext(indexProgram(parse(code, { range: true, loc: true })), code);
  return errorHandlersIn(context).map(({ framework, name, line, challenge401 }) => ({ framework, name, line, challenge401 }));
}

describe('findErrorHandlers', () => {
  it.each([
    ['Express middleware with four parameters', `app.use((err, req, res, next) => res.status(500).json({}));`,
      [{ framework: 'express', name: 'app.use(...)', line: 1, challenge401: 'none' }]],
    ['a named Express handler, once though it is both declared and registered', `function onError(err, req, res, next) { res.set('WWW-Authenticate', 'Bearer'); res.end(); }\napp.use(onError);`,
      [{ framework: 'express', name: 'onError', line: 1, challenge401: 'adds' }]],
    ['an Express handler that hands the response on', `export const handle = (error, req, res, next) => respond(res, error);`,
      [{ framework: 'express', name: 'handle', line: 1, challenge401: 'unknown' }]],
    ['a header name that is not static', `app.use((err, req, res, next) => { res.set(name, value); res.end(); });`,
      [{ framework: 'express', name: 'app.use(...)', line: 1, challenge401: 'unknown' }]],
    ['Koa: a try/catch around next()', `app.use(async (ctx, next) => {\n  try { await next(); } catch (e) { ctx.status = 500; }\n});`,
      [{ framework: 'koa', name: 'catch (e) around next()', line: 2, challenge401: 'none' }]],
    ['Koa: app.on(error), only in a file that imports Koa', `import Koa from 'koa';\napp.on('error', (err, ctx) => ctx.set('WWW-Authenticate', 'x'));`,
      [{ framework: 'koa', name: "app.on('error', ...)", line: 2, challenge401: 'none' }]],
    ['Fastify setErrorHandler', `fastify.setErrorHandler(function (error, request, reply) { reply.header('WWW-Authenticate', 'Bearer').send(error); });`,
      [{ framework: 'fastify', name: 'fastify.setErrorHandler(...)', line: 1, challenge401: 'adds' }]],
    ['Hono onError with a Response that carries the header', `import { Hono } from 'hono';\napp.onError((err, c) => new Response('no', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }));`,
      [{ framework: 'hono', name: 'app.onError(...)', line: 2, challenge401: 'adds' }]],
    ['Hono onError with c.json headers', `import { Hono } from 'hono';\napp.onError((err, c) => c.json({}, 401, { 'WWW-Authenticate': 'Bearer' }));`,
      [{ framework: 'hono', name: 'app.onError(...)', line: 2, challenge401: 'adds' }]],
    ['a Nest filter whose response is not named', `@Catch(HttpException)\nclass F { catch(e, host) { host.switchToHttp().getResponse().status(401).json({}); } }`,
      [{ framework: 'nest', name: 'F', line: 1, challenge401: 'unknown' }]],
    ['h3 createApp onError', `import { createApp } from 'h3';\nconst app = createApp({ onError: (error, event) => { console.error(error); } });`,
      [{ framework: 'h3', name: 'createApp({ onError })', line: 2, challenge401: 'none' }]],
  ])('%s', (_, code, expected) => {
    expect(handlersOf(code)).toEqual(expected);
  });

  it.each([
    ['a three-parameter Express middleware', `app.use((req, res, next) => next());`],
    ['emitter.on(error) without Koa', `server.on('error', (err, socket) => socket.destroy());`],
    ['Hono onError without Hono', `stream.onError((err, c) => c.close());`],
    ['a try/catch around a call that is not next', `app.use(async (ctx, next) => { try { await run(); } catch (e) { ctx.status = 500; } });`],
    ['a Nest filter for another exception', `@Catch(NotFoundException)\nclass F { catch(e, host) {} }`],
    ['broken input', `app.use(); app.on(); createApp(); @Catch class X {}`],
  ])('finds none: %s', (_, code) => {
    expect(handlersOf(code)).toEqual([]);
  });

  it('writes the challenge into the edit as a single-quoted string', () => {
    const code = `app.use((err, req, res, next) => { res.status(err.statusCode).end(); });`;
    const [handler] = errorHandlersIn(createSiteContext(indexProgram(parse(code, { range: true })), code));
    expect(handler?.addChallenge?.text).toBe(`if (err.statusCode === 401) res.set('WWW-Authenticate', '{{challenge}}');`.concat(' '));
    expect(fillChallenge(handler!.addChallenge!.text, `Basic realm="it's"`)).toBe(`if (err.statusCode === 401) res.set('WWW-Authenticate', 'Basic realm="it\\'s"'); `);
  });
});
