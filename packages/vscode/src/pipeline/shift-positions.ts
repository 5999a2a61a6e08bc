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

interface Located {
  readonly type: string;
  readonly range: [number, number];
  readonly loc: { readonly start: TSESTree.Position; readonly end: TSESTree.Position };
}

/**
 * Subtrees that typescript-estree keeps only behind deprecated getters, outside the visitor keys:
 * moved too, so that the moved tree stays what a fresh parse gives in every property.
 */
const DEPRECATED_SUBTREES: Readonly<Record<string, (node: never) => readonly Located[]>> = {
  TSMappedType: (node: { typeParameter?: Located }) => (node.typeParameter ? [node.typeParameter] : []),
  TSEnumDeclaration: (node: { members?: readonly Located[] }) => node.members ?? [],
};

/**
 * Moves the positions of every node in the given trees, in place. typescript-estree shares a few
 * `range` arrays and `loc` objects, always between a node and one of its children (an
 * `ImportDefaultSpecifier` and its `local`, a type predicate's annotation and its type, a `...`
 * tuple member and its label): what a child shares with its parent has moved with the parent.
 */
export function shiftTrees(roots: readonly TSESTree.Node[], shift: PositionShift): void {
  if (shift.offset === 0 && shift.lines === 0 && shift.columns === 0) return;
  const nodes: Located[] = [];
  const parents: (Located | undefined)[] = [];
  for (const root of roots) {
    nodes.push(root as unknown as Located);
    parents.push(undefined);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    moveNode(node, parents.pop(), shift);
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
    if (deprecated) shiftTrees(deprecated(node as never) as unknown as TSESTree.Node[], shift);
    // A deprecated alias whose only child is also reachable by visitor keys (`argument.literal` is `source`).
    if (node.type === 'TSImportType') {
      const argument = (node as unknown as { argument?: Located }).argument;
      if (argument) moveNode(argument, undefined, shift);
    }
  }
}

/** Moves comments (nodes without children). */
export function shiftComments(comments: readonly TSESTree.Comment[], shift: PositionShift): void {
  if (shift.offset === 0 && shift.lines === 0 && shift.columns === 0) return;
  for (const comment of comments) moveNode(comment as unknown as Located, undefined, shift);
}

/** A position given relative to the start of a moved piece, as a position of the whole text. */
export function shiftPosition(position: TSESTree.Position, shift: PositionShift): TSESTree.Position {
  return {
    line: position.line + shift.lines,
    column: position.line === shift.line ? position.column + shift.columns : position.column,
  };
}

function moveNode(node: Located, parent: Located | undefined, shift: PositionShift): void {
  const range = node.range;
  if (shift.offset !== 0 && range !== parent?.range) {
    range[0] += shift.offset;
    range[1] += shift.offset;
  }
  const loc = node.loc;
  if (loc === parent?.loc) return;
  if (loc.start !== parent?.loc.start) movePosition(loc.start, shift);
  if (loc.end !== parent?.loc.end) movePosition(loc.end, shift);
}

function movePosition(position: TSESTree.Position, shift: PositionShift): void {
  const mutable = position as { line: number; column: number };
  if (mutable.line === shift.line) mutable.column += shift.columns;
  mutable.line += shift.lines;
}
