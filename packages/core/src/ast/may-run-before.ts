import type { TSESTree } from '@typescript-eslint/types';
import { descendants } from './descendants.js';
import { ancestors, enclosingFunction, isFunctionNode, type AstIndex } from './ast-index.js';

type Node = TSESTree.Node;

/**
 * "Can this node run before that one, on a path that reaches it?", read from the statement structure
 * of the function they share (a small, sound subset of ESLint's code path analysis, which is bound to
 * ESLint's traversal and not available to the editor). It answers `false` only in two shapes it can
 * prove, and `true` whenever unsure:
 *
 * - **after the end**: the target's path ends at a `return` or `throw` (the one that holds it, or one
 *   that follows it in its block with nothing between that could jump past it), and the node comes
 *   after that statement in the same function, outside any loop around both and any `finally` (or,
 *   for a `throw`, any `try`) that would let control come back;
 * - **a branch that returned**: the node sits, outside any loop, in a block that does not hold the
 *   target and that ends in a `return` or `throw` after it, with no `break` or `continue` between.
 *
 * Nodes in other functions (callbacks, hoisted function declarations) may run at any time: `true`.
 */
export type MayRunBefore = (node: Node) => boolean;

const LOOP_TYPES: ReadonlySet<string> = new Set([
  'ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement',
]);

const ALWAYS: MayRunBefore = () => true;

function contains(outer: Node, inner: Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The statements of a node that holds a statement list. */
function statementList(holder: Node): readonly Node[] | undefined {
  switch (holder.type) {
    case 'BlockStatement': case 'StaticBlock': case 'Program': return holder.body;
    case 'SwitchCase': return holder.consequent;
    default: return undefined;
  }
}

/** `node` and its ancestors up to `fn` (excluded); undefined when another function lies between. */
function chainUpTo(index: AstIndex, node: Node, fn: Node): Node[] | undefined {
  const chain: Node[] = [node];
  for (const a of ancestors(index, node)) {
    if (a === fn) return chain;
    if (isFunctionNode(a)) return undefined;
    chain.push(a);
  }
  return undefined;
}

/** Whether `root` holds a node matching `test`, not looking into nested functions. */
function holdsNode(root: Node, test: (node: Node) => boolean): boolean {
  for (const node of descendants(root, { into: (n) => !isFunctionNode(n) })) if (test(node)) return true;
  return false;
}

const isJump = (node: Node): boolean => node.type === 'BreakStatement' || node.type === 'ContinueStatement';

/** Anything that could throw, await or jump, so that control may leave before the next statement. */
const mayLeave = (node: Node): boolean => isJump(node) || node.type === 'CallExpression' || node.type === 'NewExpression'
  || node.type === 'AwaitExpression' || node.type === 'YieldExpression' || node.type === 'ThrowStatement'
  || node.type === 'TaggedTemplateExpression';

const isExit = (node: Node): node is TSESTree.ReturnStatement | TSESTree.ThrowStatement =>
  node.type === 'ReturnStatement' || node.type === 'ThrowStatement';

/**
 * The `return` or `throw` at which every path through `chain[0]` ends: one that holds it, or one that
 * follows it (or a block around it) with nothing between that could jump past it or, inside a `try`,
 * throw into the `catch`.
 */
function pathEnd(chain: readonly Node[]): TSESTree.ReturnStatement | TSESTree.ThrowStatement | undefined {
  const inTry = chain.some((n) => n.type === 'TryStatement');
  for (let i = 0; i < chain.length; i++) {
    const node = chain[i]!;
    if (isExit(node)) return node;
    const parent = chain[i + 1];
    const list = parent ? statementList(parent) : undefined;
    const at = list ? list.indexOf(node) : -1;
    if (!list || at < 0) continue;
    for (const next of list.slice(at + 1)) {
      if (isExit(next)) return next;
      if (holdsNode(next, inTry ? mayLeave : isJump)) return undefined;
    }
  }
  return undefined;
}

/** The "after the end" shape: `node` comes after the exit `end` that every path through the target reaches. */
function followsEnd(index: AstIndex, node: Node, end: TSESTree.ReturnStatement | TSESTree.ThrowStatement, fn: Node, endChain: readonly Node[]): boolean {
  if (node.range[0] < end.range[1] || !contains(fn, node)) return false;
  for (const a of ancestors(index, node)) {
    if (a === fn) break;
    // A function declared after the exit is hoisted and may be called before it.
    if (a.type === 'FunctionDeclaration') return false;
  }
  for (const a of endChain) {
    if (LOOP_TYPES.has(a.type) && contains(a, node)) return false;
    if (a.type === 'TryStatement' && (end.type === 'ThrowStatement' || a.finalizer)) return false;
  }
  return true;
}

/** The "branch that returned" shape: `node` runs only on paths that exit before reaching `target`. */
function inBranchThatExits(index: AstIndex, node: Node, target: Node, fn: Node): boolean {
  if (node.range[1] > target.range[0]) return false;
  const chain = chainUpTo(index, node, fn);
  if (!chain) return false;
  for (const a of chain) {
    if (LOOP_TYPES.has(a.type)) return false;
    // A throw in a `try` block that does not hold the target may be caught and go on towards it.
    if (a.type === 'TryStatement' && (a.finalizer || (contains(a.block, node) && !contains(a.block, target)))) return false;
  }
  for (let i = 0; i < chain.length; i++) {
    const parent = chain[i + 1];
    const list = parent ? statementList(parent) : undefined;
    const at = list ? list.indexOf(chain[i]!) : -1;
    if (!list || at < 0) continue;
    if (contains(parent!, target)) return false;
    for (const next of list.slice(at + 1)) {
      if (isExit(next)) return true;
      if (holdsNode(next, isJump)) return false;
    }
  }
  return false;
}

/** What may run before `target` on a path that reaches it (see `MayRunBefore`). */
export function mayRunBefore(index: AstIndex, target: Node): MayRunBefore {
  const fn = enclosingFunction(index, target);
  if (!fn) return ALWAYS;
  const chain = chainUpTo(index, target, fn);
  if (!chain) return ALWAYS;
  const end = pathEnd(chain);
  const endChain = end ? chainUpTo(index, end, fn) ?? [] : [];
  return (node) => {
    if (end && followsEnd(index, node, end, fn, endChain)) return false;
    return !inBranchThatExits(index, node, target, fn);
  };
}
