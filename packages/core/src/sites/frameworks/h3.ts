import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../../ast/ast-index.js';
import { assignedMember, calleeName, findProperty, memberName, memberPath, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToHeadersHolder, headerArguments, headersHolder, headerStatementBefore, type HeaderEdits } from '../../edits/header-edits.js';
import { appendArgument, insertStatementAt, statementPlaceBefore } from '../../edits/text-edits.js';
import { resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { headerInErrorProps } from '../header-evidence.js';
import { customStatusRewrite, headerAdvice, headerEdit, headerEditIfAny, NO_HEADER_EDIT, site, type ResponseSite } from '../response-site.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import { statusAssignmentSite } from '../status-assignment-site.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import { importNameEdits } from '../../edits/import-name.js';
import { rewriteStatusWithPhrase } from '../../edits/rewrite-status.js';
import type { ErrorHandlerShape } from '../error-handler-shape.js';
import { contentBeside, isCertainContent, statementExpression, type SentContent, type StatementReading } from '../sent-content.js';

/*
 * h3 v1 (`h3js/h3` v1 `src/error.ts`, `src/utils/response.ts`) and v2 (2.0.1-rc.29, `src/error.ts`, `src/response.ts`):
 *   throw createError({ statusCode: S })   v1: sendError keeps the headers set on the event before
 *   setResponseStatus(event, S), setResponseHeader(event, H, v)
 *   throw new HTTPError({ status: S, headers }), throw HTTPError.status(S, text?, { headers })
 *   event.res.status = S, event.res.headers.set(H, v)
 * v2's error path (`prepareResponse` -> `errorResponse`) builds the answer from the HTTPError's own
 * headers and `event.res.errHeaders` only: headers set on `event.res.headers` before the throw are dropped.
 * The sites below do not say so yet: the only "dropped" message is Koa's (`koaHeadersDropped`).
 */

/** Names h3 handlers give their event parameter. */
const EVENT_NAME = /^(event|evt|ev|e|h3Event)$/;

/** Functions whose callback's first parameter is an h3 event, whatever it is called. */
const EVENT_HANDLER_FACTORIES: ReadonlySet<string> = new Set([
  'defineEventHandler', 'eventHandler', 'defineCachedEventHandler', 'cachedEventHandler', 'defineHandler',
  'defineLazyEventHandler', 'defineRequestMiddleware', 'defineResponseMiddleware', 'defineMiddleware',
]);

/** Server-only modules an h3 `HTTPError` / `createError` is imported from. */
const H3_SERVER_MODULES = ['h3', 'h3-nightly', 'nitro', 'nitro/', 'nitropack', 'nitropack/'];
const H3_SERVER_MODULE = moduleMatcher(H3_SERVER_MODULES);

/** Those and Nuxt's `#imports` (Nitro and Nuxt auto-import them); `#imports` also serves Nuxt app code, where createError is a page error. */
const H3_MODULES = moduleMatcher([...H3_SERVER_MODULES, '#imports']);

function isH3Import(name: string, context: SiteContext): boolean {
  const from = context.importedFrom.get(name);
  return from === undefined || H3_MODULES.matches(from);
}

function typeName(param: TSESTree.Identifier): string | undefined {
  const annotation = param.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSTypeReference') return undefined;
  const name = annotation.typeName;
  return name.type === 'Identifier' ? name.name : undefined;
}

/** The event parameter of the nearest h3 handler around `node`: by name, by `H3Event` type, or by `defineEventHandler`. */
function h3EventOf(node: TSESTree.Node, context: SiteContext): TSESTree.Identifier | undefined {
  for (const a of ancestors(context.index, node)) {
    if (!isFunctionNode(a)) continue;
    const first = a.params[0];
    if (first?.type !== 'Identifier') continue;
    if (EVENT_NAME.test(first.name) || typeName(first) === 'H3Event') return first;
    const parent = context.index.parentOf(a);
    if (parent?.type === 'CallExpression' && EVENT_HANDLER_FACTORIES.has(calleeName(parent) ?? '')) return first;
  }
  return undefined;
}

/**
 * `setResponseHeader(event, name, value);` before the statement, imported beside h3's other helpers;
 * undefined where the name cannot be imported or no statement fits.
 */
function setResponseHeaderBefore(node: TSESTree.Node, event: TSESTree.Node, context: SiteContext): HeaderEdits | undefined {
  const imports = importNameEdits('setResponseHeader', 'h3', context, false);
  const place = imports && statementPlaceBefore(context.index, node, context.text, { blockArrowBody: true });
  if (!imports || !place) return undefined;
  const eventText = sourceOf(context, event);
  return (name, value) => [...insertStatementAt(place, `setResponseHeader(${eventText}, ${headerArguments(name, value)});`, context.text), ...imports];
}

interface ErrorInput {
  readonly status: StatusValue;
  /** `statusMessage` / `statusText` when it is the bare reason phrase, rewritten with the status. */
  readonly phrase?: TSESTree.Node;
}

/** `{ statusCode: 401, statusMessage }` / `{ status: 401, statusText }` (h3 v1 and v2 spellings). */
function errorInput(object: TSESTree.ObjectExpression, context: SiteContext): ErrorInput | undefined {
  const statusProp = findProperty(object, 'status') ?? findProperty(object, 'statusCode');
  const status = statusProp && resolveStatus(statusProp.value, context.constants);
  if (!status) return undefined;
  const phrase = findProperty(object, 'statusMessage') ?? findProperty(object, 'statusText');
  return { status, phrase: phrase?.value };
}

function objectArg(node: TSESTree.Node | undefined): TSESTree.ObjectExpression | undefined {
  const n = node && unwrap(node);
  return n?.type === 'ObjectExpression' ? n : undefined;
}

/**
 * h3 v1 `createError({ statusCode: 401 })` (also `sendError(event, createError(...))`): the error
 * carries no headers in v1, so the header goes on the event first. http-errors' numeric
 * `createError(401)` is not this.
 */
function createErrorSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'createError' || !isH3Import('createError', context)) return undefined;
  const props = objectArg(call.arguments[0]);
  const input = props && errorInput(props, context);
  if (!props || !input) return undefined;
  const event = h3EventOf(call, context);
  // Outside a handler (Nuxt app code, route middleware) this is a page error, not a response of ours.
  if (!event && !H3_SERVER_MODULE.matches(context.importedFrom.get('createError') ?? '')) return undefined;
  const addBefore = event && setResponseHeaderBefore(call, event, context);
  return site({
    status: input.status,
    delivery: 'error',
    node: call,
    headerCarrier: event,
    // v1 ignores `headers`; v2's deprecated createError passes them on.
    headerOnSite: (name) => headerInErrorProps(props, name, context),
    addHeader: addBefore ? headerEdit(addBefore) : headerAdvice('h3Error'),
    setStatus: customStatusRewrite((to) => rewriteStatusWithPhrase(input.status, input.phrase, to, context)),
  });
}

