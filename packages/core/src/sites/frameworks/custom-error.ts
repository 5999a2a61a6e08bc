import type { TSESTree } from '@typescript-eslint/types';
import { assignedMember, calleeName, chainRoot, findProperty, memberName, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToHeadersHolder } from '../../edits/header-edits.js';
import { resolveErrorName, resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { headerInErrorProps } from '../header-evidence.js';
import { ERROR_NAME } from '../error-names.js';
import { handlerErrorSite } from '../handler-response.js';
import { headerAdvice, headerEdit, type ResponseSite } from '../response-site.js';
import type { GenericFramework } from '../framework-module.js';
import type { SiteContext } from '../site-context.js';

/*
 * Error classes and error objects of the project's own, with no framework behind them (no upstream source):
 * `new ForbiddenError()`, `new ApiError(403, msg)`, `Object.assign(new Error(), { status: 401 })`, `err.status = 401`.
 */

const ERROR_CLASS = /(Error|Exception)$/;

/** Hand-written error classes: `new ForbiddenError()`, `new ApiError(403, msg)`, `new AppError(msg, 401)`. */
function errorClassSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const name = calleeName(node);
  if (!name) return undefined;
  let status: StatusValue | undefined = resolveErrorName(node.callee);
  if (!status && ERROR_CLASS.test(name)) {
    for (const arg of node.arguments) {
      const value = resolveStatus(arg, context.constants);
      // Only an auth status is trusted here: other numbers in error constructors are often not statuses.
      if (value && (value.code === 401 || value.code === 403)) { status = value; break; }
    }
  }
  if (!status) return undefined;
  // A class of the project's own may add the header itself.
  return handlerErrorSite(node, status, context, { headerOnSite: () => 'unknown' });
}

/** `Object.assign(new Error('...'), { status: 401 })`. */
function assignedErrorSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'assign' || chainRoot(callee).type !== 'Identifier') return undefined;
  const [target, props] = call.arguments;
  if (!target || unwrap(target).type !== 'NewExpression' || !props || unwrap(props).type !== 'ObjectExpression') return undefined;
  if (!ERROR_CLASS.test(calleeName(unwrap(target) as TSESTree.NewExpression) ?? '')) return undefined;
  const object = unwrap(props) as TSESTree.ObjectExpression;
  const statusProp = findProperty(object, 'status') ?? findProperty(object, 'statusCode');
  const status = statusProp && resolveStatus(statusProp.value, context.constants);
  if (!status) return undefined;
  return handlerErrorSite(call, status, context, {
    headerOnSite: (name) => headerInErrorProps(object, name, context),
    addHeader: headerEdit((name, value) => {
      const edit = addHeaderToHeadersHolder(object, name, value);
      return edit ? [edit] : undefined;
    }),
  });
}

/** `err.status = 401` / `err.statusCode = 401` on an error that is then thrown or passed to `next`. */
function errorStatusAssignmentSite(assignment: TSESTree.AssignmentExpression, context: SiteContext): ResponseSite | undefined {
  const left = assignedMember(assignment, ['status', 'statusCode']);
  if (!left) return undefined;
  const object = unwrap(left.object);
  if (object.type !== 'Identifier' || !ERROR_NAME.test(object.name)) return undefined;
  const status = resolveStatus(assignment.right, context.constants);
  if (!status) return undefined;
  return handlerErrorSite(assignment, status, context, {
    // `err.headers = {...}` may follow; the check looks at the receiver, not at the error.
    headerOnSite: () => 'unknown',
    addHeader: headerAdvice('error-without-headers'),
  });
}

export const customErrorFramework: GenericFramework = {
  id: 'custom-error',
  kind: 'generic',
  recognizer: () => ({
    newExpression: errorClassSite,
    call: assignedErrorSite,
    assignment: errorStatusAssignmentSite,
  }),
};
