import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { ancestors, enclosingFunction, indexProgram, nodesWithin } from './ast-index.js';

const parseCode = (code: string) => parse(code, { range: true, loc: true });

const source = [
  `import express from 'express';`,
  `const app = express();`,
  `app.get('/a', (req, res) => { if (!req.user) return res.status(401).end(); res.json(f(1)); });`,
  `function f(x) { return new Thing(x); }`,
].join('\n');

const texts = (code: string, nodes: readonly TSESTree.Node[]) => nodes.map((n) => code.slice(n.range[0], n.range[1]));

describe('indexProgram', () => {
  it('lists the nodes of each kind in source order', () => {
    const index = indexProgram(parseCode(source));
    expect(texts(source, index.calls)).toEqual([
      'express()',
      `app.get('/a', (req, res) => { if (!req.user) return res.status(401).end(); res.json(f(1)); })`,
      'res.status(401).end()',
      'res.status(401)',
      'res.json(f(1))',
      'f(1)',
    ]);
    expect(texts(source, index.news)).toEqual(['new Thing(x)']);
    expect(texts(source, index.returns)).toEqual(['return res.status(401).end();', 'return new Thing(x);']);
    expect(texts(source, index.variables)).toEqual(['app = express()']);
  });

  it('links every node to its parent, and the program to none', () => {
    const program = parseCode(source);
    const index = indexProgram(program);
    const status = index.calls.find((c) => source.slice(c.range[0], c.range[1]) === 'res.status(401)')!;
    expect([...ancestors(index, status)].map((n) => n.type)).toEqual([
      'MemberExpression', 'CallExpression', 'ReturnStatement', 'IfStatement', 'BlockStatement',
      'ArrowFunctionExpression', 'CallExpression', 'ExpressionStatement', 'Program',
    ]);
    expect(index.parentOf(program)).toBeUndefined();
    expect(enclosingFunction(index, status)?.type).toBe('ArrowFunctionExpression');
  });

  it('corrects a parent that points elsewhere (a node reused from an older tree)', () => {
    const program = parseCode(source);
    const declaration = program.body[1] as TSESTree.VariableDeclaration;
    const declarator = declaration.declarations[0]!;
    (declarator.init as { parent?: TSESTree.Node }).parent = parseCode('x;').body[0]!;
    expect(indexProgram(program).parentOf(declarator.init!)).toBe(declarator);
  });

  it('gives a program built from an older one\'s statements the same lists as a fresh parse', () => {
    const older = parseCode(source);
    const firstCall = indexProgram(older).calls[0];
    const longer = parseCode(`${source}\nnotify(new Alert());`);
    const newer = { ...longer, body: [...older.body, longer.body.at(-1)!] } as TSESTree.Program;
    const index = indexProgram(newer);
    const fresh = indexProgram(parseCode(`${source}\nnotify(new Alert());`));
    expect(index.calls.map((n) => n.range)).toEqual(fresh.calls.map((n) => n.range));
    expect(index.news.map((n) => n.range)).toEqual(fresh.news.map((n) => n.range));
    expect(index.calls[0]).toBe(firstCall);
    for (const statement of newer.body) expect(index.parentOf(statement)).toBe(newer);
  });

  it('stops at a fixed depth instead of overflowing the stack', () => {
    // Built by hand: typescript-estree's own converter overflows long before this depth.
    const range: [number, number] = [0, 1];
    let expression: TSESTree.Expression = { type: 'Identifier', name: 'x', range } as TSESTree.Identifier;
    for (let i = 0; i < 20_000; i++) {
      expression = { type: 'CallExpression', callee: { type: 'Identifier', name: 'f', range }, arguments: [expression], optional: false, range } as unknown as TSESTree.CallExpression;
    }
    const program = { type: 'Program', body: [{ type: 'ExpressionStatement', expression, range }], range } as unknown as TSESTree.Program;
    const index = indexProgram(program);
    expect(index.calls.length).toBeGreaterThan(1000);
    expect(index.calls.length).toBeLessThan(2000);
  });
});

describe('nodesWithin', () => {
  it('finds the listed nodes that start inside a container', () => {
    const program = parseCode(source);
    const index = indexProgram(program);
    const handler = index.calls[1]!.arguments[1]!;
    expect(texts(source, nodesWithin(index.calls, handler))).toEqual(['res.status(401).end()', 'res.status(401)', 'res.json(f(1))', 'f(1)']);
    expect(nodesWithin(index.news, handler)).toEqual([]);
  });
});
