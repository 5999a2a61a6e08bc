import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

/**
 * Where a parsed piece of text has moved to: offsets move by `offset`, lines by `lines`, and the
 * columns of positions on line `line` (numbered as before the move) by `columns` as well, since
 * that line now holds different text before them.
 */
export interface PositionShift {
  readonly offset: number;
  readonly lines: number;
  readonly line: number;
  readonly columns: number;
}

type Range = [number, number];
type Position = { line: number; column: number };

interface Located {
  readonly type: string;
  readonly range: Range;
  readonly loc: { readonly start: Position; readonly end: Position };
}

/**
 * Every `range` array and `loc` position of one tree, each once, and the lines they lie on (moved
 * with them): an edit within a line moves only the columns on that line, so a tree that does not
 * reach the line keeps its positions.
 */
interface TreePositions {
  readonly ranges: Range[];
  readonly positions: Position[];
  firstLine: number;
  lastLine: number;
}

/**
 * The positions of each top-level statement that has been moved once: a statement after the edit
 * moves again at every keystroke, and a loop over these arrays is many times faster than a walk
 * of the tree. Valid as long as nobody replaces a node or a position object in the statement,
 * which neither the pipeline nor the core does.
 */
const positionsByTree = new WeakMap<object, TreePositions>();

/** Moves the positions of every node in the given trees, in place. */
export function shiftTrees(roots: readonly TSESTree.Node[], shift: PositionShift): void {
  if (isNoShift(shift)) return;
  for (const root of roots) {
    let positions = positionsByTree.get(root);
    if (!positions) {
      positions = collectPositions(root as unknown as Located);
      positionsByTree.set(root, positions);
    }
    move(positions, shift);
  }
}

/** Moves comments (nodes without children). */
export function shiftComments(comments: readonly TSESTree.Comment[], shift: PositionShift): void {
  if (isNoShift(shift)) return;
  const positions: TreePositions = { ranges: [], positions: [], firstLine: -Infinity, lastLine: Infinity };
  for (const comment of comments) addNode(comment as unknown as Located, undefined, positions);
  move(positions, shift);
}

/** A position given relative to the start of a moved piece, as a position of the whole text. */
export function shiftPosition(position: TSESTree.Position, shift: PositionShift): TSESTree.Position {
  return {
    line: position.line + shift.lines,
    column: position.line === shift.line ? position.column + shift.columns : position.column,
  };
}

function isNoShift(shift: PositionShift): boolean {
  return shift.offset === 0 && shift.lines === 0 && shift.columns === 0;
}

function move(tree: TreePositions, shift: PositionShift): void {
  const { offset, lines, line, columns } = shift;
  if (offset !== 0) {
    for (const range of tree.ranges) {
      range[0] += offset;
      range[1] += offset;
    }
  }
  if (lines === 0 && (columns === 0 || line < tree.firstLine || line > tree.lastLine)) return;
  for (const position of tree.positions) {
    if (position.line === line) position.column += columns;
    position.line += lines;
  }
  tree.firstLine += lines;
  tree.lastLine += lines;
}

/**
 * Subtrees that typescript-estree keeps only behind deprecated getters, outside the visitor keys
 * (built apart from the tree the keys reach): moved too, so that a moved tree stays what a fresh
 * parse gives in every property.
 */
const DEPRECATED_SUBTREES: Readonly<Record<string, (node: never) => readonly Located[]>> = {
  TSMappedType: (node: { typeParameter?: Located }) => (node.typeParameter ? [node.typeParameter] : []),
  TSEnumDeclaration: (node: { members?: readonly Located[] }) => node.members ?? [],
};

/**
 * The positions of a tree, each once. typescript-estree shares a few `range` arrays and `loc`
 * objects, always between a node and one of its children (an `ImportDefaultSpecifier` and its
 * `local`, a type predicate's annotation and its type, a `...` tuple member and its label): what a
 * child shares with its parent is its parent's, and not listed again.
 */
function collectPositions(root: Located): TreePositions {
  const found: TreePositions = { ranges: [], positions: [], firstLine: Infinity, lastLine: -Infinity };
  const nodes: Located[] = [root];
  const parents: (Located | undefined)[] = [undefined];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    addNode(node, parents.pop(), found);
    const keys = visitorKeys[node.type as keyof typeof visitorKeys];
    if (keys !== undefined) {
      for (const key of keys) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child as (Located | null)[]) {
            if (item && typeof item.type === 'string') {
              nodes.push(item);
              parents.push(node);
            }
          }
        } else if (child && typeof (child as Located).type === 'string') {
          nodes.push(child as Located);
          parents.push(node);
        }
      }
    }
    const deprecated = DEPRECATED_SUBTREES[node.type];
    if (deprecated) {
      for (const subtree of deprecated(node as never)) {
        nodes.push(subtree);
        parents.push(undefined);
      }
    }
    // A deprecated alias whose only child is also reachable by the visitor keys (`argument.literal` is `source`).
    if (node.type === 'TSImportType') {
      const argument = (node as unknown as { argument?: Located }).argument;
      if (argument) addNode(argument, undefined, found);
    }
  }
  for (const position of found.positions) {
    if (position.line < found.firstLine) found.firstLine = position.line;
    if (position.line > found.lastLine) found.lastLine = position.line;
  }
  return found;
}

function addNode(node: Located, parent: Located | undefined, found: TreePositions): void {
  if (node.range !== parent?.range) found.ranges.push(node.range);
  const loc = node.loc;
  if (loc === parent?.loc) return;
  if (loc.start !== parent?.loc.start) found.positions.push(loc.start);
  if (loc.end !== parent?.loc.end) found.positions.push(loc.end);
}
