import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import type { TextEdit } from '../finding.js';

export function replaceNode(node: TSESTree.Node, text: string): TextEdit {
  return { range: [node.range[0], node.range[1]], text };
}

export function insertAfter(node: TSESTree.Node, text: string): TextEdit {
  return { range: [node.range[1], node.range[1]], text };
}

export function insertBefore(node: TSESTree.Node, text: string): TextEdit {
  return { range: [node.range[0], node.range[0]], text };
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

/** Quotes a string for source text the way most JS code does. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
