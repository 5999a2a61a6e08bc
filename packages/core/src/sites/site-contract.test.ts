import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits/text-edits.js';
import { ALLOW, LOCATION, RETRY_AFTER, WWW_AUTHENTICATE } from '../http/header-names.js';
import { responseSitesFor, siteContextFor } from '../prepare-file.js';
import { headerOnCarrier } from './carrier-headers.js';
import type { ResponseSite } from './response-site.js';
import { setStatusEdits } from './set-status.js';
import type { SiteContext } from './site-context.js';

/*
 * The ResponseSite contract, pinned per form: what a recognizer reports for any status and any
 * header, and what the generic capabilities write. New rules (429, 405 + Allow, redirects + Location)
 * rely on exactly this.
 */

interface OneSite {
  readonly site: ResponseSite;
  readonly context: SiteContext;
  readonly code: string;
}

function onlySite(code: string): OneSite {
  const program = parse(code, { range: true, loc: true });
  const sites = responseSitesFor(program, code);
  expect(sites).toHaveLength(1);
  return { site: sites[0]!, context: siteContextFor(program, code), code };
}

/** What the site and the rest of its handler say about header `name`. */
function evidence({ site, context }: OneSite, name: string) {
  return { onSite: site.headerOnSite(name), onCarrier: headerOnCarrier(site.headerCarrier, site.node, name, context) };
}

function withStatus(one: OneSite, to: number): string | undefined {
  const edits = setStatusEdits(one.site, to, one.context);
  return edits && applyEdits(one.code, edits);
}

function withHeader({ site, code }: OneSite, name: string, value: string): string | undefined {
  if (site.addHeader.kind !== 'edit') return undefined;
  const edits = site.addHeader.build(name, value);
  return edits && applyEdits(code, edits);
}

describe('a site carries its status, delivery and header evidence for any header name', () => {
  it.each([
    {
      form: 'express, header set before', code: `app.get('/', (req, res) => { res.set('Allow', 'GET'); res.status(405).end(); });`,
      status: 405, delivery: 'respond', header: ALLOW, onSite: 'absent', onCarrier: 'present',
    },
    {
      form: 'express, header chained', code: `app.get('/', (req, res) => { res.set('Location', '/login').status(302).end(); });`,
      status: 302, delivery: 'respond', header: LOCATION, onSite: 'present', onCarrier: 'absent',
    },
    {
      form: 'Web Response init', code: `export function GET() { return new Response(null, { status: 405, headers: { Allow: 'GET' } }); }`,
      status: 405, delivery: 'respond', header: ALLOW, onSite: 'present', onCarrier: 'absent',
    },
    {
      form: 'http-errors props', code: `import createError from 'http-errors';\nfunction f(req, res, next) { next(createError(429, 'slow', { headers: { 'Retry-After': '60' } })); }`,
      status: 429, delivery: 'error', header: RETRY_AFTER, onSite: 'present', onCarrier: 'absent',
    },
  ] as const)('$form', ({ code, status, delivery, header, onSite, onCarrier }) => {
    const one = onlySite(code);
    expect(one.site.status.code).toBe(status);
    expect(one.site.delivery).toBe(delivery);
    expect(evidence(one, header)).toEqual({ onSite, onCarrier });
    // Another header is not taken for this one, WWW-Authenticate included.
    expect(evidence(one, WWW_AUTHENTICATE)).toEqual({ onSite: 'absent', onCarrier: 'absent' });
  });

  it('reads WWW-Authenticate as one header among others', () => {
    const one = onlySite(`export function GET() { return new Response(null, { status: 401, headers: { 'www-authenticate': 'Bearer' } }); }`);
    expect(evidence(one, WWW_AUTHENTICATE)).toEqual({ onSite: 'present', onCarrier: 'absent' });
    expect(evidence(one, ALLOW).onSite).toBe('absent');
  });

  it('says where earlier headers are dropped (Koa throw)', () => {
    const one = onlySite(`import Koa from 'koa';\napp.use(async (ctx) => { ctx.set('Retry-After', '60'); ctx.throw(429); });`);
    expect(one.site.earlierHeadersSurvive).toBe(false);
    expect(evidence(one, RETRY_AFTER)).toEqual({ onSite: 'absent', onCarrier: 'present' });
  });
});

