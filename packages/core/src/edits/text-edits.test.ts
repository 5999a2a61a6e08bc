import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { applyEdits, insertStatementBeforeSite } from './text-edits.js';

const STATEMENT = `set('WWW-Authenticate', 'Bearer');`;

/** Inserts STATEMENT before the first call whose text starts with `site`; the new text, or undefined. */
function insertBefore(code: string, site: string, options?: { blockArrowBody?: boolean }): string | undefined {
  const program = parse(code, { range: true, loc: true });
  const index = indexProgram(program);
  const call = index.calls.find((c: TSESTree.CallExpression) => code.slice(c.range[0], c.range[1]).startsWith(site));
  if (!call) throw new Error(`no call ${site}`);
  const edits = insertStatementBeforeSite(index, call, STATEMENT, code, options);
  return edits && applyEdits(code, edits);
}

describe('insertStatementBeforeSite', () => {
  it('puts the statement on its own line before the site\'s statement, at its indentation', () => {
    expect(insertBefore(`function f() {\n  if (!user) {\n    deny(403);\n  }\n}`, 'deny'))
      .toBe(`function f() {\n  if (!user) {\n    ${STATEMENT}\n    deny(403);\n  }\n}`);
  });

  it('puts it on the same line where the statement shares its line', () => {
    expect(insertBefore(`function f() { if (!user) { deny(403); } }`, 'deny'))
      .toBe(`function f() { if (!user) { ${STATEMENT} deny(403); } }`);
  });

  it('gives a brace-less if branch braces, so the statement stays under the condition', () => {
    expect(insertBefore(`function f() { if (!user) return deny(403); }`, 'deny'))
      .toBe(`function f() { if (!user) { ${STATEMENT} return deny(403); } }`);
    expect(insertBefore(`function f() { if (ok) go(); else throw deny(403); }`, 'deny'))
      .toBe(`function f() { if (ok) go(); else { ${STATEMENT} throw deny(403); } }`);
  });

  it('refuses a site that runs on one side of ?:, && or || only', () => {
    expect(insertBefore(`function f() { return user ? ok() : deny(403); }`, 'deny')).toBeUndefined();
    expect(insertBefore(`function f() { return user || deny(403); }`, 'deny')).toBeUndefined();
    expect(insertBefore(`function f() { if (!user) return user || deny(403); }`, 'deny')).toBeUndefined();
  });

  it('accepts a site that always runs inside an expression: the test of ?:, the left of &&', () => {
    expect(insertBefore(`function f() { return deny(403) ? a : b; }`, 'deny'))
      .toBe(`function f() { ${STATEMENT} return deny(403) ? a : b; }`);
    expect(insertBefore(`function f() { deny(403) && log(); }`, 'deny'))
      .toBe(`function f() { ${STATEMENT} deny(403) && log(); }`);
  });

  it('turns an arrow\'s expression body into a block only when asked, and never a parenthesised one', () => {
    expect(insertBefore(`const h = (event) => deny(403);`, 'deny')).toBeUndefined();
    expect(insertBefore(`const h = (event) => deny(403);`, 'deny', { blockArrowBody: true }))
      .toBe(`const h = (event) => { ${STATEMENT} return deny(403); };`);
    expect(insertBefore(`const h = (event) => (deny(403));`, 'deny', { blockArrowBody: true })).toBeUndefined();
    expect(insertBefore(`const h = (event) => user ? ok() : deny(403);`, 'deny', { blockArrowBody: true })).toBeUndefined();
  });

  it('refuses where no statement fits: a condition, a loop head', () => {
    expect(insertBefore(`function f() { if (deny(403)) go(); }`, 'deny')).toBeUndefined();
    expect(insertBefore(`function f() { for (;;) deny(403); }`, 'deny')).toBeUndefined();
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order, keeping insertions at one offset in the order given', () => {
    expect(applyEdits('abc', [{ range: [2, 3], text: 'C' }, { range: [1, 1], text: 'x' }, { range: [1, 1], text: 'y' }]))
      .toBe('axybC');
  });

  it('takes file offsets for a slice that starts later in the file', () => {
    expect(applyEdits('status = 403;', [{ range: [19, 22], text: '401' }], 10)).toBe('status = 401;');
  });
});
