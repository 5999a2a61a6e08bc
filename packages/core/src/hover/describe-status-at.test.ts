import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { statusInfo } from '../status/status-codes.js';
import { describeStatusAt } from './describe-status-at.js';

function parseCode(code: string, jsx = false) {
  return parse(code, { range: true, jsx });
}

/** The hover at the `occurrence`-th `needle` in `code` (its first character, plus `shift`). */
function hoverAt(code: string, needle: string, { occurrence = 1, shift = 0 } = {}) {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = code.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`${needle} #${occurrence} is not in the code`);
  }
  return describeStatusAt(parseCode(code), code, offset + shift);
}

/** What a hover says, in a form that reads well in a table of cases. */
function summary(code: string, needle: string, options?: { occurrence?: number; shift?: number }) {
  const hover = hoverAt(code, needle, options);
  return hover && { code: hover.code, form: hover.form, usage: hover.usage, text: code.slice(hover.range[0], hover.range[1]) };
}

describe('describeStatusAt: where a status is set or thrown', () => {
  it.each([
    ['Express status()', `app.get('/', (req, res) => res.status(403).end());`, '403', { code: 403, form: 'number', text: '403' }],
    ['Express sendStatus()', `app.get('/', (req, res) => res.sendStatus(401));`, '401', { code: 401, form: 'number', text: '401' }],
    ['a numeric string', `app.get('/', (req, res) => res.status('403').end());`, `'403'`, { code: 403, form: 'numeric-string', text: `'403'` }],
    ['Node writeHead()', `http.createServer((req, res) => { res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }); res.end(); });`, '401', { code: 401, form: 'number', text: '401' }],
    ['Node statusCode assignment', `function h(req, res) { res.statusCode = 401; res.end(); }`, '401', { code: 401, form: 'number', text: '401' }],
    ['Koa status assignment', `router.get('/', (ctx) => { ctx.status = 403; });`, '403', { code: 403, form: 'number', text: '403' }],
    ['Koa throw()', `router.get('/', (ctx) => { ctx.throw(401, 'login'); });`, '401', { code: 401, form: 'number', text: '401' }],
    ['Koa assert()', `router.get('/', (ctx) => { ctx.assert(ctx.state.user, 401); });`, '401', { code: 401, form: 'number', text: '401' }],
    ['Fastify code()', `fastify.get('/', async (request, reply) => reply.code(401).send());`, '401', { code: 401, form: 'number', text: '401' }],
    ['Hono c.json(body, status)', `app.get('/', (c) => c.json({ error: 'no' }, 403));`, '403', { code: 403, form: 'number', text: '403' }],
    ['a ResponseInit', `export async function GET() { return new Response(null, { status: 401 }); }`, '401', { code: 401, form: 'number', text: '401' }],
    ['Response.json init', `export const GET = () => Response.json({}, { status: 403 });`, '403', { code: 403, form: 'number', text: '403' }],
    ['h3 createError({ statusCode })', `export default defineEventHandler(() => { throw createError({ statusCode: 401 }); });`, '401', { code: 401, form: 'number', text: '401' }],
    ['http-errors createError(status)', `app.use((req, res, next) => next(createError(403)));`, '403', { code: 403, form: 'number', text: '403' }],
    ['a 404, in a file without 401 or 403', `app.get('/', (req, res) => res.status(404).send('none'));`, '404', { code: 404, form: 'number', text: '404' }],
    ['a 500 after ||', `app.use((err, req, res, next) => res.status(err.status || 500).end());`, '500', { code: 500, form: 'number', text: '500' }],
    ['the first branch of a conditional', `app.get('/', (req, res) => res.status(req.user ? 403 : 401).end());`, '403', { code: 403, form: 'number', text: '403' }],
    ['the second branch of a conditional', `app.get('/', (req, res) => res.status(req.user ? 403 : 401).end());`, '401', { code: 401, form: 'number', text: '401' }],
    ['a redirect status', `app.get('/', (req, res) => res.redirect(301, '/new'));`, '301', { code: 301, form: 'number', text: '301' }],
    ['an error class status property', `class Denied extends Error { status = 403; }`, '403', { code: 403, form: 'number', text: '403' }],
    ['super() in an error class', `class Denied extends HttpError { constructor() { super(403, 'no'); } }`, '403', { code: 403, form: 'number', text: '403' }],
    ['Express 4 res.send(status, body), read from the response site', `app.get('/', (req, res) => res.send(401, 'login'));`, '401', { code: 401, form: 'number', text: '401' }],
  ])('%s', (_name, code, needle, expected) => {
    expect(summary(code, needle)).toEqual({ usage: 'response', ...expected });
  });
});

