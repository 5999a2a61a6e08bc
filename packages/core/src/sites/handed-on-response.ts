import type { TSESTree } from '@typescript-eslint/types';
import { enclosingFunction, type AstIndex } from '../ast/ast-index.js';
import { calleeName, unwrap } from '../ast/node-shapes.js';

/** Methods that set the status without sending (`res.status(401)`, Fastify's `reply.code(401)`). */
const STATUS_ONLY_METHODS: ReadonlySet<string> = new Set(['status', 'code']);

/** The statement right after `statement` in its block, if any. */
function nextStatement(index: AstIndex, statement: TSESTree.Node): TSESTree.Node | undefined {
  const parent = index.parentOf(statement);
  const list = parent?.type === 'BlockStatement' || parent?.type === 'Program' ? parent.body
    : parent?.type === 'SwitchCase' ? parent.consequent : undefined;
  if (!list) return undefined;
  const at = list.indexOf(statement as TSESTree.Statement);
  return at >= 0 ? list[at + 1] : undefined;
}

/** The call a statement makes, `next(x);` or `return next(x);`. */
function statementCall(statement: TSESTree.Node): TSESTree.CallExpression | undefined {
  const expression = statement.type === 'ExpressionStatement' ? statement.expression
    : statement.type === 'ReturnStatement' ? statement.argument : undefined;
  const call = expression ? unwrap(expression) : undefined;
  return call?.type === 'CallExpression' ? call : undefined;
}

function parameterIndex(fn: TSESTree.FunctionLike, name: string): number {
  return fn.params.findIndex((p) => p.type === 'Identifier' && p.name === name);
}

/**
 * `res.status(401); return next({ message })`: the status is set, nothing is sent, and the very next
 * statement hands a body to the middleware's continuation (the parameter after the response,
 * `(req, res, next)`). The app's own middleware that the body goes to writes the response; this file
 * does not show it, so what headers it adds is not known here (Verdaccio's `final()` adds the
 * challenge to every 401).
 */
export function handsBodyOn(site: TSESTree.Node, carrier: string, index: AstIndex): boolean {
  if (!setsStatusOnly(site, carrier)) return false;
  const statement = index.parentOf(site);
  const following = statement?.type === 'ExpressionStatement' ? nextStatement(index, statement) : undefined;
  const call = following ? statementCall(following) : undefined;
  const fn = enclosingFunction(index, site);
  if (!call || !fn || call.arguments.length !== 1) return false;
  const continuation = unwrap(call.callee);
  const responseAt = parameterIndex(fn, carrier);
  if (continuation.type !== 'Identifier' || responseAt < 0 || parameterIndex(fn, continuation.name) <= responseAt) return false;
  return passesBody(call.arguments[0]!);
}

/** `res.status(401)` on the carrier itself, as the whole chain. */
function setsStatusOnly(site: TSESTree.Node, carrier: string): boolean {
  const call = unwrap(site);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return false;
  const method = calleeName(call);
  const callee = unwrap(call.callee);
  if (method === undefined || !STATUS_ONLY_METHODS.has(method) || callee.type !== 'MemberExpression') return false;
  const receiver = unwrap(callee.object);
  return receiver.type === 'Identifier' && receiver.name === carrier;
}

/**
 * An object literal: a body for the app's own response middleware (`next({ message })`). An error
 * (`next(err)`, `next(createError(401))`) goes to an error handler as a thrown one does, and is judged
 * as one; `next()`, `next('route')` and `next(false)` hand over nothing.
 */
function passesBody(argument: TSESTree.CallExpressionArgument): boolean {
  return unwrap(argument).type === 'ObjectExpression';
}
