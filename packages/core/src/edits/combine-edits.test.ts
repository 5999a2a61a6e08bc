import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../finding.js';
import { combineEdits } from './combine-edits.js';
import { applyEdits } from './text-edits.js';

/** An edit that replaces the first occurrence of `find` (after `from`) in `source`. */
function replace(source: string, find: string, text: string, from = 0): TextEdit {
  const at = source.indexOf(find, from);
  if (at < 0) throw new Error(`no ${find}`);
  return { range: [at, at + find.length], text };
}

function insertAt(source: string, before: string, text: string): TextEdit {
  const at = source.indexOf(before);
  return { range: [at, at], text };
}

describe('combineEdits', () => {
  it('keeps edits that are apart as they are, in source order', () => {
    const source = `res.status(403).end();`;
    const use401 = [replace(source, '403', '401')];
    const header = [insertAt(source, '.status', `.set('WWW-Authenticate', 'Bearer')`)];
    const combined = combineEdits(source, use401, header)!;
    expect(combined).toEqual([header[0], use401[0]]);
    expect(applyEdits(source, combined)).toBe(`res.set('WWW-Authenticate', 'Bearer').status(401).end();`);
  });

  it('merges edits that touch into one, the first set first', () => {
    const source = `c.json(body, 403)`;
    const use401 = [replace(source, '403', '401')];
    const header = [{ range: [use401[0]!.range[1], use401[0]!.range[1]], text: `, { 'WWW-Authenticate': 'Bearer' }` } as const];
    expect(combineEdits(source, use401, header)).toEqual([
      { range: use401[0]!.range, text: `401, { 'WWW-Authenticate': 'Bearer' }` },
    ]);
  });

  it('merges an insertion at the start of a replaced span before it, as ESLint orders them', () => {
    const source = `a(403)`;
    const inserted: TextEdit = { range: [2, 2], text: 'x, ' };
    const replaced = replace(source, '403', '401');
    expect(combineEdits(source, [replaced], [inserted])).toEqual([{ range: [2, 5], text: 'x, 401' }]);
  });

  it('applies an edit inside another\'s replaced text to the copy that text writes back', () => {
    const source = `if (!ctx.state.user) ctx.status = 403;`;
    const use401 = [replace(source, '403', '401')];
    const header = [replace(source, 'ctx.status = 403;', `{ ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 403; }`)];
    const combined = combineEdits(source, use401, header)!;
    expect(combined).toHaveLength(1);
    expect(applyEdits(source, combined)).toBe(`if (!ctx.state.user) { ctx.set('WWW-Authenticate', 'Bearer'); ctx.status = 401; }`);
  });

  it('composes two edits of the same span: the one that writes the old text back holds the other', () => {
    const source = `json(data, 403)`;
    const use401 = [replace(source, '403', '401')];
    const header = [replace(source, '403', `{ status: 403, headers: { 'WWW-Authenticate': 'Bearer' } }`)];
    expect(applyEdits(source, combineEdits(source, use401, header)!))
      .toBe(`json(data, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } })`);
  });

  it('gives up where the outer edit writes the old text back more than once', () => {
    const source = `json(data, 403)`;
    const use401 = [replace(source, '403', '401')];
    const header = [replace(source, '403', `{ status: 403, headers: { 'WWW-Authenticate': 'Bearer error_uri="/403"' } }`)];
    expect(combineEdits(source, use401, header)).toBeUndefined();
  });

  it('gives up where two edits overlap without one holding the other', () => {
    const source = `abcdef`;
    expect(combineEdits(source, [{ range: [0, 3], text: 'X' }], [{ range: [2, 5], text: 'Y' }])).toBeUndefined();
  });

  it('counts the same edit given by both sets once', () => {
    const source = `import { ForbiddenError } from 'x';`;
    const addImport = insertAt(source, ' }', ', UnauthorizedError');
    expect(combineEdits(source, [addImport], [addImport])).toEqual([addImport]);
  });
});
