// Recognizers and edits ask the file's scope analysis (context.names) what a name refers to. Each
// case below was answered wrongly by the name-matching helper it replaced; the control beside it
// shows the site is read at all.
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import type { Finding } from '../finding.js';

function findings(code: string): Finding[] {
  return analyze(parse(code, { range: true, loc: true, jsx: false }), code);
}

const ruleIds = (code: string) => findings(code).map((f) => f.ruleId);
const editTexts = (code: string) => findings(code).flatMap((f) => f.suggestions.flatMap((s) => s.edits.map((e) => e.text)));

describe('headers of a ResponseInit held in a variable', () => {
  const handler = (shadow: string) => [
    "const headers = { 'Content-Type': 'text/plain' };",
    'export async function GET(request: Request, options: { headers: Headers }) {',
    shadow,
    "  return new Response('Sign in first', { status: 401, headers });",
    '}',
  ].join('\n');

  it('control: the outer const object, with no challenge in it, is read', () => {
    expect(ruleIds(handler(''))).toContain('require-www-authenticate');
  });

  it('bug: a destructured `headers` in the handler shadows the outer const (it was read as the outer object)', () => {
    expect(ruleIds(handler('  const { headers } = options;'))).not.toContain('require-www-authenticate');
  });
});

describe('adding `setHeaders` to a SvelteKit handler\'s pattern', () => {
  const load = (local: string) => [
    "import { error } from '@sveltejs/kit';",
    local,
    'export const load = ({ locals }) => {',
    "  if (!locals.user) error(401, 'Sign in first');",
    '  return { user: locals.user };',
    '};',
  ].join('\n');

  it('control: the pattern gets `setHeaders` when the file has no such name', () => {
    expect(editTexts(load(''))).toContain(', setHeaders');
  });

  it('bug: a function of that name in the file is not shadowed by the edit (only declarators counted)', () => {
    expect(ruleIds(load('function setHeaders(headers) { return headers; }'))).toContain('require-www-authenticate');
    expect(editTexts(load('function setHeaders(headers) { return headers; }'))).not.toContain(', setHeaders');
  });
});
