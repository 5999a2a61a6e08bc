import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateHandlerFile } from '../../../../scripts/bench/generate/handler-file.mjs';
// @ts-expect-error: a plain .mjs script without types
import { seededRandom } from '../../../../scripts/bench/stats.mjs';
import { analyzeDocument, type DocumentAnalysis } from './analyze-document.js';
import { closesItself, reparse, type ParsedSource, type ParseKind } from './incremental-parse.js';
import { parseSource, type ParseResult } from './parse-source.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** Deprecated properties typescript-estree keeps behind getters: not enumerable, compared too. */
const DEPRECATED_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  TSMappedType: ['typeParameter'],
  TSEnumDeclaration: ['members'],
  TSImportType: ['argument'],
};

/** The first difference between two trees (every field but `parent`), as a path; undefined when equal. */
function difference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return `${at}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array and non-array`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('parent');
  const type = (a as { type?: unknown }).type;
  if (typeof type === 'string') for (const key of DEPRECATED_PROPERTIES[type] ?? []) keys.add(key);
  for (const key of keys) {
    if (!(key in a) || !(key in b)) return `${at}.${key}: present in only one`;
    const found = difference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (found) return found;
  }
  return undefined;
}

function expectSameParse(actual: ParseResult, expected: ParseResult, context: string): void {
  expect(actual.ok, context).toBe(expected.ok);
  if (actual.ok && expected.ok) {
    const found = difference(actual.program, expected.program);
    expect(found === undefined, `${context}: ${found}`).toBe(true);
  }
  if (!actual.ok && !expected.ok) expect(actual.error, context).toBe(expected.error);
}