/** h3 v2 `new HTTPError({ status: 401, headers })` and `new HTTPError('msg', { status: 401 })`. */
function httpErrorSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'HTTPError' || !isH3Import('HTTPError', context)) return undefined;
  const [first, second] = node.arguments;
  const props = objectArg(first) ?? (first && unwrap(first).type !== 'ObjectExpression' ? objectArg(second) : undefined);
  const input = props && errorInput(props, context);
  if (!props || !input) return undefined;
  return site({
    status: input.status,
    delivery: 'error',
    node,
    headerCarrier: h3EventOf(node, context),
    headerOnSite: (name) => headerInErrorProps(props, name, context),
    addHeader: headerEdit((name, value) => {
      const edit = addHeaderToHeadersHolder(props, name, value);
      return edit ? [edit] : undefined;
    }),
    setStatus: customStatusRewrite((to) => rewriteStatusWithPhrase(input.status, input.phrase, to, context)),
  });
}

/** h3 v2 `HTTPError.status(401, statusText?, details?)`. */
function httpErrorStatusSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'status') return undefined;
  const path = memberPath(callee.object);
  if (path?.length !== 1 || path[0] !== 'HTTPError' || !isH3Import('HTTPError', context)) return undefined;
  const [statusArg, statusText, details] = call.arguments;
  const status = statusArg && resolveStatus(statusArg, context.constants);
  if (!status) return undefined;
  const detailsObject = objectArg(details);
  return site({
    status,
    delivery: 'error',
    node: call,
    headerCarrier: h3EventOf(call, context),
    headerOnSite: (name) => headerInErrorProps(details, name, context),
    addHeader: !details || detailsObject
      ? headerEdit((name, value) => {
        if (detailsObject) {
          const edit = addHeaderToHeadersHolder(detailsObject, name, value);
          return edit ? [edit] : undefined;
        }
        const headers = headersHolder(name, value);
        const edit = appendArgument(call, statusText ? headers : `undefined, ${headers}`, context.text);
        return edit ? [edit] : undefined;
      })
      : NO_HEADER_EDIT,
    setStatus: customStatusRewrite((to) => rewriteStatusWithPhrase(status, statusText, to, context)),
  });
}

