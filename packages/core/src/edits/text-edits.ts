import type { TSESTree } from '@typescript-eslint/types';
import { isFunctionNode, type AstIndex } from '../ast/ast-index.js';
import type { TextEdit } from '../finding.js';

export function replaceNode(node: TSESTree.Node, text: string): TextEdit {
  return { range: [node.range[0], node.range[1]], text };
}

export function insertAfter(node: TSESTree.Node, text: string): TextEdit {
  return { range: [node.range[1], node.range[1]], text };
}

/** Adds an argument at the end of a call: `f()` -> `f(x)`, `f(a)` -> `f(a, x)`. */
export function appendArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, text: string, source: string): TextEdit | undefined {
  const last = call.arguments[call.arguments.length - 1];
  if (last) return insertAfter(last, `, ${text}`);
  const close = source.lastIndexOf(')', call.range[1]);
  // `new Foo` without parentheses has nowhere to put an argument.
  if (close < call.callee.range[1]) return undefined;
  return { range: [close, close], text };
}

/** Adds `text` (a `key: value` entry) to an object literal, keeping it valid with or without a trailing comma. */
export function addObjectProperty(object: TSESTree.ObjectExpression, text: string): TextEdit {
  const last = object.properties[object.properties.length - 1];
  if (last) return insertAfter(last, `, ${text}`);
  return replaceNode(object, `{ ${text} }`);
}

/** Statement lists where a new statement may be inserted without changing what surrounds it. */
const STATEMENT_LISTS: ReadonlySet<string> = new Set(['BlockStatement', 'Program', 'SwitchCase', 'StaticBlock']);

/** The statement containing `node`, if that statement sits directly in a statement list. */
export function statementInList(index: AstIndex, node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node = node;
  for (let parent = index.parentOf(current); parent; current = parent, parent = index.parentOf(current)) {
    if (STATEMENT_LISTS.has(parent.type)) return current;
    if (parent.type.endsWith('Statement') && parent.type !== 'ExpressionStatement'
      && parent.type !== 'ReturnStatement' && parent.type !== 'ThrowStatement') return undefined;
    if (parent.type.includes('Function')) return undefined;
  }
  return undefined;
}

/** Inserts a statement on its own line before `statement`, at the same indentation. */
export function insertStatementBefore(statement: TSESTree.Node, text: string, source: string): TextEdit {
  const lineStart = source.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const before = source.slice(lineStart, statement.range[0]);
  const onOwnLine = /^\s*$/.test(before);
  return onOwnLine
    ? { range: [statement.range[0], statement.range[0]], text: `${text}\n${before}` }
    : { range: [statement.range[0], statement.range[0]], text: `${text} ` };
}

/** Statements that can stand alone as an `if` branch and be put in braces with a statement before them. */
const WRAPPABLE_STATEMENTS: ReadonlySet<string> = new Set(['ExpressionStatement', 'ReturnStatement', 'ThrowStatement']);

/** Does `node` run whenever `holder` runs (not only on one side of `?:`, `&&`, `||`)? */
function runsWith(index: AstIndex, node: TSESTree.Node, holder: TSESTree.Node): boolean {
  let child = node;
  for (let parent = index.parentOf(child); parent && child !== holder; child = parent, parent = index.parentOf(child)) {
    if (parent.type === 'ConditionalExpression' && child !== parent.test) return false;
    if (parent.type === 'LogicalExpression' && child === parent.right) return false;
  }
  return child === holder;
}

/** Where a statement can go that is not in a statement list: a brace-less `if` branch, or an arrow's expression body. */
interface StatementHolder {
  readonly kind: 'branch' | 'arrow-body';
  readonly node: TSESTree.Node;
}

function statementHolderOf(index: AstIndex, node: TSESTree.Node, source: string, blockArrowBody: boolean): StatementHolder | undefined {
  let current: TSESTree.Node = node;
  for (let parent = index.parentOf(current); parent; current = parent, parent = index.parentOf(current)) {
    if (parent.type === 'ArrowFunctionExpression' && parent.body === current && blockArrowBody) {
      // A parenthesised body (`=> (x)`) is left alone.
      const arrow = source.lastIndexOf('=>', current.range[0]);
      return arrow >= 0 && /^\s*$/.test(source.slice(arrow + 2, current.range[0])) ? { kind: 'arrow-body', node: current } : undefined;
    }
    if (isFunctionNode(parent) || parent.type === 'Program') return undefined;
    if (parent.type === 'IfStatement') {
      return current !== parent.test && WRAPPABLE_STATEMENTS.has(current.type) ? { kind: 'branch', node: current } : undefined;
    }
    if (parent.type.endsWith('Statement') && !WRAPPABLE_STATEMENTS.has(parent.type)) return undefined;
  }
  return undefined;
}

/** Where a statement can go so that it runs right before a site: before the statement in its list, or in a holder. */
export type StatementPlace = { readonly kind: 'list'; readonly statement: TSESTree.Node } | StatementHolder;

/**
 * Where a statement (a header write) can go so that it runs right before the statement that sends
 * or throws at `node`, under the same conditions: on its own line in a statement list; by giving a
 * brace-less `if` branch braces (`if (!user) throw e` -> `if (!user) { text throw e }`); with
 * `blockArrowBody`, by turning an arrow's expression body into a block (`=> f()` -> `=> { text return f(); }`).
 * Undefined where `node` runs only on one side of `?:`, `&&` or `||`, and where no statement fits.
 */
export function statementPlaceBefore(
  index: AstIndex,
  node: TSESTree.Node,
  source: string,
  { blockArrowBody = false }: { blockArrowBody?: boolean } = {},
): StatementPlace | undefined {
  const statement = statementInList(index, node);
  if (statement) return runsWith(index, node, statement) ? { kind: 'list', statement } : undefined;
  const holder = statementHolderOf(index, node, source, blockArrowBody);
  return holder && runsWith(index, node, holder.node) ? holder : undefined;
}

/** Inserts `statementText` at a place found by `statementPlaceBefore`. */
export function insertStatementAt(place: StatementPlace, statementText: string, source: string): TextEdit[] {
  if (place.kind === 'list') return [insertStatementBefore(place.statement, statementText, source)];
  const original = source.slice(place.node.range[0], place.node.range[1]);
  return [replaceNode(place.node, place.kind === 'branch' ? `{ ${statementText} ${original} }` : `{ ${statementText} return ${original}; }`)];
}

/** `statementPlaceBefore` and `insertStatementAt` in one step. */
export function insertStatementBeforeSite(
  index: AstIndex,
  node: TSESTree.Node,
  statementText: string,
  source: string,
  options: { blockArrowBody?: boolean } = {},
): TextEdit[] | undefined {
  const place = statementPlaceBefore(index, node, source, options);
  return place && insertStatementAt(place, statementText, source);
}

/** Orders edits by start, then end; of two insertions at one offset, the one given first stays first (as in ESLint). */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/**
 * Applies non-overlapping edits to `text`, a slice of the file that starts at file offset `offset`
 * (edits carry file offsets).
 */
export function applyEdits(text: string, edits: readonly TextEdit[], offset = 0): string {
  let out = '';
  let at = 0;
  for (const edit of sortEdits(edits)) {
    out += text.slice(at, edit.range[0] - offset) + edit.text;
    at = edit.range[1] - offset;
  }
  return out + text.slice(at);
}

/** Quotes a string for source text the way most JS code does. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