interface Sample {
  readonly name: string;
  readonly text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:[mc]?[jt]s|[jt]sx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Syntax whose trees typescript-estree builds in unusual ways (shared ranges, deprecated getters). */
const UNUSUAL_SYNTAX = [
  `import def, { named as alias } from 'mod';`,
  `import type * as ns from 'types';`,
  `type Mapped<T> = { readonly [K in keyof T as \`get\${string & K}\`]?: T[K] };`,
  `type Imported = import('mod').Thing<string>;`,
  `enum Color { Red = 1, Green = Red << 1, 'Blue' = 4 }`,
  `const enum Flags { A, B }`,
  `function isUser(x: unknown): x is { id: string } { return typeof x === 'object'; }`,
  `function assertUser(x: unknown): asserts x is string {}`,
  `type Tuple = [first: string, ...rest: number[]];`,
  `@decorated() export class Service { constructor(private readonly a: string, public b?: number) {} @get('/') handle(@param() p: string) { return p; } }`,
  `export default class {}`,
  `export * as all from 'x';`,
  `namespace NS { export const x = 1; }`,
  `declare module 'augmented' { interface Thing { y: number } }`,
  `const re = /[/]\\//g, tpl = \`a\${ \`b\${1}\` }c\`;`,
  `label: for (const [k, { v = 1 }] of Object.entries({})) { if (k) continue label; }`,
  `const arrow = async <T,>(x: T): Promise<T> => x satisfies T;`,
  `abstract class Shape { abstract area(): number; accessor size = 1; static { init(); } }`,
  `let maybe = a?.b?.[c]?.(d) ?? e!;`,
].join('\n\n');

function samples(): Sample[] {
  const files = [...sourceFiles(path.join(REPO, 'test/fixtures')), ...sourceFiles(path.join(REPO, 'examples'))];
  const fromDisk = files.map((file) => ({ name: path.relative(REPO, file), text: fs.readFileSync(file, 'utf8') }));
  const generated = ['express', 'koa', 'nest'].map((style) => ({ name: `/generated/${style}-300.ts`, text: generateHandlerFile({ lines: 300, style, seed: 3 }) as string }));
  const unusual = [
    { name: '/unusual/syntax.ts', text: `${UNUSUAL_SYNTAX}\n` },
    { name: '/unusual/script.ts', text: `"use strict";\n\nconst a = 1;\n\nfunction f() {\n  return a;\n}\n\nawait (a);\n\nf();\n` },
    { name: '/unusual/crlf.ts', text: `import x from 'x';\r\n\r\nconst a = x;\r\n\r\nfunction f() {\r\n  return a; // eslint-disable-line\r\n}\r\nf();\u2028g();\r\n` },
  ];
  return [...fromDisk, ...generated, ...unusual];
}

const SNIPPETS = [
  `const pasted = req.user ? 1 : 2;\n`,
  `app.get('/x', (req, res) => { if (!req.user) return res.status(403).end(); res.end(); });\n`,
  `// a comment\n`,
  `/* block */ `,
  `import extra from 'extra';\n`,
  `// eslint-disable-next-line authlint/no-403-for-unauthenticated\n`,
  `"use strict";\n`,
  `await (pending);\n`,
  `export {};\n`,
  `;`,
  `}`,
  `{`,
  `'`,
  '`',
  `(`,
];
const CHARS = 'abcxyz_$ ;{}()\'"`/*\n.=<>!0123';

type Edit = (text: string) => string;

/** One seeded random edit of the kinds an editor sees; some break the syntax, the next ones may fix it. */
function randomEdit(rand: () => number): { edit: Edit; undo?: boolean } {
  const at = (text: string) => Math.floor(rand() * (text.length + 1));
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const kind = Math.floor(rand() * 12);
  switch (kind) {
    case 0: return { edit: (t) => { const i = at(t); return t.slice(0, i) + pick([...CHARS]) + t.slice(i); } };
    case 1: return { edit: (t) => { const i = at(t); return t.slice(0, i) + t.slice(i + 1); } };
    case 2: return { edit: (t) => { const i = at(t); return t.slice(0, i) + pick([...CHARS]) + t.slice(i + 1); } };
    case 3: return { edit: (t) => { const starts = lineStarts(t); const s = pick(starts); const e = t.indexOf('\n', s); return t.slice(0, s) + (e < 0 ? '' : t.slice(e + 1)); } };
    case 4: return { edit: (t) => { const s = pick(lineStarts(t)); return t.slice(0, s) + pick(SNIPPETS) + t.slice(s); }, undo: true };
    case 5: return { edit: (t) => pick(SNIPPETS) + t, undo: true };
    case 6: return { edit: (t) => t + pick(SNIPPETS), undo: true };
    case 7: return { edit: (t) => { const braces = [...t.matchAll(/[{}'"`()]/g)]; if (braces.length === 0) return t; const m = pick(braces); return t.slice(0, m.index) + t.slice(m.index + 1); }, undo: true };
    case 8: return { edit: (t) => { const comments = [...t.matchAll(/\/\/|\/\*/g)]; if (comments.length === 0) return t; const i = pick(comments).index + 2; return `${t.slice(0, i)} note${t.slice(i)}`; } };
    case 9: return { edit: (t) => { const gaps = [...t.matchAll(/\n\n/g)]; if (gaps.length === 0) return t; const i = pick(gaps).index + 1; return t.slice(0, i) + pick(['\n', 'x;\n', ' ', `foo()\n`]) + t.slice(i); } };
    case 10: return { edit: (t) => { const spaces = [...t.matchAll(/ {2,}/g)]; if (spaces.length === 0) return t; const i = pick(spaces).index + 1; return t.slice(0, i) + pick([' ', '', '\n']) + t.slice(i); } };
    default: return { edit: (t) => t.replace(/^import [^\n]*\n/m, '') };
  }
}

interface Tally {
  incremental: number;
  /** Full parses of text that parses: where the fast path could have served and did not. */
  fallback: number;
  /** Full parses of text that does not parse (mid-edit): a syntax error is never concluded from part of the file. */
  invalid: number;
  unchanged: number;
}

/** Types `word` one character at a time at the start of a random line inside a function body. */
function typingSteps(text: string, rand: () => number, word: string): string[] {
  const bodyLines = [...text.matchAll(/\n( {2,})(?=\S)/g)];
  if (bodyLines.length === 0) return [];
  const m = bodyLines[Math.floor(rand() * bodyLines.length)]!;
  const i = m.index + m[0].length;
  return [...word].map((_, n) => `${text.slice(0, i)}${word.slice(0, n + 1)}${text.slice(i)}`);
}

describe('reparse', () => {
  it('gives the tree a full parse gives, over chains of random edits on many files', () => {
    const rand = seededRandom(20240611);
    const tally: Tally = { incremental: 0, fallback: 0, invalid: 0, unchanged: 0 };
    const all = samples();
    expect(all.length).toBeGreaterThan(20);
    for (const sample of all) {
      let text = sample.text;
      const first = parseSource(text, sample.name);
      expect(first.ok, sample.name).toBe(true);
      let source: ParsedSource | undefined = reparse(undefined, text, sample.name).source;
      const step = (next: string, label: string) => {
        const result = reparse(source, next, sample.name);
        const full = parseSource(next, sample.name);
        expectSameParse(result.result, full, `${sample.name}, ${label}`);
        if (result.kind === 'incremental') tally.incremental++;
        else if (result.kind === 'unchanged') tally.unchanged++;
        else if (!full.ok) tally.invalid++;
        else if (source) tally.fallback++;
        source = result.source;
        text = next;
        return full.ok;
      };
      let lastGood = text;
      for (let n = 0; n < 18; n++) {
        const { edit, undo } = randomEdit(rand);
        const parses = step(edit(text), `edit ${n}`);
        if (parses) lastGood = text;
        else if (undo || rand() < 0.5) step(lastGood, `back to the last good text after edit ${n}`);
        if (n % 6 === 0) for (const typed of typingSteps(text, rand, 'user.id;')) step(typed, `typing at ${n}`);
      }
    }
    const reparses = tally.incremental + tally.fallback;
    expect(reparses).toBeGreaterThan(500);
    expect(tally.invalid).toBeGreaterThan(100);
    expect(tally.unchanged).toBeGreaterThan(0);
    // Some edits touch imports and directives or join statements; still most are incremental.
    expect(tally.incremental / reparses, JSON.stringify(tally)).toBeGreaterThan(0.6);
  }, 120_000);

  it('gives the findings a fresh analysis gives, analysis after analysis', () => {
    const rand = seededRandom(77);
    let incremental = 0;
    const withFindings = samples().filter((s) => s.name.startsWith('test/fixtures') || s.name.startsWith('/generated'));
    for (const sample of withFindings) {
      let previous: DocumentAnalysis | undefined;
      let text = sample.text;
      for (let n = 0; n < 12; n++) {
        const analysis = analyzeDocument({ text, fileName: sample.name }, undefined, previous);
        const fresh = analyzeDocument({ text, fileName: sample.name });
        expect(analysis.status, sample.name).toBe(fresh.status);
        expect(analysis.findings, sample.name).toEqual(fresh.findings);
        expect(analysis.diagnostics, sample.name).toEqual(fresh.diagnostics);
        if (analysis.timings.reparsed === 'incremental') incremental++;
        previous = analysis;
        // Half the time back to the last text that parsed, so that a syntax error does not stay for good.
        text = fresh.status !== 'analyzed' && rand() < 0.5 ? sample.text : randomEdit(rand).edit(text);
      }
    }
    expect(incremental).toBeGreaterThan(withFindings.length * 4);
  }, 120_000);
});

describe('reparse, case by case', () => {
  const file = '/case/file.ts';
  const from = (text: string, fileName = file) => reparse(undefined, text, fileName).source!;
  const expectKind = (before: string, after: string, kind: ParseKind, fileName = file) => {
    const result = reparse(from(before, fileName), after, fileName);
    expectSameParse(result.result, parseSource(after, fileName), `${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
    expect(result.kind).toBe(kind);
    return result;
  };

  it('returns the same tree for the same text', () => {
    const source = from('const a = 1;\n');
    const result = reparse(source, 'const a = 1;\n', file);
    expect(result.kind).toBe('unchanged');
    expect(result.result.ok && result.result.program).toBe(source.program);
  });

  it('reuses the statements before and after the edit, moved to their new places', () => {
    const before = 'const a = 1;\nconst b = 2;\nconst c = 3;\nconst d = 4;\nfunction e() { return d; }\n';
    const source = from(before);
    const [a, , , , e] = source.program.body;
    const after = before.replace('c = 3', 'c = 3 + 30;\nconst cc = 300');
    const result = reparse(source, after, file);
    expect(result.kind).toBe('incremental');
    expectSameParse(result.result, parseSource(after, file), 'moved');
    const body = result.result.ok ? result.result.program.body : [];
    expect(body[0]).toBe(a);
    expect(body.at(-1)).toBe(e);
    expect(body.at(-1)!.loc.start.line).toBe(6);
  });

  it('moves columns of statements that share the edited line', () => {
    expectKind('a; b; c; d; e; f;', 'a; b; ccc; d; e; f;', 'incremental');
    expectKind('a; b;\nc; d; e; f;\ng;', 'a; b;\nc;\n\n d; e; f;\ng;', 'incremental');
  });

  it('parses in full when the statement before the edit does not come back as it was', () => {
    // Without the `let` the call continues on the next line: `foo()[a] = b`.
    expectKind('x;\nfoo()\nlet [a] = b;\nz;\n', 'x;\nfoo()\n[a] = b;\nz;\n', 'full');
  });

  it('parses in full when the statement after the edit does not come back as it was', () => {
    // The declaration becomes a function expression, which the next line then calls.
    expectKind('a;\nb;\nfunction f() {}\n(c);\n', 'a;\nx = function f() {}\n(c);\n', 'full');
  });

  it('knows which statements no text after them can continue (they need no anchor)', () => {
    const closed = ['a;', 'const a = () => {};', 'function f() {}', 'class A {}', 'export function f() {}', 'export default class {}',
      'export default a;', 'interface I {}', 'enum E { A }', 'type T = 1;', `import a from 'a';`, 'declare module "m";', 'throw e;', 'do x(); while (y);'];
    const open = ['a', 'x = function () {}', 'export default {}', 'if (a) b;', 'if (a) {}', 'try {} catch {}', 'for (;;) if (a) b;',
      'while (a) {}', '{}', 'label: a;', 'a = {}', 'declare function f(): void'];
    for (const code of [...closed, ...open]) {
      const parsed = parseSource(code, file);
      expect(parsed.ok, code).toBe(true);
      if (parsed.ok) expect(closesItself(parsed.program.body[0]!, code), code).toBe(closed.includes(code));
    }
  });

  it('reparses only the edited statements between closed ones, and anchors where a statement stays open', () => {
    // Each edit below is checked against a full parse; an `else`, a call or a member access must not attach wrongly.
    expectKind('a;\nb;\nc;\nd;\n', 'a;\nbb;\nc;\nd;\n', 'incremental');
    expectKind('a;\nif (x) b;\nc;\nd;\n', 'a;\nif (x) b;\nelse c;\nd;\n', 'full');
    expectKind('a;\nif (x) {}\nc;\nd;\ne;\n', 'a;\nif (x) {}\nc;\nd();\ne;\n', 'incremental');
    expectKind('a;\nb;\nc;\n[d];\ne;\n', 'a;\nb;\nc\n[d];\ne;\n', 'full');
    expectKind('a;\nfunction f() {}\nb;\n(c);\n', 'a;\nfunction f() {}\nbb;\n(c);\n', 'incremental');
    expectKind('a;\nb;\nc;\n`t`;\n', 'a;\nb;\nc = x\n`t`;\n', 'full');
    expectKind('a;\n\nb;\n', 'a;\n// note\n\nb;\n', 'incremental');
  });

  it('parses a region of a module as a module: a top-level await stays an await', () => {
    const before = `import a from 'a';\n\nconst b = 1;\n\nawait (b);\n\nlast();\n`;
    const result = expectKind(before, before.replace('b = 1', 'b = 2'), 'incremental');
    expect(result.result.ok && result.result.program.body[2]).toMatchObject({ expression: { type: 'AwaitExpression' } });
  });

  it('parses in full when a script becomes a module or a module a script', () => {
    const script = `const a = 1;\n\nawait (a);\n\nf();\n\ng();\n`;
    expectKind(script, script.replace('f();', `import x from 'x';`), 'full');
    const module = `import x from 'x';\n\nconst a = 1;\n\nawait (a);\n\nf();\n`;
    expectKind(module, module.replace(`import x from 'x';`, 'h();'), 'full');
  });

  it('parses in full a module that is one only through import.meta', () => {
    const text = `a();\n\nconst here = import.meta.url;\n\nb();\n\nc();\n`;
    expectKind(text, text.replace('c();', 'cc();'), 'full');
  });

  it('parses in full when a string statement could become or stop being a directive', () => {
    // The string statement before the edit, closed by its `;`, is reused, not parsed standalone (where it would read as a directive).
    expectKind('x;\n"a";\ny;\nz;\n', 'x;\n"a";\nyy;\nz;\n', 'incremental');
    // The edited string statement, parsed alone, would read as a directive (after `x;` it is none): the
    // region then takes `x;` along as its anchor, where it reads right.
    expectKind('x;\n"a";\ny;\nz;\n', 'x;\n"ab";\ny;\nz;\n', 'incremental');
    expectKind('"a";\nx;\n"b";\n"c";\n"d";\n', '"a";\n"b";\n"c";\n"d";\n', 'full');
  });

  it('keeps directives that stay directives', () => {
    expectKind('"use strict";\n"use client";\nx;\ny;\n', '"use strict";\n"use client";\nxx;\ny;\n', 'incremental');
  });

  it('splices the comments when they are collected, and parses in full when the need for them changes', () => {
    const before = '// eslint-disable-next-line\na(); // one\n/* two */ b();\nc(); // three\nd();\n';
    expectKind(before, before.replace('b();', 'bb(); // new'), 'incremental');
    expectKind(before, before.replace('/* two */', ''), 'incremental');
    expectKind('a();\nb();\nc();\n', 'a();\n// eslint-disable-next-line\nb();\nc();\n', 'full');
    expectKind(before, before.replace('eslint-disable-next-line', 'nothing'), 'full');
  });

  it('keeps the last good parse across a syntax error, and parses the fix incrementally', () => {
    const good = 'a();\nfunction f() {\n  return 1;\n}\nb();\n';
    const broken = reparse(from(good), good.replace('return 1;', 'return (1;'), file);
    expect(broken.result.ok).toBe(false);
    expect(broken.source?.text).toBe(good);
    const fixed = reparse(broken.source, good.replace('return 1;', 'return (1);'), file);
    expect(fixed.kind).toBe('incremental');
    expectSameParse(fixed.result, parseSource(good.replace('return 1;', 'return (1);'), file), 'fixed');
  });

  it('parses in full when the file name or the language changes', () => {
    const text = 'const a = <T,>(x: T) => x;\n';
    expect(reparse(from(text, '/a.ts'), text, '/a.tsx').kind).toBe('full');
    expect(reparse(from(text, '/untitled'), text, '/untitled', 'typescriptreact').kind).toBe('full');
  });

  it('parses in full, and never throws, when the previous tree is not what it claims', () => {
    const text = 'a();\nb();\nc();\n';
    const source = from(text);
    const broken = { ...source, program: { ...source.program, body: source.program.body.map((s) => ({ ...s, loc: undefined })) } } as unknown as ParsedSource;
    const result = reparse(broken, 'a();\nbb();\nc();\n', file);
    expect(result.kind).toBe('full');
    expectSameParse(result.result, parseSource('a();\nbb();\nc();\n', file), 'broken previous');
    const unusable = reparse({ ...source, program: null } as unknown as ParsedSource, 'a();\n', file);
    expect(unusable.kind).toBe('full');
  });

  it('relies on typescript-estree sharing positions only between a node and its child', () => {
    const program = parseSource(UNUSUAL_SYNTAX, '/unusual/syntax.ts');
    expect(program.ok).toBe(true);
    if (!program.ok) return;
    const owners = new Map<object, unknown>();
    const shared: string[] = [];
    const visit = (node: { type: string; range: object; loc: { start: object; end: object } }, parent?: typeof node) => {
      for (const value of [node.range, node.loc, node.loc.start, node.loc.end]) {
        const owner = owners.get(value);
        if (owner === undefined) owners.set(value, node);
        else if (owner !== parent) shared.push(node.type);
        else shared.push(`${node.type} (with its parent)`);
      }
      for (const key of visitorKeys[node.type as keyof typeof visitorKeys] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item.type === 'string') visit(item, node);
      }
    };
    visit(program.program as never);
    // The cases the shift knows about are present (so this check is exercised) and there are no others.
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.filter((s) => !s.endsWith('(with its parent)'))).toEqual([]);
  });
});
