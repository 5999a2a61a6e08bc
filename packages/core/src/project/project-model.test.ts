import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { checkNo403ForUnauthenticated } from '../checks/no-403-for-unauthenticated.js';
import { checkRequireWwwAuthenticate } from '../checks/require-www-authenticate.js';
import { prepareFile } from '../prepare-file.js';
import { errorHandlersIn } from '../sites/framework-registry.js';
import { ModuleReader, summariseModule } from './module-summary.js';
import { ProjectGraph } from './project-graph.js';
import type { ProjectHost } from './project-host.js';

const parseCode = (code: string) => parse(code, { range: true, loc: true, jsx: false });

/** The 401 findings of a file, as the text each one points at. */
function reported(code: string, project?: { host: ProjectHost; fileName: string }): string[] {
  const program = parseCode(code);
  const file = prepareFile(program, code, project ? { project: { graph: new ProjectGraph(project.host), fileName: project.fileName } } : {});
  return checkRequireWwwAuthenticate(file).map((f) => `${f.messageId}@${code.slice(f.range[0], f.range[1])}:${code.slice(0, f.range[0]).split('\n').length}`);
}

function summaryOf(code: string) {
  return summariseModule(new ModuleReader(parseCode(code), code, () => undefined)).bindings;
}

/** A host over an in-memory project: `resolve` joins relative paths and looks bare names up in `packages`. */
function memoryHost(files: Record<string, string>, packages: Record<string, string> = {}): ProjectHost & { reads: string[] } {
  const reads: string[] = [];
  const dirOf = (p: string) => p.slice(0, p.lastIndexOf('/'));
  const join = (dir: string, rel: string) => {
    const parts = dir.split('/');
    for (const seg of rel.split('/')) {
      if (seg === '..') parts.pop();
      else if (seg !== '.') parts.push(seg);
    }
    return parts.join('/');
  };
  return {
    reads,
    resolve(specifier, fromFile) {
      if (specifier.startsWith('.')) {
        const base = join(dirOf(fromFile), specifier);
        return [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`].find((p) => p in files);
      }
      return packages[specifier];
    },
    readFile(path) {
      reads.push(path);
      return files[path];
    },
    parse: (text) => {
      try {
        return parseCode(text);
      } catch {
        return undefined;
      }
    },
  };
}

describe('imports the project model never follows', () => {
  it('does not resolve a framework package it models (its names are the recognizers\' to read)', () => {
    const asked: string[] = [];
    const host = memoryHost({}, {});
    const counting: ProjectHost = { ...host, resolve: (specifier, fromFile) => (asked.push(specifier), host.resolve(specifier, fromFile)) };
    const code = `import { NextResponse } from 'next/server';\nimport { NotFoundException, UnauthorizedException } from '@nestjs/common';\nimport { AuthError } from '@acme/errors';
export function GET() { if (!user) return NextResponse.json({ error: 'no' }, { status: 401 }); throw new AuthError(); }
export function other() { throw new UnauthorizedException(); }
export function missing() { throw new NotFoundException(); }`;
    reported(code, { host: counting, fileName: '/app/src/routes.ts' });
    expect(asked).toEqual(['@acme/errors']);
  });
});

describe('module summaries', () => {
  it('reads an error class with a fixed status from its super call, and no headers', () => {
    expect(summaryOf(`export class AuthError extends Error { constructor(msg = 'Unauthorized') { super(msg); this.status = 401; } }`).AuthError)
      .toMatchObject({ kind: 'error-class', status: 401, headers: 'none' });
  });

  it('follows a base class that takes the status as a parameter (n8n ResponseError)', () => {
    const bindings = summaryOf(`
      class ResponseError extends Error { constructor(message, httpStatusCode, errorCode = httpStatusCode) { super(message); this.httpStatusCode = httpStatusCode; } }
      class AuthError extends ResponseError { constructor(message, errorCode) { super(message, 401, errorCode); } }
      class BadRequestError extends ResponseError { constructor(message) { super(message, 400); } }`);
    expect(bindings.ResponseError).toMatchObject({ statusParam: 1, headers: 'none' });
    expect(bindings.AuthError).toMatchObject({ status: 401, headers: 'none' });
    expect(bindings.BadRequestError).toMatchObject({ status: 400 });
  });

  it('reads a status in an options object given to super (Ghost), and a class made by a factory (Directus)', () => {
    const bindings = summaryOf(`
      class GhostError extends Error { constructor(options = {}) { super(); this.statusCode = 500; this.statusCode = options.statusCode || this.statusCode; } }
      class UnauthorizedError extends GhostError { constructor(options = {}) { super(mergeOptions(options, { statusCode: 401 })); } }
      const createError = (code, message, status = 500) => class extends Error { status = status; };
      const InvalidCredentialsError = createError('INVALID_CREDENTIALS', 'Invalid user credentials.', 401);`);
    expect(bindings.UnauthorizedError).toMatchObject({ status: 401, headers: 'none' });
    expect(bindings.createError).toMatchObject({ kind: 'class-factory', statusParam: 2, headers: 'none' });
    expect(bindings.InvalidCredentialsError).toMatchObject({ kind: 'error-class', status: 401, headers: 'none' });
  });

  it('says which headers a class carries: the challenge, unknown ones, or none', () => {
    const bindings = summaryOf(`
      class WithChallenge extends Error { status = 401; headers = { 'WWW-Authenticate': 'Bearer' }; }
      class WithHeaders extends Error { status = 401; constructor(h) { super(); this.headers = h; } }
      class Unseen extends SomeBase { status = 401; }`);
    expect(bindings.WithChallenge).toMatchObject({ status: 401, headers: ['WWW-Authenticate'] });
    expect(bindings.WithHeaders).toMatchObject({ headers: 'unknown' });
    expect(bindings.Unseen).toMatchObject({ headers: 'unknown' });
  });

  it('reads a Nest exception that passes its status on to HttpException, or takes HttpException\'s own parameters', () => {
    const nest = `import { HttpException, HttpStatus } from '@nestjs/common';\n`;
    expect(summaryOf(`${nest}export class ApiKeyException extends HttpException { constructor(status: number) { super('api key', status); } }`).ApiKeyException)
      .toMatchObject({ kind: 'error-class', statusParam: 0, headers: 'none' });
    expect(summaryOf(`${nest}export class Plain extends HttpException {}`).Plain).toMatchObject({ kind: 'error-class', statusParam: 1, headers: 'none' });
    expect(summaryOf(`${nest}export class Expired extends HttpException { constructor() { super('expired', HttpStatus.UNAUTHORIZED); } }`).Expired)
      .toMatchObject({ kind: 'error-class', status: 401, headers: 'none' });
  });

  it('ends a class that extends itself through a cycle as not known, and ignores classes that extend nothing', () => {
    const bindings = summaryOf(`class A extends B { status = 401; } class B extends A {} class Plain { status = 401; }`);
    expect(bindings.Plain).toBeUndefined();
    expect(bindings.A?.kind === 'error-class' ? bindings.A.headers : 'unknown').toBe('unknown');
  });
});

describe('require-www-authenticate with the classes of the same file', () => {
  it('reports a 401 class without headers once, at the status in the class, not at its uses', () => {
    expect(reported(`
class AuthError extends Error { constructor(msg = 'Unauthorized') { super(msg); this.status = 401; } }
app.get('/', (req, res) => { if (!req.user) throw new AuthError(); });
app.get('/b', (req, res) => { if (!req.user) throw new AuthError('no'); });`)).toEqual(['missingChallenge@401:2']);
  });

  it('reports at the use where the class takes the status as an argument', () => {
    expect(reported(`
class ApiError extends Error { constructor(status, msg) { super(msg); this.status = status; } }
app.get('/', (req, res) => { if (!req.user) throw new ApiError(401, 'login first'); });`)).toEqual(['missingChallenge@401:3']);
  });

  it('stays silent when the class carries the challenge or headers it cannot read', () => {
    expect(reported(`
class AuthError extends Error { status = 401; headers = { 'WWW-Authenticate': 'Bearer' }; }
class ApiError extends Error { constructor(status, headers) { super(); this.status = status; this.headers = headers; } }
class UnauthorizedError extends HttpError { constructor() { super(401); } }
app.get('/', (req, res) => { throw new AuthError(); });
app.get('/b', (req, res) => { throw new ApiError(401); });
app.get('/c', (req, res) => { throw new UnauthorizedError(); });`)).toEqual([]);
  });

  it('reports the status of a class factory call (Directus createError)', () => {
    expect(reported(`
const createError = (code, message, status = 500) => class extends Error { status = status; };
export const InvalidCredentialsError = createError('INVALID_CREDENTIALS', 'Invalid user credentials.', 401);
export const ForbiddenError = createError('FORBIDDEN', 'Forbidden', 403);`)).toEqual(['missingChallenge@401:3']);
  });
});

describe('require-www-authenticate across files', () => {
  it('reports a use of a dependency\'s 401 class at the use, and nothing at a use of a class of the project\'s own', () => {
    const host = memoryHost({
      '/app/node_modules/@acme/errors/index.js': `export class InvalidCredentialsError extends Error { constructor() { super('Invalid'); this.status = 401; } }`,
      '/app/package.json': JSON.stringify({ name: '@acme/api' }),
      '/app/src/errors.ts': `export class AuthError extends Error { constructor() { super('no'); this.status = 401; } }`,
    }, { '@acme/errors': '/app/node_modules/@acme/errors/index.js' });
    expect(reported(`
import { InvalidCredentialsError } from '@acme/errors';
import { AuthError } from './errors';
app.get('/', (req, res) => { if (!req.user) throw new InvalidCredentialsError(); });
app.get('/b', (req, res) => { if (!req.user) throw new AuthError(); });`, { host, fileName: '/app/src/routes.ts' })).toEqual(['missingChallenge@InvalidCredentialsError:4']);
  });

  it('follows namespace requires and re-exports (Ghost, compiled TypeScript), and stops at packages that are not the project\'s own', () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: 'ghost' }),
      '/app/node_modules/@tryghost/errors/index.js': `__exportStar(require("./errors"), exports);`,
      '/app/node_modules/@tryghost/errors/errors.js': `class UnauthorizedError extends Error { constructor(o) { super(merge(o, { statusCode: 401 })); } }\nexports.UnauthorizedError = UnauthorizedError;`,
      '/app/node_modules/other-errors/index.js': `class UnauthorizedError extends Error { status = 401; }`,
    }, { '@tryghost/errors': '/app/node_modules/@tryghost/errors/index.js', 'other-errors': '/app/node_modules/other-errors/index.js' });
    expect(reported(`
const errors = require('@tryghost/errors');
const other = require('other-errors');
module.exports = { a(req) { throw new errors.UnauthorizedError({ message: 'no' }); }, b() { throw new other.UnauthorizedError(); } };`,
    { host, fileName: '/app/core/session.js' })).toEqual(['missingChallenge@UnauthorizedError:4']);
  });

  it('contributes nothing for an unresolvable or unparsable module, and terminates on an import cycle', () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: 'app' }),
      '/app/src/a.ts': `export * from './b';\nexport class A extends B {}\nimport { B } from './b';`,
      '/app/src/b.ts': `export * from './a';\nexport class B extends A { status = 401; }\nimport { A } from './a';`,
      '/app/src/broken.ts': `export class (`,
    });
    expect(reported(`
import { A } from './a';
import { Broken } from './broken';
import { Missing } from './missing';
app.get('/', () => { throw new A(401); });
app.get('/b', () => { throw new Broken(401); });
app.get('/c', () => { throw new Missing(401); });`, { host, fileName: '/app/src/routes.ts' })).toEqual([]);
  });
});

describe('require-www-authenticate across files (namespaces)', () => {
  it('reads names through a namespace export (Strapi: const { UnauthorizedError } = utils.errors), where the class has no status of its own', () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: '@strapi/admin' }),
      '/app/node_modules/@strapi/utils/index.js': `var errors = require('./errors.js');\nexports.errors = errors;`,
      '/app/node_modules/@strapi/utils/errors.js': `class ApplicationError extends Error { constructor(message, details = {}) { super(); this.details = details; } }
class UnauthorizedError extends ApplicationError { constructor(message = 'Unauthorized', details) { super(message, details); } }
class PolicyError extends ApplicationError { constructor(message, details) { super(message, details); this.headers = details.headers; } }
exports.UnauthorizedError = UnauthorizedError;`,
    }, { '@strapi/utils': '/app/node_modules/@strapi/utils/index.js' });
    expect(reported(`
var utils = require('@strapi/utils');
const { UnauthorizedError } = utils.errors;
const { errors } = require('@strapi/utils');
module.exports = { a() { throw new UnauthorizedError(); }, b() { throw new errors.UnauthorizedError('no'); } };`,
    { host, fileName: '/app/src/runner.js' })).toEqual(['missingChallenge@UnauthorizedError:5', 'missingChallenge@UnauthorizedError:5']);
  });
});

describe('require-www-authenticate with a code table (Dub)', () => {
  it('reports the code argument whose status in the table the class\'s module reads is 401, and not other codes', () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: 'web' }),
      '/app/lib/error-codes.ts': `export const ErrorCodes = { bad_request: 400, unauthorized: 401, forbidden: 403 } as const;`,
      '/app/lib/errors.ts': `import { ErrorCodes } from './error-codes';
export class DubApiError extends Error {
  constructor({ code, message }: { code: string; message: string }) { super(message); this.code = code; }
}
export function handle(error: DubApiError) { return Response.json({ error }, { status: ErrorCodes[error.code] }); }`,
    });
    expect(reported(`
import { DubApiError } from '../lib/errors';
export async function GET(req: Request) {
  if (!session) throw new DubApiError({ code: 'unauthorized', message: 'Unauthorized.' });
  if (!allowed) throw new DubApiError({ code: 'forbidden', message: 'No.' });
}`, { host, fileName: '/app/app/route.ts' })).toEqual(["missingChallenge@'unauthorized':4"]);
  });
});

describe('what the project model reads', () => {
  it('reads no module for calls without a status, classes not named as errors, or bases not named as errors', () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: 'web' }),
      '/app/lib/logger.ts': `export function createLogger(name: string) { return console; }`,
      '/app/lib/router.ts': `export class Router {}`,
      '/app/lib/base.ts': `export class BaseController {}`,
      '/app/lib/errors.ts': `export class AuthError extends Error { constructor() { super('no'); this.status = 401; } }`,
      '/app/lib/controllers.ts': `import { BaseController } from './base';
export class UsersController extends BaseController {}`,
    });
    expect(reported(`
import { createLogger } from '../lib/logger';
import { Router } from '../lib/router';
import { UsersController } from '../lib/controllers';
import { AuthError } from '../lib/errors';
const log = createLogger('routes');
const router = new Router();
const users = new UsersController();
export function guard(req) { if (!req.user) { log.warn('401'); throw new AuthError(); } }`, { host, fileName: '/app/src/routes.ts' }))
      .toEqual([]); // AuthError is reported where it binds its 401, in lib/errors.ts
    // The error class's module is read; the logger's, the router's and the controllers' (nor their base's) are not.
    expect(host.reads.filter((path) => path.endsWith('.ts'))).toEqual(['/app/lib/errors.ts']);
  });

  it("parses no module of a barrel's star exports whose text cannot export the name looked up, and follows one that re-exports further", () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: 'web' }),
      '/app/lib/index.ts': `export * from './logger';\nexport * from './more';\nexport * from './router';`,
      '/app/lib/logger.ts': `export function createLogger(name: string) { return console; }`,
      '/app/lib/router.ts': `export class Router {}`,
      '/app/lib/more.ts': `export * from './errors';`,
      '/app/lib/errors.ts': `export class UnauthorizedError extends Error { status = 401; }`,
    });
    const parsed: string[] = [];
    const parse = host.parse;
    host.parse = (text, path) => {
      parsed.push(path);
      return parse(text, path);
    };
    // A class with its status in a field is reported at its use.
    expect(reported(`
import { UnauthorizedError } from '../lib';
export function guard(req) { if (!req.user) throw new UnauthorizedError(); }`, { host, fileName: '/app/src/routes.ts' })).toEqual(['missingChallenge@UnauthorizedError:3']);
    expect(parsed).toEqual(['/app/lib/index.ts', '/app/lib/more.ts', '/app/lib/errors.ts']);
    expect(host.reads).toContain('/app/lib/logger.ts');
  });
});

describe('response helpers (issue 9 item 4)', () => {
  it('summarises a function that answers with the status it is given, with the headers it sets', () => {
    const bindings = summaryOf(`
      export function sendError(res, status, message) { return res.status(status).json({ error: message }); }
      export function jsonError(message, { status = 500, level = 'info' } = {}) { return new Response(message, { status, headers: { 'Content-Type': 'text/plain' } }); }
      export const challenge = (res, code) => { res.setHeader('WWW-Authenticate', 'Bearer'); res.statusCode = code; res.end(); };
      export function passThrough(status, body, headers) { return new Response(body, { status, headers }); }
      export function fixed(res) { return res.status(401).end(); }
      export function twoStatuses(res, a, b) { res.status(a); res.status(b); }
      export function notAResponse(status) { return { status }; }
      export function withStatus(err, status) { err.status = status; return err; }`);
    expect(bindings.sendError).toEqual({ kind: 'response-helper', name: 'sendError', statusParam: { index: 1 }, headers: 'none' });
    expect(bindings.jsonError).toEqual({ kind: 'response-helper', name: 'jsonError', statusParam: { index: 1, field: 'status' }, headers: ['Content-Type'] });
    expect(bindings.challenge).toMatchObject({ statusParam: { index: 1 }, headers: ['WWW-Authenticate'] });
    expect(bindings.passThrough).toMatchObject({ statusParam: { index: 0 }, headers: 'unknown' });
    // A fixed status is a site in the helper itself; two status parameters, or no response, are no helper.
    expect(bindings.fixed).toBeUndefined();
    expect(bindings.twoStatuses).toBeUndefined();
    expect(bindings.notAResponse).toBeUndefined();
    // An error given its status is no response: it goes where errors go.
    expect(bindings.withStatus).toBeUndefined();
  });

  it('summarises a function that throws an error with the status it is given, with the error\'s headers', () => {
    const bindings = summaryOf(`
      import createError from 'http-errors';
      class ApiError extends Error { constructor(status, message) { super(message); this.status = status; } }
      class ChallengeError extends Error { constructor(status) { super(); this.status = status; this.headers = { 'WWW-Authenticate': 'Bearer' }; } }
      export function fail(status, message) { log(message); throw new ApiError(status, message); }
      export const httpFail = ({ status, message }) => { throw createError(status, message); };
      export function challengeFail(status) { throw new ChallengeError(status); }
      export function unseenClass(status) { throw new HttpError(status); }
      export function transformed(status) { throw new ApiError(Number(status)); }
      export function sometimes(ok, status) { if (!ok) throw new ApiError(status); }
      export function notHttpErrors(status) { throw makeError(status); }`);
    expect(bindings.fail).toEqual({ kind: 'response-helper', name: 'fail', delivery: 'error', statusParam: { index: 0 }, headers: 'none' });
    expect(bindings.httpFail).toEqual({ kind: 'response-helper', name: 'httpFail', delivery: 'error', statusParam: { index: 0, field: 'status' }, headers: 'none' });
    expect(bindings.challengeFail).toMatchObject({ delivery: 'error', headers: ['WWW-Authenticate'] });
    // A class not seen, a status transformed, a throw on some paths only, a factory not known: no helper.
    expect(bindings.unseenClass).toBeUndefined();
    expect(bindings.transformed).toBeUndefined();
    expect(bindings.sometimes).toBeUndefined();
    expect(bindings.notHttpErrors).toBeUndefined();
  });

  it('reports each call given a 401, in the file and across files, and reads the module only for a call given a status', () => {
    const host = memoryHost({
      '/app/package.json': JSON.stringify({ name: 'web' }),
      '/app/lib/respond.ts': `export function logAndRespond(body, { status = 200 } = {}) { console.info(body); return new Response(body, { status }); }`,
      '/app/lib/format.ts': `export function format(x) { return String(x); }`,
    });
    expect(reported(`
import { logAndRespond } from '../lib/respond';
import { format } from '../lib/format';
export async function POST(req) {
  const text = format(await req.text());
  if (!req.headers.get('x-signature')) return logAndRespond('No signature.', { status: 401 });
  if (!text) return logAndRespond('Empty.', { status: 400 });
  return logAndRespond('ok');
}`, { host, fileName: '/app/app/route.ts' })).toEqual(['missingChallenge@401:6']);
    // The memory host gives no file stamps, so the graph reads the module again for each lookup (and reuses its summary by content).
    expect(new Set(host.reads.filter((path) => path.endsWith('.ts')))).toEqual(new Set(['/app/lib/respond.ts']));
  });
});

describe('central error handlers in other files (issue 9 item 2)', () => {
  /** The handlers `app.ts` of `files` mounts, as the registry finds them with the project in view. */
  function handlersOf(files: Record<string, string>) {
    // The 401 lets the file through the checks' prefilter.
    const code = `${files['/p/app.ts']!}\n// 401`;
    const file = prepareFile(parseCode(code), code, { project: { graph: new ProjectGraph(memoryHost(files)), fileName: '/p/app.ts' } });
    return errorHandlersIn(file.context!).map(({ name, line, challenge401, addChallenge }) => ({ name, line, challenge401, edit: addChallenge !== undefined }));
  }
  const EXPRESS_NONE = `export function errorHandler(err, req, res, next) {\n  res.status(err.status ?? 500).json({ error: err.message });\n}`;
  const EXPRESS_ADDS = `export function errorHandler(err, req, res, next) {\n  if (err.status === 401) res.set('WWW-Authenticate', 'Bearer');\n  res.status(err.status).end();\n}`;

  it.each([
    ['Express app.use(imported), named', { '/p/app.ts': `import { errorHandler } from './errors';\napp.use(errorHandler);`, '/p/errors.ts': EXPRESS_NONE },
      [{ name: `errorHandler from './errors'`, line: 1, challenge401: 'none', edit: false }]],
    ['Express, a handler that adds the challenge', { '/p/app.ts': `import { errorHandler } from './errors';\napp.use(errorHandler);`, '/p/errors.ts': EXPRESS_ADDS },
      [{ name: `errorHandler from './errors'`, line: 1, challenge401: 'adds', edit: false }]],
    ['Express, a default export', { '/p/app.ts': `import onError from './errors';\napp.use(onError);`, '/p/errors.ts': `export default (err, req, res, next) => res.status(500).end();` },
      [{ name: `default from './errors'`, line: 1, challenge401: 'none', edit: false }]],
    ['Express, CommonJS module.exports and a namespace member', {
      '/p/app.ts': `const onError = require('./errors');\nconst handlers = require('./more');\napp.use(onError);\napp.use(handlers.last);`,
      '/p/errors.js': `function onError(err, req, res, next) { res.status(500).end(); }\nmodule.exports = onError;`,
      '/p/more.ts': `export const last = (err, req, res, next) => { res.set('WWW-Authenticate', 'Basic'); res.end(); };`,
    }, [{ name: `onError from './errors'`, line: 1, challenge401: 'none', edit: false }, { name: `last from './more'`, line: 1, challenge401: 'adds', edit: false }]],
    ['Express, through a re-export', { '/p/app.ts': `import { errorHandler } from './lib';\napp.use(errorHandler);`, '/p/lib/index.ts': `export * from './errors';`, '/p/lib/errors.ts': `\n${EXPRESS_NONE}` },
      [{ name: `errorHandler from './lib'`, line: 2, challenge401: 'none', edit: false }]],
    ['Koa error middleware and its factory', {
      '/p/app.ts': `import { errors, makeErrors } from './mw';\napp.use(errors);\napp.use(makeErrors());`,
      '/p/mw.ts': `export async function errors(ctx, next) {\n  try { await next(); } catch (e) { ctx.status = e.status; }\n}\nexport const makeErrors = () => async (ctx, next) => {\n  try { await next(); } catch (e) { ctx.set('WWW-Authenticate', 'Bearer'); }\n};`,
    }, [{ name: `errors from './mw'`, line: 2, challenge401: 'none', edit: false }, { name: `makeErrors from './mw'`, line: 5, challenge401: 'adds', edit: false }]],
    ['Fastify setErrorHandler(imported)', { '/p/app.ts': `import { onError } from './errors';\nfastify.setErrorHandler(onError);`, '/p/errors.ts': `export function onError(error, request, reply) { reply.code(500).send(error); }` },
      [{ name: `onError from './errors'`, line: 1, challenge401: 'none', edit: false }]],
    ['Hono app.onError(imported), in a file that imports Hono', { '/p/app.ts': `import { Hono } from 'hono';\nimport { onError } from './errors';\napp.onError(onError);`, '/p/errors.ts': `export const onError = (err, c) => c.json({ error: err.message }, 500);` },
      [{ name: `onError from './errors'`, line: 1, challenge401: 'none', edit: false }]],
    ['Nest useGlobalFilters(new Filter()) and APP_FILTER', {
      '/p/app.ts': `import { APP_FILTER } from '@nestjs/core';\nimport { HttpFilter } from './filter';\nimport { OtherFilter } from './other';\napp.useGlobalFilters(new HttpFilter());\n@Module({ providers: [{ provide: APP_FILTER, useClass: OtherFilter }] })\nexport class AppModule {}`,
      '/p/filter.ts': `@Catch(HttpException)\nexport class HttpFilter { catch(exception, host) { const res = host.switchToHttp().getResponse(); res.status(exception.getStatus()).json({}); } }`,
      '/p/other.ts': `@Catch()\nexport class OtherFilter { catch(exception, host) { const res = host.switchToHttp().getResponse(); res.setHeader('WWW-Authenticate', 'Bearer'); res.end(); } }`,
    }, [{ name: `HttpFilter from './filter'`, line: 2, challenge401: 'none', edit: false }, { name: `OtherFilter from './other'`, line: 2, challenge401: 'adds', edit: false }]],
  ])('%s', (_, files, expected) => {
    expect(handlersOf(files)).toEqual(expected);
  });

  it.each([
    ['an unresolvable module', { '/p/app.ts': `import { errorHandler } from './missing';\napp.use(errorHandler);` }],
    ['an unparsable module', { '/p/app.ts': `import { errorHandler } from './errors';\napp.use(errorHandler);`, '/p/errors.ts': `export function errorHandler(err, req, res, next) {` }],
    ['a three-parameter middleware', { '/p/app.ts': `import { auth } from './auth';\napp.use(auth);`, '/p/auth.ts': `export function auth(req, res, next) { res.status(401).end(); }` }],
    ['a Nest filter for other exceptions', { '/p/app.ts': `import { DbFilter } from './filter';\napp.useGlobalFilters(new DbFilter());`, '/p/filter.ts': `@Catch(QueryFailedError)\nexport class DbFilter { catch(e, host) {} }` }],
    ['a re-export cycle', { '/p/app.ts': `import { errorHandler } from './a';\napp.use(errorHandler);`, '/p/a.ts': `export * from './b';`, '/p/b.ts': `export * from './a';` }],
    ['Hono onError in a file that does not import Hono', { '/p/app.ts': `import { onError } from './errors';\nstream.onError(onError);`, '/p/errors.ts': `export const onError = (err, c) => c.json({}, 500);` }],
  ])('finds none: %s', (_, files) => {
    expect(handlersOf(files)).toEqual([]);
  });

  it('parses a module once for the handlers asked of it in turn', () => {
    const files = {
      '/p/app.ts': `import { errorHandler, fallback } from './errors';\napp.use(errorHandler);\napp.use(fallback);\n// 401`,
      '/p/errors.ts': `${EXPRESS_NONE}\nexport function fallback(err, req, res, next) { res.status(500).end(); }`,
    };
    const host = memoryHost(files);
    const parsed: string[] = [];
    const counting: ProjectHost = { ...host, parse: (text, path) => (parsed.push(path), host.parse(text, path)) };
    const code = files['/p/app.ts'];
    const file = prepareFile(parseCode(code), code, { project: { graph: new ProjectGraph(counting), fileName: '/p/app.ts' } });
    expect(errorHandlersIn(file.context!).map((h) => h.name)).toEqual([`errorHandler from './errors'`, `fallback from './errors'`]);
    expect(parsed).toEqual(['/p/errors.ts']);
  });

  it('judges the errors of the file that mounts the handler against it: reported with its name, or compliant', () => {
    const app = `import { errorHandler } from './handler';\nimport { AuthError } from './errors';\napp.get('/', (req, res) => { throw new AuthError(401); });\napp.use(errorHandler);`;
    const errors = `export class AuthError extends Error { constructor(status) { super('no'); this.status = status; } }`;
    const host = (handler: string) => ({ host: memoryHost({ '/p/app.ts': app, '/p/handler.ts': handler, '/p/errors.ts': errors }), fileName: '/p/app.ts' });
    expect(reported(app, host(EXPRESS_NONE))).toEqual(['errorHandlerSendsNoChallenge@401:3']);
    expect(reported(app, host(EXPRESS_ADDS))).toEqual([]);
    expect(reported(app, { host: memoryHost({ '/p/app.ts': app, '/p/errors.ts': errors }), fileName: '/p/app.ts' })).toEqual(['missingChallenge@401:3']);
  });
});

describe('fixed 403 helpers judged at the call (issue 9 item 4, the 403 side)', () => {
  /** The no-403-for-unauthenticated findings of `/p/app.ts`, as the text each points at, and its suggestion's edit. */
  function denied(files: Record<string, string>): string[] {
    const code = files['/p/app.ts']!;
    const file = prepareFile(parseCode(code), code, { project: { graph: new ProjectGraph(memoryHost(files)), fileName: '/p/app.ts' } });
    return checkNo403ForUnauthenticated(file).map((f) => {
      const edit = f.suggestions.flatMap((s) => s.edits)[0];
      return `${code.slice(f.range[0], f.range[1])}:${code.slice(0, f.range[0]).split('\n').length}${edit ? ` -> ${edit.text}` : ''}`;
    });
  }
  const DENY = `function deny(res) { return res.status(403).json({ error: 'forbidden' }); }\n`;

  it('summarises a helper that answers one fixed 403, and not one that may answer another status', () => {
    expect(summaryOf(`export ${DENY}`).deny).toEqual({ kind: 'fixed-status-helper', name: 'deny', status: 403, headers: 'none' });
    expect(summaryOf(`export const forbidden = () => new Response('no', { status: 403 });`).forbidden).toMatchObject({ kind: 'fixed-status-helper', status: 403 });
    expect(summaryOf(`export function maybe(res, ok) { if (ok) return res.status(200).end(); return res.status(403).end(); }`).maybe).toBeUndefined();
    expect(summaryOf(`export function gone(res) { return res.status(410).end(); }`).gone).toBeUndefined();
  });

  it('reports the call whose guard says the requester is unauthenticated, in the file and imported', () => {
    expect(denied({ '/p/app.ts': `${DENY}app.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });` }))
      .toEqual(['deny:2']);
    // A helper declared inside a function is found through the scope, not the module's summaries: as a function and as an arrow.
    const nested = (helper: string) => `export function routes(app) {\n  ${helper}\n  app.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });\n}`;
    expect(denied({ '/p/app.ts': nested(DENY.trim()) })).toEqual(['deny:3']);
    expect(denied({ '/p/app.ts': nested(`const deny = (res) => res.status(403).json({ error: 'forbidden' });`) })).toEqual(['deny:3']);
    expect(denied({
      '/p/app.ts': `import { deny, unauthorized } from './respond';\napp.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });`,
      '/p/respond.ts': `export ${DENY}export function unauthorized(res) { res.set('WWW-Authenticate', 'Bearer'); return res.status(401).end(); }`,
    })).toEqual(['deny:2']);
  });

  it('reads an imported helper given no status only when its name says it denies, not for a response argument alone', () => {
    const files = {
      '/p/app.ts': `import { deny } from './respond';\nimport { saveUser } from './users';\n// 403 (the prefilter's word)\napp.use((req, res, next) => { if (!req.session.user) return deny(res); saveUser(res); next(); });`,
      '/p/respond.ts': `export ${DENY}`,
      '/p/users.ts': `export function saveUser(res) { return res.status(403).end(); }`,
    };
    const host = memoryHost(files);
    const code = files['/p/app.ts'];
    const file = prepareFile(parseCode(code), code, { project: { graph: new ProjectGraph(host), fileName: '/p/app.ts' } });
    expect(checkNo403ForUnauthenticated(file).map((f) => code.slice(f.range[0], f.range[1]))).toEqual(['deny']);
    expect(host.reads).toContain('/p/respond.ts');
    expect(host.reads).not.toContain('/p/users.ts');
  });

  it('lets a file whose text names no 401 or 403 through the prefilter when it imports a denial helper and a project is followed', () => {
    const files = {
      '/p/app.ts': `import { deny } from './respond';\napp.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });`,
      '/p/respond.ts': `export ${DENY}`,
    };
    expect(denied(files)).toEqual(['deny:2']);
    const required = { ...files, '/p/app.ts': `const { deny } = require('./respond');\napp.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });` };
    expect(denied(required)).toEqual(['deny:2']);
    // Without a project, or with an import of no denial helper, the file is not analysed at all.
    const code = files['/p/app.ts'];
    expect(prepareFile(parseCode(code), code).context).toBeUndefined();
    const other = `import { save } from './respond';\napp.use((req, res, next) => { save(res); next(); });`;
    expect(prepareFile(parseCode(other), other, { project: { graph: new ProjectGraph(memoryHost(files)), fileName: '/p/app.ts' } }).context).toBeUndefined();
  });

  it('stays silent where the guard is about permission, the response is kept, or the helper is not seen', () => {
    expect(denied({ '/p/app.ts': `${DENY}app.use((req, res, next) => { if (!req.user.isAdmin) return deny(res); next(); });` })).toEqual([]);
    expect(denied({ '/p/app.ts': `${DENY}app.use((req, res, next) => { if (!req.session.user) { const r = deny(res); log(r); } next(); });` })).toEqual([]);
    expect(denied({ '/p/app.ts': `import { deny } from './missing';\n// 403\napp.use((req, res, next) => { if (!req.session.user) return deny(res); next(); });` })).toEqual([]);
  });
});