describe('setStatus writes the new status in the author\'s form', () => {
  it.each([
    {
      form: 'number', code: `app.get('/', (req, res) => res.status(403).end());`,
      to401: `res.status(401)`, to429: `res.status(429)`,
    },
    {
      form: 'StatusCodes.FORBIDDEN', code: `import { StatusCodes } from 'http-status-codes';\napp.get('/', (req, res) => res.status(StatusCodes.FORBIDDEN).end());`,
      to401: `StatusCodes.UNAUTHORIZED`, to429: `StatusCodes.TOO_MANY_REQUESTS`,
    },
    {
      form: 'axios HttpStatusCode.Forbidden', code: `import { HttpStatusCode } from 'axios';\napp.get('/', (req, res) => res.status(HttpStatusCode.Forbidden).end());`,
      to401: `HttpStatusCode.Unauthorized`, to429: `HttpStatusCode.TooManyRequests`,
    },
    {
      form: 'HttpStatus.FORBIDDEN with its reason phrase',
      code: `import { HttpException, HttpStatus } from '@nestjs/common';\nfunction f() { throw new HttpException('Forbidden', HttpStatus.FORBIDDEN); }`,
      to401: `new HttpException('Unauthorized', HttpStatus.UNAUTHORIZED)`, to429: `new HttpException('Too Many Requests', HttpStatus.TOO_MANY_REQUESTS)`,
    },
    {
      form: 'ForbiddenException (Nest has no class for 429)',
      code: `import { ForbiddenException } from '@nestjs/common';\nfunction f() { throw new ForbiddenException('slow down'); }`,
      to401: `import { ForbiddenException, UnauthorizedException } from '@nestjs/common';\nfunction f() { throw new UnauthorizedException('slow down'); }`,
      to429: `import { ForbiddenException, HttpException } from '@nestjs/common';\nfunction f() { throw new HttpException('slow down', 429); }`,
    },
    {
      form: 'Boom.forbidden(msg)', code: `import Boom from '@hapi/boom';\nfunction f() { throw Boom.forbidden('no'); }`,
      to401: `Boom.unauthorized('no')`, to429: `Boom.tooManyRequests('no')`,
    },
    {
      form: 'createError(403)', code: `import createError from 'http-errors';\nfunction f(req, res, next) { next(createError(403)); }`,
      to401: `createError(401)`, to429: `createError(429)`,
    },
    {
      form: 'createError.Forbidden', code: `import createError from 'http-errors';\nfunction f(req, res, next) { next(createError.Forbidden('no')); }`,
      to401: `createError.Unauthorized('no')`, to429: `createError.TooManyRequests('no')`,
    },
    {
      form: '\'Forbidden\' reason phrase beside the status (h3)',
      code: `import { createError } from 'h3';\nexport default defineEventHandler((event) => { throw createError({ statusCode: 403, statusMessage: 'Forbidden' }); });`,
      to401: `{ statusCode: 401, statusMessage: 'Unauthorized' }`, to429: `{ statusCode: 429, statusMessage: 'Too Many Requests' }`,
    },
  ])('$form', ({ code, to401, to429 }) => {
    const one = onlySite(code);
    expect(one.site.status.code).toBe(403);
    expect(withStatus(one, 401)).toContain(to401);
    expect(withStatus(one, 429)).toContain(to429);
  });

  it('keeps Boom.forbidden(msg, data) off 401 (the second argument would become the scheme), not off 429', () => {
    const one = onlySite(`import Boom from '@hapi/boom';\nfunction f(id) { throw Boom.forbidden('no', { id }); }`);
    expect(withStatus(one, 401)).toBeUndefined();
    expect(withStatus(one, 429)).toContain(`Boom.tooManyRequests('no', { id })`);
  });

  it('turns a Nest guard\'s false into the exception for the status', () => {
    const one = onlySite(`import { CanActivate } from '@nestjs/common';\nexport class G implements CanActivate {\n  canActivate() {\n    return false;\n  }\n}`);
    expect(one.site.delivery).toBe('guard-deny');
    expect(withStatus(one, 401)).toContain('throw new UnauthorizedException()');
    expect(withStatus(one, 429)).toContain(`throw new HttpException('Too Many Requests', 429)`);
  });
});

describe('addHeader says up front whether a header can be added, and writes any header', () => {
  it.each([
    {
      form: 'express chain', code: `app.get('/', (req, res) => res.status(429).end());`,
      written: `res.set('Retry-After', '60').status(429).end()`,
    },
    {
      form: 'Web ResponseInit', code: `export function GET() { return new Response(null, { status: 429 }); }`,
      written: `new Response(null, { status: 429, headers: { 'Retry-After': '60' } })`,
    },
    {
      form: 'http-errors props', code: `import createError from 'http-errors';\nfunction f(req, res, next) { next(createError(429, 'slow')); }`,
      written: `createError(429, 'slow', { headers: { 'Retry-After': '60' } })`,
    },
    {
      form: 'statement before a Fastify error', code: `import Fastify from 'fastify';\napp.get('/', async (request, reply) => {\n  throw reply.httpErrors.getHttpError(429);\n});`,
      written: `  reply.header('Retry-After', '60');\n  throw reply.httpErrors`,
    },
  ])('$form', ({ code, written }) => {
    const one = onlySite(code);
    expect(one.site.addHeader.kind).toBe('edit');
    expect(withHeader(one, RETRY_AFTER, '60')).toContain(written);
  });

  it('gives advice, not an edit, where the framework cannot carry a header', () => {
    const { site } = onlySite(`import { ForbiddenException } from '@nestjs/common';\nfunction f() { throw new ForbiddenException(); }`);
    expect(site.addHeader).toEqual({ kind: 'advice', advice: 'nestException' });
  });

  it('writes only WWW-Authenticate through Boom\'s scheme argument', () => {
    const one = onlySite(`import Boom from '@hapi/boom';\nfunction f() { throw Boom.unauthorized('no'); }`);
    expect(withHeader(one, WWW_AUTHENTICATE, 'Bearer')).toContain(`Boom.unauthorized('no', 'Bearer')`);
    expect(withHeader(one, RETRY_AFTER, '60')).toBeUndefined();
  });
});
