import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, unwrap } from '../ast/node-shapes.js';
import { resolveStatus } from '../status/resolve-status.js';
import { headerInErrorProps } from './header-evidence.js';
import { handlerErrorSite } from './handler-response.js';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';

/*
 * A plain object handed to the error chain by Express/Connect middleware: `next({ status: 401 })`,
 * `next({ statusCode: 403, message })`. Where it ends up is up to the app's central error handler
 * (Express's own writes `err.status` and `err.headers`): with one in view the object is judged by it,
 * without one nothing is said.
 */

/** The fields Express's final handler reads the status from. */
const STATUS_FIELDS = ['status', 'statusCode'] as const;

/**
 * Is `callee` the `next` parameter of a middleware around it: `(req, res, next)`? Not of error
 * middleware (`(err, req, res, next)`): the file's handler it reaches may be itself.
 */
function isMiddlewareNext(callee: TSESTree.Identifier, context: SiteContext): boolean {
  const resolution = context.names.resolve(callee);
  if (resolution?.kind !== 'declared' || resolution.variable.defs.length !== 1) return false;
  const def = resolution.variable.defs[0]!;
  const fn = def.node as TSESTree.Node;
  if (def.type !== 'Parameter' || (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return false;
  return fn.params.length === 3 && fn.params[2] === def.name;
}

export function nextErrorObjectSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  const arg = call.arguments[0];
  if (callee.type !== 'Identifier' || callee.name !== 'next' || call.arguments.length !== 1 || !arg || unwrap(arg).type !== 'ObjectExpression') return undefined;
  const object = unwrap(arg) as TSESTree.ObjectExpression;
  const field = STATUS_FIELDS.map((name) => findProperty(object, name)).find((p) => p !== undefined);
  const status = field && resolveStatus(field.value, context.constants);
  if (!status || !isMiddlewareNext(callee, context)) return undefined;
  return handlerErrorSite(call, status, context, {
    headerOnSite: (name) => headerInErrorProps(object, name, context),
    silentWithoutHandler: true,
  });
}
