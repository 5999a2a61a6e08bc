import type { TSESTree } from '@typescript-eslint/types';
import { assignedMember, memberName, memberPath, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToErrorProps, headerCallStatement, type HeaderEdits } from '../../edits/header-edits.js';
import { insertStatementAfter } from '../../edits/redirect-edits.js';
import { insertStatementBeforeSite, statementInList } from '../../edits/text-edits.js';
import { enclosingFunction, nodesWithin } from '../../ast/ast-index.js';
import { resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { headerInErrorProps } from '../header-evidence.js';
import { headerEdit, site, type ResponseSite } from '../response-site.js';
import { statusAssignmentSite } from '../status-assignment-site.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import { contentBeside, isCertainContent, removeStatement, statementExpression, type SentContent, type StatementReading } from '../sent-content.js';
import type { ErrorHandlerShape } from '../error-handler-shape.js';

/*
 * Koa 2 and 3 (`koajs/koa lib/context.js`, `lib/response.js`): `ctx.status = S`, `ctx.set(H, v)`,
 * `ctx.throw(S, msg?, props?)` and `ctx.assert(value, S, ...)` (http-assert). `ctx.onerror` removes every
 * header set on the response before it writes `err.headers`, so only the props carry a header on a throw.
 */

/** Modules whose presence says `context` is a Koa context (Koa, its routers and middleware, Egg). */
const KOA_MODULES = moduleMatcher(['koa', 'koa-', '@koa/', 'egg']);

/** `ctx` (any Koa file or middleware), `context` (in files that import Koa), Egg's and Midway's `this.ctx`. */
function isKoaContext(node: TSESTree.Node, context: SiteContext): boolean {
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name === 'ctx' || (n.name === 'context' && KOA_MODULES.importedBy(context));
  const path = memberPath(n);
  return path !== undefined && path.length === 2 && path[0] === 'this' && path[1] === 'ctx';
}

/** `ctx` or `ctx.response`: the objects Koa's status setter and `set()` live on. */
function isKoaResponse(node: TSESTree.Node, context: SiteContext): boolean {
  const n = unwrap(node);
  if (isKoaContext(n, context)) return true;
  return n.type === 'MemberExpression' && memberName(n) === 'response' && isKoaContext(n.object, context);
}

/** A status Koa (http-errors) reads as a status: a number, never a numeric string (that is a message). */
function numericStatus(node: TSESTree.Node | undefined, context: SiteContext): StatusValue | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const status = resolveStatus(node, context.constants);
  return status && status.form !== 'numeric-string' ? status : undefined;
}

/**
 * A reader for `contentBeside`: `ctx.body = x` (or `ctx.response.body = x`) on the same context gives
 * its content, and its drop removes the statement; another body or status assignment there stops.
 */
function bodyAssignment(receiverText: string, context: SiteContext): (statement: TSESTree.Node) => StatementReading {
  return (statement) => {
    const expression = statementExpression(statement);
    if (statement.type !== 'ExpressionStatement' || expression?.type !== 'AssignmentExpression') return 'next';
    const left = assignedMember(expression, ['body', 'status']);
    if (!left) return 'next';
    const object = unwrap(left.object);
    const owner = object.type === 'MemberExpression' && memberName(object) === 'response' ? object.object : object;
    if (sourceOf(context, unwrap(owner)) !== receiverText) return 'next';
    if (memberName(left) === 'status' || !isCertainContent(expression.right, context)) return 'stop';
    return { node: expression.right, throws: false, drop: () => [removeStatement(statement, context.text)] };
  };
}

/**
 * Koa drops the body of a 204 or 304 whichever is set first: the status setter clears a body set
 * before it, and the response is written without the body set after it.
 */
function contentAround(assignment: TSESTree.AssignmentExpression, receiverText: string, context: SiteContext): SentContent | undefined {
  const read = bodyAssignment(receiverText, context);
  return contentBeside(context.index, assignment, read, 'after') ?? contentBeside(context.index, assignment, read, 'before');
}

