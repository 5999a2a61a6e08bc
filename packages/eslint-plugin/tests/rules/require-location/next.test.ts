import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (next)', rule, {
  valid: [
    `import { NextResponse } from 'next/server';
export async function GET(request) { return NextResponse.redirect(new URL('/b', request.url)); }`,
    `import { redirect } from 'next/navigation';
export default async function Page() { redirect('/b'); }`,
    `import { permanentRedirect } from 'next/navigation';
export default async function Page() { permanentRedirect('/b'); }`,
    `import { NextResponse } from 'next/server';
export function middleware(request) { return NextResponse.redirect(new URL('/login', request.url), 307); }`,
  ],
  invalid: [
  ],
});