describe('describeStatusAt: the statuses whose response the spec constrains say what it asks', () => {
  it.each([
    ['a 405 without Allow', `app.all('/items', (req, res) => res.status(405).end());`, '405', 'MUST send Allow'],
    ['a 405 in a Response', `export function PUT() { return new Response(null, { status: 405 }); }`, '405', 'MUST send Allow'],
    ['a 301 from writeHead', `http.createServer((req, res) => { res.writeHead(301); res.end(); });`, '301', 'Location SHOULD give the new permanent URI'],
    ['a 302 in Koa', `router.get('/', (ctx) => { ctx.status = 302; });`, '302', 'Location SHOULD give the temporary URI'],
    ['a 303 in Hono', `app.post('/', (c) => c.body(null, 303));`, '303', 'GET (or HEAD)'],
    ['a 307 in Fastify', `fastify.get('/', async (request, reply) => reply.code(307).send());`, '307', 'MUST NOT change the request method'],
    ['a 308 in a Response', `export function GET() { return new Response(null, { status: 308 }); }`, '308', 'a POST stays a POST'],
    ['a 204 with content', `app.delete('/a', (req, res) => res.status(204).json({ ok: true }));`, '204', 'cannot contain content'],
    ['a 204 in Hono', `app.delete('/a', (c) => c.json({ ok: true }, 204));`, '204', 'cannot contain content'],
    ['a 304 in h3', `export default defineEventHandler((event) => { setResponseStatus(event, 304); return null; });`, '304', 'cannot contain content'],
  ])('%s', (_name, code, needle, asked) => {
    const hover = hoverAt(code, needle);
    expect(hover).toMatchObject({ code: Number(needle), usage: 'response' });
    expect(code.slice(hover!.range[0], hover!.range[1])).toBe(needle);
    expect(hover!.info.asks.join(' ')).toContain(asked);
  });
});

describe('describeStatusAt: named statuses', () => {
  it.each([
    ['StatusCodes.FORBIDDEN, on the property', `res.status(StatusCodes.FORBIDDEN).end();`, 'FORBIDDEN', { code: 403, form: 'named-constant', text: 'StatusCodes.FORBIDDEN' }],
    ['StatusCodes.FORBIDDEN, on the object', `res.status(StatusCodes.FORBIDDEN).end();`, 'StatusCodes', { code: 403, form: 'named-constant', text: 'StatusCodes.FORBIDDEN' }],
    ['HttpStatus.UNAUTHORIZED in a Nest exception', `throw new HttpException('login', HttpStatus.UNAUTHORIZED);`, 'UNAUTHORIZED', { code: 401, form: 'named-constant', text: 'HttpStatus.UNAUTHORIZED' }],
    ['axios HttpStatusCode.Forbidden', `if (error.response?.status === HttpStatusCode.Forbidden) logout();`, 'Forbidden', { code: 403, form: 'named-constant', text: 'HttpStatusCode.Forbidden', usage: 'comparison' }],
    ['an imported constant', `import { FORBIDDEN } from 'http-status-codes';\nres.status(FORBIDDEN).end();`, 'FORBIDDEN', { code: 403, form: 'named-constant', text: 'FORBIDDEN' }, 2],
    ['a local const', `const DENIED = 403;\nres.status(DENIED).end();`, 'DENIED', { code: 403, form: 'local-constant', text: 'DENIED' }, 2],
    ['a local object constant', `const HTTP = { NO: 401 } as const;\nres.status(HTTP.NO).end();`, 'HTTP.NO', { code: 401, form: 'local-constant', text: 'HTTP.NO' }],
    ['a local enum member', `enum Code { Denied = 403 }\nres.status(Code.Denied).end();`, 'Code.Denied', { code: 403, form: 'local-constant', text: 'Code.Denied' }],
    ['Nest ForbiddenException', `throw new ForbiddenException('no');`, 'ForbiddenException', { code: 403, form: 'error-name', text: 'ForbiddenException' }],
    ['Nest UnauthorizedException', `import { UnauthorizedException } from '@nestjs/common';\nthrow new UnauthorizedException();`, 'UnauthorizedException', { code: 401, form: 'error-name', text: 'UnauthorizedException' }, 2],
    ['http-errors createError.Unauthorized', `app.use((req, res, next) => next(createError.Unauthorized('login')));`, 'Unauthorized', { code: 401, form: 'error-name', text: 'Unauthorized' }],
    ['Boom.forbidden', `server.route({ handler: () => { throw Boom.forbidden('no'); } });`, 'forbidden', { code: 403, form: 'error-name', text: 'forbidden' }],
    ['Fastify reply.unauthorized()', `fastify.get('/', (request, reply) => reply.unauthorized());`, 'unauthorized', { code: 401, form: 'error-name', text: 'unauthorized' }],
    ['Next forbidden() from next/navigation', `import { forbidden } from 'next/navigation';\nexport default function Page() { forbidden(); }`, 'forbidden', { code: 403, form: 'error-name', text: 'forbidden' }, 2],
    ['restify errors.NotAuthorizedError (a 403)', `return next(new errors.NotAuthorizedError('no'));`, 'NotAuthorizedError', { code: 403, form: 'error-name', text: 'NotAuthorizedError' }],
    ['Elysia error() with a status name', `import { Elysia } from 'elysia';\nnew Elysia().get('/', ({ error }) => error('Forbidden'));`, `'Forbidden'`, { code: 403, form: 'status-name', text: `'Forbidden'` }],
    ['Elysia status() with a number', `import { Elysia } from 'elysia';\nnew Elysia().get('/', ({ status }) => status(401, 'login'));`, '401', { code: 401, form: 'number', text: '401' }],
    ['Elysia set.status with a status name', `import { Elysia } from 'elysia';\nnew Elysia().get('/', ({ set }) => { set.status = 'Unauthorized'; return 'no'; });`, `'Unauthorized'`, { code: 401, form: 'status-name', text: `'Unauthorized'` }],
    ['tRPC code', `throw new TRPCError({ code: 'UNAUTHORIZED' });`, `'UNAUTHORIZED'`, { code: 401, form: 'status-name', text: `'UNAUTHORIZED'` }],
  ])('%s', (_name, code, needle, expected, occurrence = 1) => {
    expect(summary(code, needle, { occurrence })).toEqual({ usage: 'response', ...expected });
  });
});