/** Whether the function around `node` assigns a body on the context `contextText` (`ctx.body = x`, `ctx.response.body = x`). */
function setsBody(node: TSESTree.Node, contextText: string, context: SiteContext): boolean {
  const scope = enclosingFunction(context.index, node) ?? context.index.program;
  return nodesWithin(context.index.assignments, scope).some((assignment) => {
    const left = assignedMember(assignment, ['body']);
    if (!left) return false;
    const object = unwrap(left.object);
    const owner = object.type === 'MemberExpression' && memberName(object) === 'response' ? object.object : object;
    return sourceOf(context, unwrap(owner)) === contextText;
  });
}

/**
 * `ctx.status = 301` -> `ctx.status = 301; ctx.redirect(url)`: Koa's `redirect` keeps a 3xx set before
 * it (`koajs/koa lib/response.js`) and writes its own short body, so only where the handler sets none.
 */
function koaRedirect(assignment: TSESTree.AssignmentExpression, contextText: string, context: SiteContext): ResponseSite['redirectTo'] {
  const statement = context.index.parentOf(assignment);
  if (statement?.type !== 'ExpressionStatement' || statementInList(context.index, assignment) !== statement) return undefined;
  if (setsBody(assignment, contextText, context)) return undefined;
  return (target) => ({
    helper: `${contextText}.redirect`,
    edits: [insertStatementAfter(statement, `${contextText}.redirect(${target.expression});`, context.text)],
  });
}

/** `ctx.status = 401`, `ctx.response.status = 401`. */
function ctxStatusSite(assignment: TSESTree.AssignmentExpression, context: SiteContext): ResponseSite | undefined {
  const left = assignedMember(assignment, ['status']);
  if (!left) return undefined;
  if (!isKoaResponse(left.object, context)) return undefined;
  const status = numericStatus(assignment.right, context);
  if (!status) return undefined;
  const receiver = unwrap(left.object);
  const receiverText = sourceOf(context, receiver);
  const contextText = sourceOf(context, receiver.type === 'MemberExpression' && memberName(receiver) === 'response' ? unwrap(receiver.object) : receiver);
  const addHeader: HeaderEdits = (name, value) => insertStatementBeforeSite(context.index, assignment,
    headerCallStatement(receiverText, 'set', name, value), context.text);
  const site = statusAssignmentSite({ assignment, status, receiver, addHeader, sentContent: () => contentAround(assignment, contextText, context) });
  const redirectTo = koaRedirect(assignment, contextText, context);
  return redirectTo ? { ...site, redirectTo } : site;
}

/** http-assert's equality variants take the status third: `ctx.assert.equal(a, b, 403)`. */
const ASSERT_EQUALITY: ReadonlySet<string> = new Set([
  'equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual',
]);

/** Every method name `throwShape` reads. */
const THROW_METHODS: ReadonlySet<string> = new Set(['throw', 'assert', 'ok', ...ASSERT_EQUALITY]);

interface ThrowShape {
  readonly receiver: TSESTree.Node;
  readonly statusIndex: number;
  /** The value whose falsiness throws (`ctx.assert(value, ...)`, `ctx.assert.ok(value, ...)`). */
  readonly asserted?: TSESTree.Node;
}

/** `ctx.throw(S, msg?, props?)`, `ctx.assert(value, S, msg?, props?)`, `ctx.assert.ok(...)`, `ctx.assert.equal(a, b, S, ...)`. */
function throwShape(call: TSESTree.CallExpression, context: SiteContext): ThrowShape | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = memberName(callee);
  if (method === undefined || !THROW_METHODS.has(method)) return undefined;
  const object = unwrap(callee.object);
  const first = call.arguments[0];
  const asserted = first && first.type !== 'SpreadElement' ? first : undefined;
  if (isKoaContext(object, context)) {
    if (method === 'throw') return { receiver: object, statusIndex: 0 };
    if (method === 'assert') return { receiver: object, statusIndex: 1, asserted };
    return undefined;
  }
  if (object.type !== 'MemberExpression' || memberName(object) !== 'assert' || !isKoaContext(object.object, context)) return undefined;
  const receiver = unwrap(object.object);
  if (method === 'ok') return { receiver, statusIndex: 1, asserted };
  if (method !== undefined && ASSERT_EQUALITY.has(method)) return { receiver, statusIndex: 2 };
  return undefined;
}

