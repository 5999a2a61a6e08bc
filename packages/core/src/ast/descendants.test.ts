import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { isFunctionNode } from './ast-index.js';
import { descendants } from './descendants.js';

const program = parse('a(1); function f() { b(2); } c(3);', { range: true });
const calleeNames = (nodes: Iterable<TSESTree.Node>) => [...nodes]
  .filter((n): n is TSESTree.CallExpression => n.type === 'CallExpression')
  .map((n) => (n.callee as TSESTree.Identifier).name);

describe('descendants', () => {
  it('gives the root and every node under it, in source order', () => {
    const nodes = [...descendants(program)];
    expect(nodes[0]).toBe(program);
    expect(calleeNames(nodes)).toEqual(['a', 'b', 'c']);
    expect(nodes.filter((n) => n.type === 'Literal').map((n) => (n as TSESTree.Literal).value)).toEqual([1, 2, 3]);
  });

  it('stops after maxNodes nodes', () => {
    expect([...descendants(program, { maxNodes: 3 })]).toHaveLength(3);
  });

  it('gives a node that `into` refuses, but not what is under it', () => {
    const nodes = [...descendants(program, { into: (n) => !isFunctionNode(n) })];
    expect(nodes.some((n) => n.type === 'FunctionDeclaration')).toBe(true);
    expect(calleeNames(nodes)).toEqual(['a', 'c']);
  });

  it('reads the children of the root even when `into` refuses the root', () => {
    const fn = program.body[1]!;
    expect(calleeNames(descendants(fn, { into: (n) => !isFunctionNode(n) }))).toEqual(['b']);
  });
});
