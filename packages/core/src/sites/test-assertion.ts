import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode, type AstIndex } from '../ast/ast-index.js';
import { calleeName } from '../ast/node-shapes.js';

/** Calls of test frameworks whose arguments are expectations, not responses: `expect(...).toThrow(createError(401))`. */
const ASSERTION_CALLS: ReadonlySet<string> = new Set([
  'expect', 'toThrow', 'toThrowError', 'rejects', 'resolves', 'toEqual', 'toStrictEqual', 'toMatchObject',
  'toBe', 'toHaveBeenCalledWith', 'toHaveBeenLastCalledWith', 'assert', 'deepEqual', 'deepStrictEqual',
  'strictEqual', 'equal', 'throws', 'toBeInstanceOf',
]);

/** `assert`, `assertEquals`, `assertRejects`, `assertThrows` (node:assert, Deno's std, chai's assert.*). */
const ASSERT_FAMILY = /^assert\w*$/;

/** Is `name` the name of a call whose arguments are expectations? */
function isAssertionCall(name: string): boolean {
  return ASSERTION_CALLS.has(name) || ASSERT_FAMILY.test(name);
}

/**
 * Is `node` an argument (or inside one) of an assertion call, within the same function? Applied to
 * every site (find-sites.ts), so recognizers need not ask.
 */
export function isInsideAssertion(index: AstIndex, node: TSESTree.Node): boolean {
  for (const a of ancestors(index, node)) {
    if (isFunctionNode(a)) return false;
    if (a.type === 'CallExpression' && a.arguments.some((arg) => arg.range[0] <= node.range[0] && node.range[1] <= arg.range[1])) {
      const name = calleeName(a);
      if (name !== undefined && isAssertionCall(name)) return true;
    }
  }
  return false;
}