describe('describeStatusAt: where a status is compared', () => {
  it.each([
    ['=== on .status', `if (x.status === 403) deny();`, '403'],
    ['!== on .statusCode', `if (res.statusCode !== 401) return;`, '401'],
    ['== with the literal first', `if (401 == status) login();`, '401'],
    ['a status getter call', `if (response.status() === 401) login();`, '401'],
    ['Nest getStatus()', `if (exception.getStatus() === 403) log();`, '403'],
    ['case of a switch on a status', `switch (res.status) { case 200: break; case 401: login(); }`, '401'],
    ['expect().toBe()', `expect(res.status).toBe(403);`, '403'],
    ['expect().not.toBe()', `expect(res.statusCode).not.toBe(401);`, '401'],
    ['Playwright expect(response.status())', `expect(response.status()).toBe(401);`, '401'],
    ['toHaveProperty(status, code)', `expect(res).toHaveProperty('status', 403);`, '403'],
    ['chai expect().to.equal()', `expect(res.status).to.equal(403);`, '403'],
    ['chai-http expect().to.have.status()', `expect(res).to.have.status(401);`, '401'],
    ['should', `res.should.have.status(401);`, '401'],
    ['should on the status', `res.status.should.equal(403);`, '403'],
    ['assert.equal()', `assert.equal(res.status, 403);`, '403'],
    ['assert.strictEqual() with the status second', `assert.strictEqual(401, res.statusCode);`, '401'],
    ['ava t.is()', `t.is(res.statusCode, 401);`, '401'],
    ['supertest .expect(status)', `await request(app).get('/admin').expect(403);`, '403'],
    ['supertest .expect(status, body)', `await request(app).get('/me').expect(401, { error: 'login' });`, '401'],
    ['[..].includes(status)', `if ([401, 403].includes(res.status)) logout();`, '403'],
  ])('%s', (_name, code, needle) => {
    const hover = hoverAt(code, needle);
    expect(hover).toMatchObject({ code: Number(needle), usage: 'comparison', form: 'number' });
    expect(code.slice(hover!.range[0], hover!.range[1])).toBe(needle);
  });

  it('reads instanceof an exception class as a comparison', () => {
    expect(summary(`if (err instanceof UnauthorizedException) retry();`, 'UnauthorizedException'))
      .toEqual({ code: 401, form: 'error-name', usage: 'comparison', text: 'UnauthorizedException' });
  });

  it('calls expect(res).to.have.status(401) a comparison, not a response', () => {
    expect(hoverAt(`expect(res).to.have.status(401);`, '401')?.usage).toBe('comparison');
  });
});

