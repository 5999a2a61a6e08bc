import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (web)', rule, {
  valid: [
    `export async function GET() { return Response.redirect('https://example.com/b', 301); }`,
    `import { NextResponse } from 'next/server';
export async function GET(request) { return NextResponse.redirect(new URL('/b', request.url)); }`,
    `import { NextResponse } from 'next/server';
export async function GET(request) { return NextResponse.redirect(new URL('/b', request.url), 308); }`,
    `export async function GET() { return new Response(null, { status: 302, headers: { Location: '/b' } }); }`,
    `export async function GET() { return new Response(null, { status: 303, headers: new Headers({ location: '/b' }) }); }`,
    `export async function GET() { return new Response(null, { status: 307, headers: [['Location', '/b']] }); }`,
    `export async function GET() { return new Response(null, { status: 301, headers }); }`,
    `export async function GET() { return new Response(null, { status: 302, headers: { ...common } }); }`,
    `import { redirect } from 'next/navigation';
export default async function Page() { redirect('/b'); }`,
    `import { redirect, permanentRedirect } from 'next/navigation';
export async function action() { permanentRedirect('/b'); }`,
    `import { redirect } from '@sveltejs/kit';
export const load = async () => { redirect(302, '/login'); };`,
    `import { redirect } from '@sveltejs/kit';
export const actions = { default: async () => { throw redirect(303, '/done'); } };`,
    `import { redirect } from '@remix-run/node';
export const loader = async () => { throw redirect('/login', 302); };`,
    `import { redirect } from 'react-router';
export async function action() { return redirect('/done', { status: 303 }); }`,
    `import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler((event) => sendRedirect(event, '/b', 302));`,
    `import { Controller, Get, Redirect } from '@nestjs/common';
@Controller()
export class A { @Get() @Redirect('https://nestjs.com', 301) a() {} }`,
  ],
  invalid: [
    {
      code: `export async function GET(request) {
  return new Response(null, { status: 302 });
}`,
      errors: [
        { messageId: 'missingLocation', line: 2, column: 39, suggestions: [] },
      ],
    },
    {
      code: `export async function GET(request) {
  const url = new URL('/login', request.url);
  return new Response(null, { status: 307 });
}`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 39,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `export async function GET(request) {
  const url = new URL('/login', request.url);
  return Response.redirect(url.href, 307);
}` },
            { messageId: 'suggestAddLocation', output: `export async function GET(request) {
  const url = new URL('/login', request.url);
  return new Response(null, { status: 307, headers: { 'Location': url.href } });
}` },
          ],
        },
      ],
    },
    {
      code: `export async function POST(request) {
  const redirectTo = '/done';
  return new Response(null, { status: 303, headers: { 'Cache-Control': 'no-store' } });
}`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 39,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `export async function POST(request) {
  const redirectTo = '/done';
  return new Response(null, { status: 303, headers: { 'Cache-Control': 'no-store', 'Location': redirectTo } });
}` },
          ],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  return new NextResponse(null, { status: 301 });
}`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 43, suggestions: [] },
      ],
    },
    {
      code: `export default {
  fetch(request) {
    return new Response('moved', { status: 308 });
  },
};`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 44, suggestions: [] },
      ],
    },
    {
      code: `export async function GET(request) {
  const url = '/login';
  return new Response(null, { status: 302 });
}`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 39,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `export async function GET(request) {
  const url = '/login';
  return new Response(null, { status: 302, headers: { 'Location': url } });
}` },
          ],
        },
      ],
    },
    {
      code: `export async function GET(request) {
  const url = new URL('/login', request.url);
  const response = new Response(null, { status: 302 });
  return response;
}`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 49,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `export async function GET(request) {
  const url = new URL('/login', request.url);
  const response = new Response(null, { status: 302, headers: { 'Location': url.href } });
  return response;
}` },
          ],
        },
      ],
    },
    {
      code: `import { NextResponse } from 'next/server';
export async function GET() {
  const url = 'https://example.com/new';
  return new NextResponse(null, { status: 308 });
}`,
      errors: [
        {
          messageId: 'missingLocation', line: 4, column: 43,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `import { NextResponse } from 'next/server';
export async function GET() {
  const url = 'https://example.com/new';
  return NextResponse.redirect(url, 308);
}` },
            { messageId: 'suggestAddLocation', output: `import { NextResponse } from 'next/server';
export async function GET() {
  const url = 'https://example.com/new';
  return new NextResponse(null, { status: 308, headers: { 'Location': url } });
}` },
          ],
        },
      ],
    },
  ],
});
