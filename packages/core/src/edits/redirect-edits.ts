import type { TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';

/*
 * The text edits that turn a redirect status without Location into the framework's redirect helper
 * (require-location's first suggestion). The framework modules decide when the helper keeps the
 * rest of the response; these only write it.
 */

/**
 * Replaces a fluent chain from the method of `from` to the end of the chain `outer` with `text`:
 * `res.status(302).end()` with `redirect(302, url)` gives `res.redirect(302, url)`; the links
 * before `from` (`res.set(H, v).`) stay.
 */
export function replaceChainFrom(from: TSESTree.CallExpression, outer: TSESTree.Node, text: string): TextEdit | undefined {
  const callee = unwrap(from.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  return { range: [callee.property.range[0], outer.range[1]], text };
}

/** Inserts a statement after `statement`: on its own line at the same indentation, or on the same line. */
export function insertStatementAfter(statement: TSESTree.Node, text: string, source: string): TextEdit {
  const lineStart = source.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(source.slice(lineStart, statement.range[0]))?.[0] ?? '';
  const onOwnLine = indent.length === statement.range[0] - lineStart;
  return { range: [statement.range[1], statement.range[1]], text: onOwnLine ? `\n${indent}${text}` : ` ${text}` };
}
