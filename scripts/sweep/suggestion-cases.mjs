// @ts-check
// Code that each rule reports with a suggestion, in several frameworks, so that the sweep applies the
// suggestions of the rules the framework corpus hardly exercises (its files seldom send a 405, a
// redirect by hand or content on a 204). Each case must hold a finding of its `rule` with at least one
// suggestion; the sweep applies every suggestion of every finding in it (verify-suggestions.mjs).

/** The rules whose suggestions the sweep must see applied cleanly at least once (run-sweep.mjs fails otherwise). */
export const RULES_WITH_SWEPT_SUGGESTIONS = [
  'require-allow', 'require-location', 'no-body-with-204-304', 'no-401-for-forbidden', 'no-403-for-rate-limit',
];

/** @type {readonly { rule: string, framework: string, ext: string, code: string }[]} */
export const SUGGESTION_CASES = [
  // require-allow: the methods come from the routes on the same path or a method guard.
  { rule: 'require-allow', framework: 'express', ext: '.ts', code: `import express from 'express';
const app = express();
app.get('/items', (req, res) => res.json([]));
app.post('/items', (req, res) => res.status(201).json({}));
app.all('/items', (req, res) => res.status(405).json({ error: 'method not allowed' }));
` },
  { rule: 'require-allow', framework: 'next-pages', ext: '.ts', code: `export default function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).json({ error: 'Method not allowed' });
  }
  res.json({ ok: true });
}
` },
  { rule: 'require-allow', framework: 'web', ext: '.ts', code: `export async function GET() {
  return Response.json([]);
}
export async function DELETE() {
  return new Response(null, { status: 405 });
}
` },
  { rule: 'require-allow', framework: 'hono', ext: '.ts', code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items', (c) => c.json([]));
app.all('/items', (c) => c.text('Method Not Allowed', 405));
` },
  { rule: 'require-allow', framework: 'node-http', ext: '.js', code: `const http = require('http');
http.createServer((req, res) => {
  if (req.method !== 'GET') {
    res.writeHead(405, { 'Content-Type': 'text/plain' });
    return res.end('Method Not Allowed');
  }
  res.end('ok');
});
` },

  // require-location: a URL variable in scope becomes the Location, through the framework's redirect helper
  // where it keeps the rest of the response (then the added header is the second suggestion).
  { rule: 'require-location', framework: 'express', ext: '.ts', code: `app.get('/old', (req, res) => {
  const url = '/new';
  res.status(301).end();
});
` },
  { rule: 'require-location', framework: 'koa', ext: '.js', code: `router.get('/old', async (ctx) => {
  const redirectUrl = '/new';
  ctx.status = 302;
});
` },
  { rule: 'require-location', framework: 'node-http', ext: '.js', code: `http.createServer((req, res) => {
  const location = '/login';
  res.writeHead(303);
  res.end();
});
` },
  { rule: 'require-location', framework: 'web', ext: '.ts', code: `export async function GET(request) {
  const url = new URL('/home', request.url);
  return new Response(null, { status: 307 });
}
` },

  { rule: 'require-location', framework: 'fastify', ext: '.ts', code: `import Fastify from 'fastify';
const app = Fastify();
app.get('/old', async (request, reply) => {
  const url = '/new';
  return reply.code(308).send();
});
` },
  { rule: 'require-location', framework: 'hono', ext: '.ts', code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/old', (c) => {
  const returnTo = c.req.query('returnTo') ?? '/';
  return c.body(null, 303);
});
` },
  { rule: 'require-location', framework: 'next', ext: '.ts', code: `import { NextResponse } from 'next/server';
export async function GET(request) {
  const url = new URL('/home', request.url);
  return new NextResponse(null, { status: 302 });
}
` },

  // no-body-with-204-304: drop the content, or keep it with 200.
  { rule: 'no-body-with-204-304', framework: 'express', ext: '.ts', code: `app.delete('/items/:id', async (req, res) => {
  await items.remove(req.params.id);
  res.status(204).json({ deleted: true });
});
app.get('/items/:id', (req, res) => {
  res.status(304);
  res.send('not modified');
});
` },
  { rule: 'no-body-with-204-304', framework: 'express-4', ext: '.js', code: `app.delete('/items/:id', (req, res) => {
  res.json(204, { deleted: true });
});
` },
  { rule: 'no-body-with-204-304', framework: 'hono-status', ext: '.ts', code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  return c.text('deleted');
});
` },
  { rule: 'no-body-with-204-304', framework: 'elysia', ext: '.ts', code: `import { Elysia } from 'elysia';
