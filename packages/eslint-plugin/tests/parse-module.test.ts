// How the project model parses an imported module (parse-module.ts): JavaScript with espree,
// TypeScript and what espree cannot read with typescript-estree, never a throw.
import { describe, expect, it } from 'vitest';
import { parseModule } from '../src/parse-module.js';

const kinds = (program: ReturnType<typeof parseModule>) => program?.body.map((s) => s.type);

describe('parseModule', () => {
  it('reads an ES module and a CommonJS module with a top-level return (espree), with ranges and locations', () => {
    const esm = parseModule(`export class AuthError extends Error { status = 401; }\n`, '/p/errors.js');
    expect(kinds(esm)).toEqual(['ExportNamedDeclaration']);
    expect(esm?.body[0]?.range).toEqual([0, 54]);
    expect(esm?.body[0]?.loc.start).toEqual({ line: 1, column: 0 });
    // espree's tree, not typescript-estree's: no TypeScript-only members on the class.
    expect('implements' in ((esm?.body[0] as { declaration?: object }).declaration ?? {})).toBe(false);
    const cjs = parseModule(`if (loaded) return;\nmodule.exports = require('./errors');\n`, '/p/index.js');
    expect(kinds(cjs)).toEqual(['IfStatement', 'ExpressionStatement']);
    expect(kinds(parseModule(`return;\nexports.a = 1;\n`, '/p/index.cjs'))).toEqual(['ReturnStatement', 'ExpressionStatement']);
  });

  it('reads JSX in a .js file, and TypeScript syntax there with typescript-estree', () => {
    expect(kinds(parseModule(`export const page = () => <div>no</div>;\n`, '/p/page.js'))).toEqual(['ExportNamedDeclaration']);
    const typed = parseModule(`export function deny(res: Response): void { res.status(403).end(); }\n`, '/p/deny.js');
    expect(kinds(typed)).toEqual(['ExportNamedDeclaration']);
  });

  it('reads TypeScript files with typescript-estree, and gives undefined for a text neither parser reads', () => {
    const ts = parseModule(`export class ApiError extends Error { constructor(readonly status: number) { super(); } }\n`, '/p/errors.ts');
    expect(kinds(ts)).toEqual(['ExportNamedDeclaration']);
    expect('implements' in ((ts?.body[0] as { declaration?: object }).declaration ?? {})).toBe(true);
    expect(parseModule('export class (', '/p/broken.js')).toBeUndefined();
    expect(parseModule('export class (', '/p/broken.ts')).toBeUndefined();
  });
});
