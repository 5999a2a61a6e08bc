// @ts-check
// Generated server files of a given length, deterministic for a seed: Express, Koa or NestJS style
// handlers and middleware, a realistic share of them answering 401 or 403 (some mistaken, most not),
// between plain business-logic helpers. Used by the editor-pipeline and scaling benchmarks.
import { seededRandom } from '../stats.mjs';

const RESOURCES = ['order', 'invoice', 'customer', 'product', 'report', 'ticket', 'project', 'comment', 'payment', 'session'];
const FIELDS = ['id', 'name', 'total', 'status', 'createdAt', 'ownerId', 'tags', 'amount', 'currency', 'notes'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** A plain helper with no response in it: most of a real server file. */
function helper(rand, n) {
  const r = pick(rand, RESOURCES);
  const fields = FIELDS.filter(() => rand() < 0.6);
  const lines = [
    `export function normalize${cap(r)}${n}(input: Record<string, unknown>): Record<string, unknown> {`,
    '  const out: Record<string, unknown> = {};',
    ...fields.map((f) => `  if (input.${f} !== undefined) out.${f} = typeof input.${f} === 'string' ? input.${f}.trim() : input.${f};`),
    `  const items = Array.isArray(input.items) ? input.items : [];`,
    '  let sum = 0;',
    '  for (const item of items) {',
    `    sum += Number((item as { price?: number }).price ?? 0) * ${1 + Math.floor(rand() * 5)};`,
    '  }',
    '  out.sum = Math.round(sum * 100) / 100;',
    '  return out;',
    '}',
    '',
  ];
  return lines;
}

const express = {
  header: [
    "import express, { type Request, type Response, type NextFunction } from 'express';",
    "import jwt from 'jsonwebtoken';",
    '',
    'const app = express();',
    "const SECRET = process.env.JWT_SECRET ?? 'dev';",
    '',
  ],
  units: [
    // mistake: no user -> 403
    (rand, n) => {
      const r = pick(rand, RESOURCES);
      return [
        `app.get('/api/${r}s/:id', async (req: Request, res: Response) => {`,
        '  if (!req.user) {',
        "    return res.status(403).json({ error: 'login required' });",
        '  }',
        `  const ${r} = await db.${r}s.findById(req.params.id);`,
        `  if (!${r}) return res.status(404).json({ error: 'not found' });`,
        `  res.json(normalize${cap(r)}${n}(${r}));`,
        '});',
        '',
      ];
    },
    // correct: role check -> 403
    (rand) => {
      const r = pick(rand, RESOURCES);
      return [
        `app.delete('/api/${r}s/:id', async (req: Request, res: Response) => {`,
        "  if (req.user?.role !== 'admin') {",
        "    return res.status(403).json({ error: 'admins only' });",
        '  }',
        `  await db.${r}s.remove(req.params.id);`,
        '  res.sendStatus(204);',
        '});',
        '',
      ];
    },
    // mistake: 401 without WWW-Authenticate
    (rand, n) => [
      `export function requireToken${n}(req: Request, res: Response, next: NextFunction) {`,
      "  const token = req.headers.authorization?.replace(/^Bearer /, '');",
      '  try {',
      '    req.user = jwt.verify(token ?? "", SECRET) as Express.User;',
      '    next();',
      '  } catch {',
      "    res.status(401).json({ error: 'invalid token' });",
      '  }',
      '}',
      '',
    ],
    // correct: 401 with the header
    (rand, n) => [
      `export function requireSession${n}(req: Request, res: Response, next: NextFunction) {`,
      '  if (!req.session?.userId) {',
      "    res.set('WWW-Authenticate', 'Bearer realm=\"api\"').status(401).json({ error: 'login required' });",
      '    return;',
      '  }',
      '  next();',
      '}',
      '',
    ],
    // plain route
    (rand, n) => {
      const r = pick(rand, RESOURCES);
      return [
        `app.post('/api/${r}s', express.json(), async (req: Request, res: Response) => {`,
        `  const body = normalize${cap(r)}${n}(req.body);`,
        `  const created = await db.${r}s.insert(body);`,
        '  res.status(201).json(created);',
        '});',
        '',
      ];
    },
  ],
};

const koa = {
  header: [
    "import Koa, { type Context, type Next } from 'koa';",
    "import Router from '@koa/router';",
    '',
    'const app = new Koa();',
    'const router = new Router();',
    '',
  ],
  units: [
    (rand) => {
      const r = pick(rand, RESOURCES);
      return [
        `router.get('/${r}s/:id', async (ctx: Context) => {`,
        "  if (!ctx.state.user) ctx.throw(403, 'Please log in');",
        `  ctx.body = await db.${r}s.findById(ctx.params.id);`,
        '});',
        '',
      ];
    },
    (rand) => {
      const r = pick(rand, RESOURCES);
      return [
        `router.put('/${r}s/:id', async (ctx: Context) => {`,
        `  const ${r} = await db.${r}s.findById(ctx.params.id);`,
        `  if (${r}.ownerId !== ctx.state.user.id) ctx.throw(403, 'not yours');`,
        `  ctx.body = await db.${r}s.update(ctx.params.id, ctx.request.body);`,
        '});',
        '',
      ];
    },
    (rand, n) => [
      `export async function apiKey${n}(ctx: Context, next: Next) {`,
      "  if (ctx.get('x-api-key') !== process.env.API_KEY) {",
      '    ctx.status = 401;',
      "    ctx.body = { error: 'bad api key' };",
      '    return;',
      '  }',
      '  await next();',
      '}',
      '',
    ],
    (rand) => [
      "router.get('/me', async (ctx: Context) => {",
      "  ctx.assert(ctx.state.user, 401, 'Please log in', { headers: { 'WWW-Authenticate': 'Bearer' } });",
      '  ctx.body = ctx.state.user;',
      '});',
      '',
    ],
  ],
};

const nest = {
  header: [
    "import { Controller, Get, Post, Delete, Param, Req, Body, ForbiddenException, UnauthorizedException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';",
    '',
  ],
  units: [
    (rand, n) => {
      const r = pick(rand, RESOURCES);
      return [
        `@Controller('${r}s-${n}')`,
        `export class ${cap(r)}Controller${n} {`,
        `  constructor(private readonly ${r}s: ${cap(r)}Service) {}`,
        '',
        "  @Get(':id')",
        `  async findOne(@Param('id') id: string, @Req() req: AuthedRequest) {`,
        "    if (!req.user) throw new ForbiddenException('login required');",
        `    return this.${r}s.findOne(id);`,
        '  }',
        '',
        "  @Delete(':id')",
        `  async remove(@Param('id') id: string, @Req() req: AuthedRequest) {`,
        "    if (!req.user.roles.includes('admin')) throw new ForbiddenException('admins only');",
        `    return this.${r}s.remove(id);`,
        '  }',
        '',
        '  @Post()',
        `  async create(@Body() body: Record<string, unknown>) {`,
        `    return this.${r}s.create(normalize${cap(r)}${n}(body));`,
        '  }',
        '}',
        '',
      ];
    },
    (rand, n) => [
      '@Injectable()',
      `export class AuthGuard${n} implements CanActivate {`,
      '  canActivate(context: ExecutionContext): boolean {',
      '    const request = context.switchToHttp().getRequest();',
      '    if (!request.user) return false;',
      '    return true;',
      '  }',
      '}',
      '',
    ],
    (rand, n) => [
      `export function assertToken${n}(token: string | undefined) {`,
      "  if (!token) throw new UnauthorizedException('token required');",
      '}',
      '',
    ],
  ],
};

export const STYLES = { express, koa, nest };

/**
 * A file of about `lines` lines (never fewer) in `style` ('express' | 'koa' | 'nest'), the same text for
 * the same arguments on every machine. About one unit in three is a handler or guard; the rest helpers.
 */
export function generateHandlerFile({ lines, style = 'express', seed = 1 }) {
  const { header, units } = STYLES[style];
  const rand = seededRandom(seed * 7919 + lines);
  const out = [`// Generated by scripts/bench/generate/handler-file.mjs (${style}, ${lines} lines, seed ${seed}).`, ...header];
  let n = 0;
  while (out.length < lines) {
    n++;
    out.push(...helper(rand, n));
    if (rand() < 0.5) out.push(...pick(rand, units)(rand, n));
  }
  return `${out.join('\n')}\n`;
}