describe('describeStatusAt: numbers that are not statuses get no hover', () => {
  it.each([
    ['an array index', `const x = items[403];`, '403'],
    ['a port', `app.listen(401);`, '401'],
    ['a timeout', `setTimeout(retry, 403);`, '403'],
    ['a plain const', `const port = 401;`, '401'],
    ['the declaration of a status const', `const DENIED = 403;\nres.status(DENIED).end();`, '403'],
    ['an assignment to a variable', `let x; x = 403;`, '403'],
    ['slice bounds', `const page = items.slice(0, 401);`, '401'],
    ['an array length', `const a = new Array(403);`, '403'],
    ['Math.max arguments', `const m = Math.max(401, 403);`, '403'],
    ['an options object', `fetch(url, { timeout: 403 });`, '403'],
    ['a length in a test', `expect(items.length).toBe(403);`, '403'],
    ['a comparison with a count', `if (count === 401) done();`, '401'],
    ['a switch on something else', `switch (x) { case 401: break; }`, '401'],
    ['an unregistered code', `app.get('/', (req, res) => res.status(299).end());`, '299'],
    ['a redirect() with a non-redirect number', `res.redirect(404, '/x');`, '404'],
    ['a status word that is not in a status position', `const label = 'Forbidden';`, `'Forbidden'`],
    ['a health check body', `res.json({ status: 'ok' });`, `'ok'`],
    ['a supertest header expectation', `await request(app).get('/').expect('Content-Type', /json/);`, `'Content-Type'`],
    ['error() outside Elysia and SvelteKit', `logger.error('Forbidden');`, `'Forbidden'`],
    ['a function named like a status word, called on anything', `user.forbidden();`, 'forbidden'],
  ])('%s', (_name, code, needle) => {
    expect(hoverAt(code, needle)).toBeUndefined();
  });

  it('has none on the receiver or after the token', () => {
    const code = `app.get('/', (req, res) => res.status(403).end());`;
    expect(hoverAt(code, 'res.status')).toBeUndefined();
    // The offset just after `403` is the `)`: end exclusive.
    expect(hoverAt(code, '403', { shift: 3 })).toBeUndefined();
    expect(hoverAt(code, '403', { shift: 2 })?.code).toBe(403);
  });

  it('has none for offsets outside the text', () => {
    const code = `res.status(403).end();`;
    const program = parseCode(code);
    expect(describeStatusAt(program, code, -1)).toBeUndefined();
    expect(describeStatusAt(program, code, code.length + 1)).toBeUndefined();
    expect(describeStatusAt(program, code, 1.5)).toBeUndefined();
  });
});

describe('describeStatusAt: Nest guards', () => {
  const guard = [
    `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';`,
    `@Injectable()`,
    `export class AdminGuard implements CanActivate {`,
    `  canActivate(context: ExecutionContext): boolean {`,
    `    const user = context.switchToHttp().getRequest().user;`,
    `    if (!user) return false;`,
    `    return user.roles.includes('admin');`,
    `  }`,
    `}`,
  ].join('\n');

  it('gives the 403 that Nest answers for a guard\'s return false', () => {
    const hover = hoverAt(guard, 'false');
    expect(hover?.code).toBe(403);
    expect(guard.slice(hover!.range[0], hover!.range[1])).toBe('false');
  });

  it('gives none inside a returned expression', () => {
    expect(hoverAt(guard, 'roles.includes')).toBeUndefined();
    expect(hoverAt(guard, `'admin'`)).toBeUndefined();
  });
});

describe('describeStatusAt: the hover data', () => {
  it('carries the status table entry', () => {
    const hover = hoverAt(`app.get('/', (req, res) => res.status(403).end());`, '403');
    expect(hover?.info).toBe(statusInfo(403));
    expect(hover?.info.phrase).toBe('Forbidden');
  });

  it('reads JSX files', () => {
    const code = `export default function P() { if (res.status === 401) return <Login />; return <div />; }`;
    const program = parseCode(code, true);
    expect(describeStatusAt(program, code, code.indexOf('401'))?.code).toBe(401);
  });

  it('answers the same from the cached tokens of a program', () => {
    const code = `res.status(403).end();\nif (res.status === 401) login();`;
    const program = parseCode(code);
    const first = describeStatusAt(program, code, code.indexOf('403'));
    expect(first?.code).toBe(403);
    expect(describeStatusAt(program, code, code.indexOf('403'))).toEqual(first);
    expect(describeStatusAt(program, code, code.indexOf('401'))?.code).toBe(401);
  });
});