new Elysia().delete('/items/:id', ({ set }) => {
  set.status = 204;
  return { deleted: true };
});
` },
  { rule: 'no-body-with-204-304', framework: 'nest', ext: '.ts', code: `import { Controller, Delete, HttpCode, HttpStatus } from '@nestjs/common';
@Controller('items')
export class ItemsController {
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove() {
    return { deleted: true };
  }
}
` },
  { rule: 'no-body-with-204-304', framework: 'fastify', ext: '.ts', code: `fastify.delete('/items/:id', async (request, reply) => {
  return reply.code(204).send({ deleted: true });
});
` },
  { rule: 'no-body-with-204-304', framework: 'hono', ext: '.ts', code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => c.json({ deleted: true }, 204));
app.get('/items/:id', (c) => c.text('cached', { status: 304 }));
` },
  { rule: 'no-body-with-204-304', framework: 'koa', ext: '.js', code: `router.delete('/items/:id', async (ctx) => {
  ctx.status = 204;
  ctx.body = { deleted: true };
});
router.get('/items/:id', async (ctx) => {
  ctx.body = 'cached';
  ctx.status = 304;
});
` },
  { rule: 'no-body-with-204-304', framework: 'web', ext: '.ts', code: `import { NextResponse } from 'next/server';
export async function DELETE() {
  return NextResponse.json({ deleted: true }, { status: 204 });
}
export async function PUT() {
  return new Response('Updated', { status: 204 });
}
` },
  { rule: 'no-body-with-204-304', framework: 'node-http', ext: '.js', code: `http.createServer((req, res) => {
  res.writeHead(204, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ ok: true }));
});
` },
  { rule: 'no-body-with-204-304', framework: 'h3', ext: '.ts', code: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 204);
  return { deleted: true };
});
` },
  { rule: 'no-body-with-204-304', framework: 'sveltekit', ext: '.ts', code: `import { json } from '@sveltejs/kit';
export async function DELETE() {
  return json({ deleted: true }, { status: 204 });
}
` },

  // no-401-for-forbidden: a known user failing a permission check gets 403.
  { rule: 'no-401-for-forbidden', framework: 'express', ext: '.ts', code: `app.get('/reports', (req, res) => {
  if (req.user.role !== 'admin') return res.status(401).end();
  res.json([]);
});
` },
  { rule: 'no-401-for-forbidden', framework: 'koa', ext: '.js', code: `router.get('/reports', async (ctx) => {
  if (!ctx.state.user.isAdmin) ctx.throw(401, 'admins only');
  ctx.body = [];
});
` },

  // no-403-for-rate-limit: a rate limit gets 429.
  { rule: 'no-403-for-rate-limit', framework: 'express', ext: '.ts', code: `app.post('/login', (req, res) => {
  if (req.rateLimit.remaining <= 0) return res.status(403).json({ error: 'too many requests' });
  res.json({ ok: true });
});
` },
  { rule: 'no-403-for-rate-limit', framework: 'hono', ext: '.ts', code: `import { Hono } from 'hono';
const app = new Hono();
app.post('/login', async (c) => {
  const { success } = await ratelimit.limit(c.req.header('x-forwarded-for'));
  if (!success) return c.json({ error: 'Too many requests' }, 403);
  return c.json({ ok: true });
});
` },
];
