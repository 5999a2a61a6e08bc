import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, memberName, staticString, unwrap } from '../ast/node-shapes.js';

/**
 * Names that hold an HTTP status: `status`, `statusCode`, `status_code`, `httpStatus`,
 * `responseStatus`, `res.status`, `actualStatus`. Not `code` alone: `err.code` is as often 'ENOENT'.
 */
const STATUS_NAME = /^(?:(?:http|response|res|resp|actual|expected|received)_?)?status(?:_?code)?$/i;

/** Zero-argument getters of a status: Playwright's `response.status()`, Nest's `exception.getStatus()`. */
const STATUS_GETTER = /^(?:get_?)?(?:http_?)?status(?:_?code)?$/i;

/** Is `name` the name of something that holds a status? */
function isStatusName(name: string | undefined): boolean {
  return name !== undefined && STATUS_NAME.test(name);
}

/**
 * True for an expression that reads a status: `status`, `res.status`, `res.statusCode`,
 * `error.response?.status`, `response.status()`, `err.getStatus()`, `res['status']`.
 */
export function isStatusLike(expression: TSESTree.Node): boolean {
  const node = unwrap(expression);
  switch (node.type) {
    case 'Identifier':
      return isStatusName(node.name);
    case 'MemberExpression':
      return isStatusName(memberName(node));
    case 'CallExpression': {
      const name = calleeName(node);
      return node.arguments.length === 0 && name !== undefined && STATUS_GETTER.test(name);
    }
    default:
      return false;
  }
}

/** `'status'` in `toHaveProperty('status', 403)`. */
export function namesStatusProperty(node: TSESTree.Node | undefined): boolean {
  return isStatusName(staticString(node));
}