/**
 * A reader for `contentBeside`: the handler's `return x` after the status is the content h3 sends,
 * and `return null` sends none; another `setResponseStatus` stops.
 */
function returnedContent(context: SiteContext): (statement: TSESTree.Node) => StatementReading {
  return (statement) => {
    if (statement.type === 'ReturnStatement') {
      const value = statement.argument;
      return value && isCertainContent(value, context) ? { node: value, throws: false, drop: () => [{ range: value.range, text: 'null' }] } : 'stop';
    }
    const expression = statementExpression(statement);
    return expression?.type === 'CallExpression' && calleeName(expression) === 'setResponseStatus' ? 'stop' : 'next';
  };
}

/** The content a handler returns after setting its status: `setResponseStatus(event, 204); return body;`. */
function returnedAfter(node: TSESTree.Node, context: SiteContext): SentContent | undefined {
  return contentBeside(context.index, node, returnedContent(context), 'after');
}

/** `setResponseStatus(event, 401, text?)` (h3 v1 and v2). */
function setResponseStatusSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'setResponseStatus' || !isH3Import('setResponseStatus', context)) return undefined;
  const [eventArg, statusArg, text] = call.arguments;
  const status = statusArg && resolveStatus(statusArg, context.constants);
  const event = eventArg && unwrap(eventArg);
  if (!status || event?.type !== 'Identifier') return undefined;
  const addBefore = setResponseHeaderBefore(call, event, context);
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerCarrier: event,
    addHeader: headerEditIfAny(addBefore),
    setStatus: customStatusRewrite((to) => rewriteStatusWithPhrase(status, text, to, context)),
    sentContent: () => returnedAfter(call, context),
  });
}

/** h3 v2 `event.res.status = 401`; the header goes on `event.res.headers`. */
function resStatusAssignmentSite(assignment: TSESTree.AssignmentExpression, context: SiteContext): ResponseSite | undefined {
  const left = assignedMember(assignment, ['status']);
  if (!left) return undefined;
  const path = memberPath(left.object);
  if (path?.length !== 2 || path[1] !== 'res') return undefined;
  const event = h3EventOf(assignment, context);
  if (event?.name !== path[0]) return undefined;
  const status = resolveStatus(assignment.right, context.constants);
  if (!status) return undefined;
  const receiver = unwrap(left.object);
  const addHeader = headerStatementBefore(context.index, assignment, `${sourceOf(context, receiver)}.headers`, 'set', context.text, { blockArrowBody: true });
  return statusAssignmentSite({ assignment, status, receiver, addHeader, sentContent: () => returnedAfter(assignment, context) });
}

const h3Recognizer: SiteRecognizer = {
  call: (call, context) => createErrorSite(call, context) ?? httpErrorStatusSite(call, context) ?? setResponseStatusSite(call, context),
  newExpression: httpErrorSite,
  assignment: resStatusAssignmentSite,
  assignedMembers: new Set(['status']),
};

/** h3's `createApp({ onError(error, event) {} })` (v2: `new H3({ onError })`) and Nitro's `defineNitroErrorHandler((error, event) => ...)`. */
const H3_ERROR_HANDLERS: readonly ErrorHandlerShape[] = [
  { kind: 'option', callees: ['createApp', 'H3'], property: 'onError', errorParam: 0, responseParam: 1, needsImport: true },
  { kind: 'argument', callee: 'defineNitroErrorHandler', calleeIs: 'function', errorParam: 0, responseParam: 1 },
];

export const h3Framework: SpecificFramework = {
  id: 'h3',
  challengeAdvice: {
    h3Error:
      'This 401 has no WWW-Authenticate header, and h3 v1 errors cannot carry headers (RFC 9110, section 15.5.2 requires one). '
      + 'Call setResponseHeader(event, \'WWW-Authenticate\', {{challenge}}) before throwing.',
  },
  kind: 'specific',
  modules: H3_MODULES,
  errorHandlers: H3_ERROR_HANDLERS,
  recognizer: h3Recognizer,
};
