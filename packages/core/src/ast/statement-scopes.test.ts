import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateHandlerFile } from '../../../../scripts/bench/generate/handler-file.mjs';
import { indexProgram } from './ast-index.js';
import { analyzeProgram, WholeFileLookup, type ScopeLookup, type ScopeVariable } from './scope-analysis.js';
import { StatementScopes } from './statement-scopes.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** Scope shapes where a name crosses top-level statements, or where the analysis has a rule of its own. */
const SNIPPETS: readonly { readonly name: string; readonly code: string }[] = [
  { name: 'script var', code: 'var a = 1;\nfunction f() { return a; }\na;\nvar a = 2;\n' },
  { name: 'import used in a function', code: "import x from 'm';\nexport function g() { return x(); }\n" },
  { name: 'type and value of one name', code: 'type T = 1;\nconst T = 2;\nlet v: T = T;\n' },
  { name: 'value use of a type only', code: 'interface I { a: 1 }\nI;\nlet i: I;\n' },
  { name: 'type use of a value only', code: 'const V = 1;\nlet v: V;\nV;\n' },
  { name: 'namespaces merged', code: 'namespace N { export const a = 1; }\nnamespace N { export const b = a; }\nN.b;\n' },
  { name: 'enums merged', code: 'enum E { A = 1 }\nenum E { B = A }\nE.B;\n' },
  { name: 'class and interface merged', code: 'class K {}\ninterface K { x: 1 }\nnew K();\nlet k: K;\n' },
  { name: 'overloads', code: 'function f(): void;\nfunction f(x?: number) { return x; }\nf();\n' },
  { name: 'declare global', code: 'declare global { var g: number }\ng;\nexport {};\n' },
  { name: 'var hoisted from top-level blocks', code: '{ var h = 1; }\nif (h) { var h = 2; }\nfor (var i = 0; i < h; i++) {}\nh; i;\n' },
  { name: 'let shadowed in a block', code: 'let a = 1;\n{ let a = 2; a; }\na;\n' },
  { name: 'implicit global', code: '"use strict";\nx = 1;\nx;\nfunction f() { y = 2; }\ny;\n' },
  { name: 'with', code: 'var o = {};\nwith (o) { p; o; }\np;\n' },
  { name: 'require redeclared', code: "let require = () => 1;\nconst e = require('http-errors');\ne();\n" },
  { name: 'decorators', code: '@Dec()\nexport class A { @Prop() p = A; m(@Arg() x) { return B; } }\nconst B = 1;\nfunction Dec() {}\n' },
  { name: 'default export and export-from', code: "export default function () { return q; }\nexport { q } from 'm';\nconst q = 1;\n" },
  { name: 'catch, labels, arguments', code: 'try { t(); } catch (e) { e; }\nl: for (;;) break l;\nfunction t() { return arguments; }\n' },
  { name: 'type-only import', code: "import type { X } from 'm';\nlet y: X;\nX;\n" },
  { name: 'import equals', code: "import jwt = require('jsonwebtoken');\njwt.verify();\nexport {};\n" },
  { name: 'class expression name and function expression name', code: 'const C = class D { m() { return D; } };\nconst f = function g() { return g; };\nD; g;\n' },
];

interface Sample {
  readonly name: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:[mc]?[jt]s|[jt]sx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function samples(): Sample[] {
  const files = [...sourceFiles(path.join(REPO, 'test/fixtures')), ...sourceFiles(path.join(REPO, 'examples/src'))]
    .map((file) => ({ name: path.relative(REPO, file), code: fs.readFileSync(file, 'utf8') }));
  const generated = ['express', 'koa', 'nest'].map((style) => ({ name: `/generated/${style}.ts`, code: generateHandlerFile({ lines: 400, style }) as string }));
  return [...SNIPPETS.map((s) => ({ name: `/snippets/${s.name}.tsx`, code: s.code })), ...files, ...generated];
}

function parsed(sample: Sample, sourceType: 'module' | 'script'): TSESTree.Program | undefined {
  try {
    return parse(sample.code, { range: true, loc: true, sourceType, jsx: /\.[jt]sx$|\.js$/.test(sample.name), filePath: sample.name });
  } catch {
    return undefined;
  }
}

function nodesOf(program: TSESTree.Program): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node) => {
    nodes.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === 'string') visit(item as TSESTree.Node);
      }
    }
  };
  visit(program);
  return nodes;
}

