import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

type Node = TSESTree.Node;

/**
 * One pass over the program: parent links (typescript-estree does not set `parent`, ESLint does)
 * and the nodes of the kinds that recognizers look at, in source order.
 */
export interface AstIndex {
  readonly program: TSESTree.Program;
  parentOf(node: Node): Node | undefined;
  readonly calls: readonly TSESTree.CallExpression[];
  readonly news: readonly TSESTree.NewExpression[];
  readonly assignments: readonly TSESTree.AssignmentExpression[];
  readonly returns: readonly TSESTree.ReturnStatement[];
  readonly throws: readonly TSESTree.ThrowStatement[];
  readonly variables: readonly TSESTree.VariableDeclarator[];
  readonly enumMembers: readonly TSESTree.TSEnumMember[];
}

/** Nesting past this depth is not indexed: pathological input must not overflow the stack. */
const MAX_DEPTH = 1500;

export function indexProgram(program: TSESTree.Program): AstIndex {
  const parents = new WeakMap<Node, Node>();
  const calls: TSESTree.CallExpression[] = [];
  const news: TSESTree.NewExpression[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  const returns: TSESTree.ReturnStatement[] = [];
  const throws: TSESTree.ThrowStatement[] = [];
  const variables: TSESTree.VariableDeclarator[] = [];
  const enumMembers: TSESTree.TSEnumMember[] = [];

  // Iterative walk: an explicit stack keeps deep nesting off the call stack.
  const stack: { node: Node; depth: number }[] = [{ node: program, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    switch (node.type) {
      case 'CallExpression': calls.push(node); break;
      case 'NewExpression': news.push(node); break;
      case 'AssignmentExpression': assignments.push(node); break;
      case 'ReturnStatement': returns.push(node); break;
      case 'ThrowStatement': throws.push(node); break;
      case 'VariableDeclarator': variables.push(node); break;
      case 'TSEnumMember': enumMembers.push(node); break;
      default: break;
    }
    if (depth >= MAX_DEPTH) continue;
    const keys = visitorKeys[node.type] ?? [];
    // Children are pushed in reverse so that they pop in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as Node | null;
          if (item && typeof item.type === 'string') {
            parents.set(item, node);
            stack.push({ node: item, depth: depth + 1 });
          }
        }
      } else if (child && typeof (child as Node).type === 'string') {
        parents.set(child as Node, node);
        stack.push({ node: child as Node, depth: depth + 1 });
      }
    }
  }

  return {
    program,
    parentOf: (node) => parents.get(node),
    calls, news, assignments, returns, throws, variables, enumMembers,
  };
}

/** Ancestors from the parent outwards. */
export function* ancestors(index: AstIndex, node: Node): Generator<Node> {
  for (let p = index.parentOf(node); p; p = index.parentOf(p)) yield p;
}

export function isFunctionNode(node: Node): node is TSESTree.FunctionLike {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression'
    || node.type === 'ArrowFunctionExpression' || node.type === 'TSDeclareFunction'
    || node.type === 'TSEmptyBodyFunctionExpression';
}

export function enclosingFunction(index: AstIndex, node: Node): TSESTree.FunctionLike | undefined {
  for (const a of ancestors(index, node)) if (isFunctionNode(a)) return a;
  return undefined;
}

/**
 * The nodes of a source-ordered list (the index's lists are in walk order, so sorted by start) that
 * start inside `container`: found by binary search, so that per-site scans stay linear overall.
 */
export function nodesWithin<N extends Node>(nodes: readonly N[], container: Node): readonly N[] {
  const [start, end] = container.range;
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (nodes[mid]!.range[0] < start) low = mid + 1;
    else high = mid;
  }
  let last = low;
  while (last < nodes.length && nodes[last]!.range[0] < end) last++;
  return nodes.slice(low, last);
}
