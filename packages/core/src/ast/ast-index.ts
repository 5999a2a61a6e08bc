import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

type Node = TSESTree.Node;

/**
 * One pass over the program: parent links (typescript-estree does not set `parent`; ESLint does, to
 * the same nodes) and the nodes of the kinds that recognizers look at, in source order.
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
  readonly functionDeclarations: readonly TSESTree.FunctionDeclaration[];
}

/** Nesting past this depth is not indexed: pathological input must not overflow the stack. */
const MAX_DEPTH = 1500;

type WithParent = { parent?: Node | null };

/** The index's node lists, in source order. */
interface NodeLists {
  readonly calls: TSESTree.CallExpression[];
  readonly news: TSESTree.NewExpression[];
  readonly assignments: TSESTree.AssignmentExpression[];
  readonly returns: TSESTree.ReturnStatement[];
  readonly throws: TSESTree.ThrowStatement[];
  readonly variables: TSESTree.VariableDeclarator[];
  readonly enumMembers: TSESTree.TSEnumMember[];
  readonly functionDeclarations: TSESTree.FunctionDeclaration[];
}

const LIST_NAMES = ['calls', 'news', 'assignments', 'returns', 'throws', 'variables', 'enumMembers', 'functionDeclarations'] as const satisfies readonly (keyof NodeLists)[];

const emptyLists = (): NodeLists => ({ calls: [], news: [], assignments: [], returns: [], throws: [], variables: [], enumMembers: [], functionDeclarations: [] });

/**
 * The lists of each top-level statement, by statement node. The editor re-parses only the statements
 * an edit touches and hands the others back as the same objects (their ranges moved): their lists,
 * which hold nodes, not positions, stay right, and only the new statements are walked. Under ESLint
 * every file is a fresh tree, so this costs one lookup per top-level statement.
 */
const listsByStatement = new WeakMap<Node, NodeLists>();

/**
 * Walks `root` (at `rootDepth`, its parent already linked) into `lists`. Iterative: explicit stacks
 * (nodes and their depths, in step) keep deep nesting off the call stack.
 *
 * The parent is kept on the node itself, as ESLint keeps it: a WeakMap of parents was half of the
 * index's time. It is written only where it differs: under ESLint every node already has it, and
 * adding a property to a node costs far more than reading one.
 */
function walkInto(root: Node, rootDepth: number, lists: NodeLists): void {
  const nodes: Node[] = [root];
  const depths: number[] = [rootDepth];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    switch (node.type) {
      case 'CallExpression': lists.calls.push(node); break;
      case 'NewExpression': lists.news.push(node); break;
      case 'AssignmentExpression': lists.assignments.push(node); break;
      case 'ReturnStatement': lists.returns.push(node); break;
      case 'ThrowStatement': lists.throws.push(node); break;
      case 'VariableDeclarator': lists.variables.push(node); break;
      case 'TSEnumMember': lists.enumMembers.push(node); break;
      case 'FunctionDeclaration': lists.functionDeclarations.push(node); break;
      default: break;
    }
    if (depth >= MAX_DEPTH) continue;
    const keys = visitorKeys[node.type];
    if (keys === undefined) continue;
    // Children are pushed in reverse so that they pop in source order.
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as Node | null;
          if (item && typeof item.type === 'string') {
            if ((item as WithParent).parent !== node) (item as WithParent).parent = node;
            nodes.push(item);
            depths.push(depth + 1);
          }
        }
      } else if (child && typeof (child as Node).type === 'string') {
        if ((child as WithParent).parent !== node) (child as WithParent).parent = node;
        nodes.push(child as Node);
        depths.push(depth + 1);
      }
    }
  }
}

export function indexProgram(program: TSESTree.Program): AstIndex {
  const lists = emptyLists();
  for (const statement of program.body) {
    // A statement reused from an older tree still points at the older Program.
    if ((statement as WithParent).parent !== program) (statement as WithParent).parent = program;
    let own = listsByStatement.get(statement);
    if (!own) {
      own = emptyLists();
      walkInto(statement, 1, own);
      listsByStatement.set(statement, own);
    }
    for (const name of LIST_NAMES) {
      const target: TSESTree.Node[] = lists[name];
      for (const node of own[name]) target.push(node);
    }
  }
  return {
    program,
    parentOf: (node) => (node === program ? undefined : (node as WithParent).parent ?? undefined),
    ...lists,
  };
}

/**
 * Ancestors from the parent outwards. An array, not a generator: asked for every site by most
 * checks, and a generator's resumptions cost more than walking the whole chain at once.
 */
export function ancestors(index: AstIndex, node: Node): Node[] {
  const found: Node[] = [];
  for (let p = index.parentOf(node); p; p = index.parentOf(p)) found.push(p);
  return found;
}

export function isFunctionNode(node: Node): node is TSESTree.FunctionLike {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression'
    || node.type === 'ArrowFunctionExpression' || node.type === 'TSDeclareFunction'
    || node.type === 'TSEmptyBodyFunctionExpression';
}

export function enclosingFunction(index: AstIndex, node: Node): TSESTree.FunctionLike | undefined {
  for (let p = index.parentOf(node); p; p = index.parentOf(p)) if (isFunctionNode(p)) return p;
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
