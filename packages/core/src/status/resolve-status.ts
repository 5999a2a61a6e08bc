import type { TSESTree } from '@typescript-eslint/types';
import type { ConstantTable } from '../ast/constant-values.js';
import { memberName, memberPath, unwrap } from '../ast/node-shapes.js';
import { statusFromConstantName, statusFromErrorName } from './status-names.js';

/** How the author wrote the status; a rewrite keeps the same form. */
export type StatusForm =
  | 'number'          // 403
  | 'numeric-string'  // '403'
  | 'local-constant'  // FORBIDDEN, HTTP.FORBIDDEN, Code.Forbidden: declared in this file
  | 'named-constant'  // StatusCodes.FORBIDDEN, HttpStatus.FORBIDDEN, HttpStatusCode.Forbidden
  | 'status-name'     // Elysia 'Forbidden', tRPC 'FORBIDDEN': a string naming the status
  | 'error-name';     // ForbiddenException, Boom.forbidden, createError.Forbidden: the callee's name

export interface StatusValue {
  readonly code: number;
  /** The node whose text says the status: the literal, the constant, or the class / method name. */
  readonly node: TSESTree.Node;
  readonly form: StatusForm;
  /** Set on the 401 arm of a choice between two refusals (`req.user ? 403 : 401`): the other arm's code. */
  readonly otherRefusal?: number;
}

function isStatusNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 100 && value <= 599;
}

/**
 * Reads a status from an expression in a status position (`res.status(HERE)`), or undefined when it
 * cannot be known without running the code.
 */
export function resolveStatus(expression: TSESTree.Node, constants: ConstantTable): StatusValue | undefined {
  const node = unwrap(expression);
  if (node.type === 'ConditionalExpression') return errorArm(node, constants);
  if (node.type === 'Literal') {
    if (typeof node.value === 'number' && isStatusNumber(node.value)) return { code: node.value, node, form: 'number' };
    if (typeof node.value === 'string' && /^[1-5]\d\d$/.test(node.value)) {
      return { code: Number(node.value), node, form: 'numeric-string' };
    }
    return undefined;
  }
  const path = memberPath(node);
  if (!path) return undefined;
  const local = constants.lookup(path);
  if (local) {
    return typeof local.value === 'number' && isStatusNumber(local.value)
      ? { code: local.value, node, form: 'local-constant' }
      : undefined;
  }
  const last = path[path.length - 1]!;
  // A bare identifier counts only when spelled like an exported constant (`FORBIDDEN`), not a variable.
  if (path.length === 1 && last !== last.toUpperCase()) return undefined;
  const code = statusFromConstantName(last);
  return code !== undefined ? { code, node, form: 'named-constant' } : undefined;
}

/**
 * A status chosen by a condition, `res.status(req.user ? 200 : 403)`: the arm that refuses, where
 * the other arm is a status that does not. Its node is the arm, so the site's guard is the test.
 * Where both refuse and one of them is a 401 (`req.user ? 403 : 401`), the 401 arm, marked with the
 * other arm's code: a 401 goes out there, and needs its challenge. Undefined where an arm cannot be
 * read, where neither refuses, or where both refuse and neither is a 401.
 */
function errorArm(choice: TSESTree.ConditionalExpression, constants: ConstantTable): StatusValue | undefined {
  const [consequent, alternate] = [resolveStatus(choice.consequent, constants), resolveStatus(choice.alternate, constants)];
  if (!consequent || !alternate) return undefined;
  const refusing = [consequent, alternate].filter((arm) => arm.code >= 400);
  if (refusing.length === 1) return refusing[0];
  if (refusing.length !== 2 || (consequent.code === 401) === (alternate.code === 401)) return undefined;
  const [unauthorized, other] = consequent.code === 401 ? [consequent, alternate] : [alternate, consequent];
  return { ...unauthorized, otherRefusal: other.code };
}

/** Reads a status string such as Elysia's 'Unauthorized' or tRPC's 'UNAUTHORIZED'. */
export function resolveStatusName(expression: TSESTree.Node): StatusValue | undefined {
  const node = unwrap(expression);
  if (node.type !== 'Literal' || typeof node.value !== 'string') return undefined;
  const code = statusFromConstantName(node.value);
  return code !== undefined ? { code, node, form: 'status-name' } : undefined;
}

/** Reads the status from a callee or class named for it: `ForbiddenException`, `Boom.unauthorized`. */
export function resolveErrorName(callee: TSESTree.Node): StatusValue | undefined {
  const node = unwrap(callee);
  const nameNode = node.type === 'MemberExpression' ? node.property : node;
  const name = node.type === 'MemberExpression' ? memberName(node) : node.type === 'Identifier' ? node.name : undefined;
  if (name === undefined) return undefined;
  const code = statusFromErrorName(name);
  return code !== undefined ? { code, node: nameNode, form: 'error-name' } : undefined;
}
