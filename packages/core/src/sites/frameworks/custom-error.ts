import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { ancestors } from '../../ast/ast-index.js';
import { assignedMember, calleeName, chainRoot, findProperty, memberName, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToHeadersHolder } from '../../edits/header-edits.js';
import { resolveErrorName, resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { headerInErrorProps, type HeaderEvidence } from '../header-evidence.js';
import { carriedEvidence } from '../carried-evidence.js';
import { ERROR_NAME } from '../error-names.js';
import { helperCallSite } from '../helper-call-site.js';
import { nextErrorObjectSite } from '../next-error-object.js';
import { handlerErrorSite, handlerResponseParam } from '../handler-response.js';
import { headerAdvice, headerEdit, site, type ResponseSite } from '../response-site.js';
import type { GenericFramework } from '../framework-module.js';
import type { SiteContext } from '../site-context.js';
import type { ErrorClassSummary, ProjectBinding } from '../project-view.js';

/*
 * Error classes and error objects of the project's own, with no framework behind them (no upstream source):
 * `new ForbiddenError()`, `new ApiError(403, msg)`, `Object.assign(new Error(), { status: 401 })`, `err.status = 401`.
 *
 * Where the project model (context.project) has read the class, its summary says whether the error
 * carries headers. A 401 is reported once, where it is bound: at the status in the class (its
 * `super(...)`, its `this.status = ...`, the factory call that makes it) when the class is in the
 * project's own source, at each use when it lives in a dependency or takes the status as an argument.
 */

const ERROR_CLASS = /(Error|Exception)$/;

/** The node inside `root` that spans exactly `range` (the status token a summary points at). */
function nodeAtRange(root: TSESTree.Node, range: readonly [number, number]): TSESTree.Node | undefined {
  if (root.range[0] === range[0] && root.range[1] === range[1]) return root;
  if (root.range[0] > range[0] || root.range[1] < range[1]) return undefined;
  for (const key of visitorKeys[root.type] ?? []) {
    const child = (root as unknown as Record<string, unknown>)[key];
    for (const c of Array.isArray(child) ? child : [child]) {
      if (c && typeof c === 'object' && 'type' in c) {
        const found = nodeAtRange(c as TSESTree.Node, range);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * A use of a class the project model has read: the status from the argument the class takes it in,
 * or, for a class of a dependency or with its status in a class field (no recognizer visits fields),
 * the class's own status (a 401 only: the model adds no 403 sites).
 * 'elsewhere': the class binds its status in the project's own source, which reports it there.
 */
function summarisedErrorSite(node: TSESTree.NewExpression, binding: ProjectBinding & { summary: ErrorClassSummary }, context: SiteContext): ResponseSite | 'elsewhere' | undefined {
  const { summary } = binding;
  const headerOnSite = (name: string): HeaderEvidence => carriedEvidence(summary.headers, name);
  if (summary.statusParam !== undefined) {
    const arg = node.arguments[summary.statusParam];
    const status = arg && arg.type !== 'SpreadElement' ? resolveStatus(arg, context.constants) : undefined;
    return status && site({ status, delivery: 'error', node, headerCarrier: handlerResponseParam(context.index, node), headerOnSite });
  }
  if (summary.codeParam && summary.codeStatuses) return codeSite(node, summary.codeParam, summary.codeStatuses, headerOnSite, context);
  if (summary.status === undefined) {
    // A dependency's class without a status of its own (`class UnauthorizedError extends ApplicationError {}`, Strapi): its
    // name says it, a handler maps it, and the class's summary says which headers it carries. In the project's own source
    // such a class stays silent (it may add the header where it is handled).
    if (binding.origin !== 'dependency') return undefined;
    const named = resolveErrorName(node.callee);
    return named && site({ status: named, delivery: 'error', node, headerCarrier: handlerResponseParam(context.index, node), headerOnSite });
  }
  if (summary.statusRange === undefined) return undefined;
  if (binding.origin !== 'dependency' && !summary.statusInField) return 'elsewhere';
  if (summary.status !== 401 && resolveErrorName(node.callee)?.code !== summary.status) return undefined;
  return site({
    status: { code: summary.status, node: resolveErrorName(node.callee)?.node ?? node.callee, form: 'error-name' },
    delivery: 'error',
    node,
    headerCarrier: handlerResponseParam(context.index, node),
    headerOnSite,
    setStatus: { kind: 'none' },
  });
}

/** `new DubApiError({ code: 'unauthorized', message })`: the code's status in the class's code table (a 401 only). */
function codeSite(
  node: TSESTree.NewExpression,
  codeParam: NonNullable<ErrorClassSummary['codeParam']>,
  codeStatuses: Readonly<Record<string, number>>,
  headerOnSite: (name: string) => HeaderEvidence,
  context: SiteContext,
): ResponseSite | undefined {
  const arg = node.arguments[codeParam.index];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  const holder = unwrap(arg);
  const codeNode = codeParam.field === undefined ? holder : holder.type === 'ObjectExpression' ? findProperty(holder, codeParam.field)?.value : undefined;
  const code = codeNode && unwrap(codeNode);
  if (code?.type !== 'Literal' || typeof code.value !== 'string' || !Object.hasOwn(codeStatuses, code.value) || codeStatuses[code.value] !== 401) return undefined;
  return site({
    status: { code: 401, node: code, form: 'status-name' },
    delivery: 'error',
    node,
    headerCarrier: handlerResponseParam(context.index, node),
    headerOnSite,
    setStatus: { kind: 'none' },
  });
}

/** Hand-written error classes: `new ForbiddenError()`, `new ApiError(403, msg)`, `new AppError(msg, 401)`. */
function errorClassSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const name = calleeName(node);
  if (!name) return undefined;
  // Only a name that says it is an error is looked up: each lookup may read and parse another module.
  const binding = ERROR_CLASS.test(name) ? context.project?.bindingOf(node.callee) : undefined;
  const summarised = binding?.summary.kind === 'error-class' ? summarisedErrorSite(node, binding as ProjectBinding & { summary: ErrorClassSummary }, context) : undefined;
  if (summarised && summarised !== 'elsewhere') return summarised;
  let status: StatusValue | undefined = resolveErrorName(node.callee);
  if (!status && ERROR_CLASS.test(name)) {
    for (const arg of node.arguments) {
      const value = resolveStatus(arg, context.constants);
      // Only an auth status is trusted here: other numbers in error constructors are often not statuses.
      if (value && (value.code === 401 || value.code === 403)) { status = value; break; }
    }
  }
  if (!status) return undefined;
  // A class of the project's own may add the header itself; one the model has read is reported where it binds the status.
  return handlerErrorSite(node, status, context, { headerOnSite: () => 'unknown' });
}

/** The class a node is written in, with the project model's summary of it. */
function enclosingErrorClass(node: TSESTree.Node, context: SiteContext): ErrorClassSummary | undefined {
  for (const a of ancestors(context.index, node)) {
    if (a.type === 'ClassDeclaration' || a.type === 'ClassExpression') return context.project?.classSummaryOf(a);
  }
  return undefined;
}

/**
 * Where an error class of this file binds its 401: the status token in its `super(...)` or
 * `this.status = ...`, when the summary of the class says every instance answers 401.
 */
function classBindingSite(node: TSESTree.CallExpression | TSESTree.AssignmentExpression, context: SiteContext): ResponseSite | undefined {
  if (!context.project) return undefined;
  const summary = enclosingErrorClass(node, context);
  if (summary?.status !== 401 || !summary.statusRange) return undefined;
  const token = nodeAtRange(node, summary.statusRange);
  if (!token) return undefined;
  return site({
    status: { code: 401, node: token, form: token.type === 'Literal' ? (typeof token.value === 'string' ? 'numeric-string' : 'number') : 'named-constant' },
    delivery: 'error',
    node,
    headerOnSite: (name) => carriedEvidence(summary.headers, name),
  });
}

/** `const InvalidCredentialsError = createError(CODE, 'Invalid user credentials.', 401)`: a class factory's call binds the status. */
function factoryBindingSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  // Every call of the file comes here: look the callee up only where an argument is a 401, since each lookup may read and parse another module.
  if (!call.arguments.some((arg) => arg.type !== 'SpreadElement' && resolveStatus(arg, context.constants)?.code === 401)) return undefined;
  const factory = context.project?.bindingOf(call.callee);
  if (factory?.summary.kind !== 'class-factory') return undefined;
  const arg = call.arguments[factory.summary.statusParam];
  const status = arg && arg.type !== 'SpreadElement' ? resolveStatus(arg, context.constants) : undefined;
  if (status?.code !== 401) return undefined;
  const headers = factory.summary.headers;
  return site({ status, delivery: 'error', node: call, headerOnSite: (name) => carriedEvidence(headers, name) });
}

function callSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  if (unwrap(call.callee).type === 'Super') return classBindingSite(call, context);
  return assignedErrorSite(call, context) ?? factoryBindingSite(call, context) ?? helperCallSite(call, context) ?? nextErrorObjectSite(call, context);
}

function assignmentSite(assignment: TSESTree.AssignmentExpression, context: SiteContext): ResponseSite | undefined {
  const left = unwrap(assignment.left);
  if (left.type === 'MemberExpression' && unwrap(left.object).type === 'ThisExpression') return classBindingSite(assignment, context);
  return errorStatusAssignmentSite(assignment, context);
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
    addHeader: headerAdvice('errorWithoutHeaders'),
  });
}

export const customErrorFramework: GenericFramework = {
  id: 'custom-error',
  kind: 'generic',
  recognizer: () => ({
    newExpression: errorClassSite,
    call: callSite,
    assignment: assignmentSite,
  }),
};