/**
 * `ctx.throw(401, msg, props)` and `ctx.assert(...)` throw an http-errors error; Koa's `onerror` first
 * removes every header set on the response, then sets `err.headers`. Only the props carry the challenge.
 */
function throwSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const shape = throwShape(call, context);
  if (!shape || call.arguments.some((a, i) => i <= shape.statusIndex && a.type === 'SpreadElement')) return undefined;
  const status = numericStatus(call.arguments[shape.statusIndex], context);
  if (!status) return undefined;
  const rest = call.arguments.slice(shape.statusIndex + 1);
  // Props may follow the status directly or come after the message; a spread may hold them.
  const props = rest.find((a) => a.type === 'SpreadElement' || unwrap(a).type === 'ObjectExpression') ?? rest[1];
  return site({
    status,
    delivery: 'error',
    node: call,
    headerCarrier: shape.receiver,
    headerOnSite: (name) => headerInErrorProps(props, name, context),
    earlierHeadersSurvive: false,
    addHeader: headerEdit((name, value) => addHeaderToErrorProps(call, props, name, value, context.text)),
    assertedValue: shape.asserted,
  });
}

/** A file that shows Strapi: a `@strapi/` module, or Strapi's `strapi` global (its controllers import nothing). */
const STRAPI_MODULES = moduleMatcher(['@strapi/']);
function showsStrapi(context: SiteContext): boolean {
  return context.memo(showsStrapi, () => STRAPI_MODULES.importedBy(context)
    || (/\bstrapi\./.test(context.text) && !context.names.isBoundInFile('strapi')));
}

/**
 * Strapi's context helper `ctx.unauthorized(msg?, details?)` (`@strapi/core` services/server/koa.js):
 * it sets `ctx.status` and `ctx.body` from http-errors' 401 and adds no header; headers set on `ctx`
 * before it stay. Only the 401 helper is read (the others do not ask for a challenge).
 */
function strapiUnauthorizedSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'unauthorized') return undefined;
  const receiver = unwrap(callee.object);
  if (!isKoaContext(receiver, context) || !showsStrapi(context)) return undefined;
  const receiverText = sourceOf(context, receiver);
  return site({
    status: { code: 401, node: callee.property, form: 'error-name' },
    delivery: 'respond',
    node: call,
    headerCarrier: receiver,
    addHeader: headerEdit((name, value) => insertStatementBeforeSite(context.index, call,
      headerCallStatement(receiverText, 'set', name, value), context.text)),
    setStatus: { kind: 'none' },
  });
}

/**
 * Error middleware: a `try` around `await next()` that answers in its `catch`; and `app.on('error')`,
 * which Koa emits before its default handler removes every header set so far.
 */
const KOA_ERROR_HANDLERS: readonly ErrorHandlerShape[] = [
  { kind: 'catch-around-next', nextParam: 1, errorParam: 0, responseParam: 0, addChallenge: { headerMethod: 'set', statusFields: ['status', 'statusCode'] } },
  { kind: 'event', event: 'error', errorParam: 0, responseParam: 1, needsImport: true, headersDropped: true },
];

export const koaFramework: SpecificFramework = {
  id: 'koa',
  kind: 'specific',
  modules: KOA_MODULES,
  receiverNames: ['ctx', 'context'],
  headersSurviveThrow: false,
  // `ctx.throw(401)`, `ctx.assert(user, 401)`.
  hover: { statusMethods: { throw: { index: 0 } }, contextMethods: { names: ['ctx', 'context'], methods: { assert: { index: 1 } } } },
  errorHandlers: KOA_ERROR_HANDLERS,
  recognizer: {
    call: (call, context) => throwSite(call, context) ?? strapiUnauthorizedSite(call, context),
    assignment: ctxStatusSite,
    assignedMembers: new Set(['status']),
  },
};
