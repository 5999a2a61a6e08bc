import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import { memberName, unwrap } from '../ast/node-shapes.js';

/** One method call of a fluent chain: `res.status(401)` in `res.status(401).json(b)`. */
export interface ChainLink {
  readonly call: TSESTree.CallExpression;
  readonly method: string | undefined;
  readonly args: readonly TSESTree.CallExpressionArgument[];
}

/** The outermost call of the chain that `call` belongs to: `res.status(401)` -> `res.status(401).json(b)`. */
function outermostCall(index: AstIndex, call: TSESTree.CallExpression): TSESTree.CallExpression {
  let current: TSESTree.Node = call;
  for (;;) {
    let parent = index.parentOf(current);
    if (parent?.type === 'ChainExpression') parent = index.parentOf(parent);
    if (parent?.type !== 'MemberExpression' || parent.object !== skipChain(current, index)) return current as TSESTree.CallExpression;
    const grand = index.parentOf(parent);
    if (grand?.type !== 'CallExpression' || grand.callee !== parent) return current as TSESTree.CallExpression;
    current = grand;
  }
}

// `a?.b()` wraps the call in a ChainExpression; the member's object is then the wrapper.
function skipChain(node: TSESTree.Node, index: AstIndex): TSESTree.Node {
  const parent = index.parentOf(node);
  return parent?.type === 'ChainExpression' ? parent : node;
}

/** The calls of a chain from the receiver outwards, and the receiver (`res` in `res.a().b()`). */
export function chainLinks(outer: TSESTree.CallExpression): { receiver: TSESTree.Node; links: ChainLink[] } {
  const links: ChainLink[] = [];
  let node: TSESTree.Node = outer;
  for (;;) {
    const n = unwrap(node);
    if (n.type !== 'CallExpression') return { receiver: n, links: links.reverse() };
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return { receiver: n, links: links.reverse() };
    links.push({ call: n, method: memberName(callee), args: n.arguments });
    node = callee.object;
  }
}

/** A call chain seen from one of its calls: the whole chain, its receiver and its calls. */
export interface ResponseChain {
  /** The outermost call: `res.status(401).json(b)` for `res.status(401)`. */
  readonly outer: TSESTree.CallExpression;
  readonly receiver: TSESTree.Node;
  readonly links: readonly ChainLink[];
}

/** The chain that `call` belongs to: `outermostCall`, then `chainLinks` of it. */
export function responseChain(index: AstIndex, call: TSESTree.CallExpression): ResponseChain {
  const outer = outermostCall(index, call);
  return { outer, ...chainLinks(outer) };
}