/** A variable as the resolver reads it: its definitions, by kind and place. */
function shown(variable: ScopeVariable | null | undefined): unknown {
  if (!variable) return variable;
  return { name: variable.name, defs: variable.defs.map((d) => [d.type, (d.name as TSESTree.Node).range, (d.node as TSESTree.Node).range]) };
}

/** Every question the resolver can ask, of every identifier and node, where the two lookups disagree. */
function disagreements(program: TSESTree.Program, composed: ScopeLookup, whole: ScopeLookup): string[] {
  const found: string[] = [];
  const nodes = nodesOf(program);
  const identifiers = nodes.filter((n): n is TSESTree.Identifier => n.type === 'Identifier');
  const names = [...new Set(identifiers.map((i) => i.name))];
  for (const identifier of identifiers) {
    const [a, b] = [shown(composed.variableOf(identifier)), shown(whole.variableOf(identifier))];
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`variableOf ${identifier.name} at ${identifier.range[0]}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`);
  }
  for (const [i, node] of nodes.entries()) {
    // Every name at a sample of nodes, the node's own name at every identifier.
    const asked = node.type === 'Identifier' ? [node.name, ...(i % 11 === 0 ? names : [])] : i % 11 === 0 ? names : [];
    for (const name of asked) {
      if (composed.isBoundAt(name, node) !== whole.isBoundAt(name, node)) found.push(`isBoundAt ${name} at ${node.type} ${node.range[0]}`);
    }
  }
  const [a, b] = [[...composed.declaredNames()].sort(), [...whole.declaredNames()].sort()];
  if (JSON.stringify(a) !== JSON.stringify(b)) found.push(`declaredNames: ${a.join(',')} != ${b.join(',')}`);
  return found;
}

describe('StatementScopes', () => {
  it('answers every question as the whole-file analysis does, on the snippets, fixtures, examples and generated files', () => {
    const all = samples();
    expect(all.length).toBeGreaterThan(SNIPPETS.length + 20);
    let programs = 0;
    for (const sample of all) {
      for (const sourceType of ['module', 'script'] as const) {
        const program = parsed(sample, sourceType);
        if (!program) continue;
        programs++;
        const index = indexProgram(program);
        const found = disagreements(program, new StatementScopes(index), new WholeFileLookup(index, analyzeProgram(program)));
        expect(found, `${sample.name} as a ${sourceType}`).toEqual([]);
      }
    }
    expect(programs).toBeGreaterThan(all.length);
  }, 60_000);

  it('analyses a statement once, however many programs it is reused in', () => {
    const program = parse('const a = 1;\nfunction f() { return a; }\n', { range: true, loc: true });
    const use = nodesOf(program).filter((n): n is TSESTree.Identifier => n.type === 'Identifier' && n.name === 'a').at(-1)!;
    const first = new StatementScopes(indexProgram(program)).variableOf(use);
    // The next version of the text, with the same statements (as the editor's incremental parse hands them back).
    const next = { ...program, body: [...program.body] };
    const again = new StatementScopes(indexProgram(next)).variableOf(use);
    expect(again).toBe(first);
  });

  it('resolves a name of another statement against the file, not against its own statement alone', () => {
    const program = parse('function f() { return token; }\nconst token = read();\n', { range: true, loc: true });
    const use = nodesOf(program).find((n): n is TSESTree.Identifier => n.type === 'Identifier' && n.name === 'token')!;
    const lookup = new StatementScopes(indexProgram(program));
    expect(shown(lookup.variableOf(use))).toEqual({ name: 'token', defs: [['Variable', [37, 42], [37, 51]]] });
    expect(lookup.isBoundAt('token', use)).toBe(true);
    expect(lookup.isBoundAt('read', use)).toBe(false);
  });
});
