import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, chainRoot, findProperty, hasSpread, memberName, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToInit, headerEntry, headersHolder, headersObject, headerStatementInList } from '../../edits/header-edits.js';
import { addObjectProperty, appendArgument, replaceNode } from '../../edits/text-edits.js';
import type { TextEdit } from '../../finding.js';
import { resolveStatus } from '../../status/resolve-status.js';
import { combineEvidence, type HeaderEvidence } from '../header-evidence.js';
import { handlerErrorSite } from '../handler-response.js';
import { headerOnCarrier } from '../carrier-headers.js';
import { headerEdit, headerEditIfAny, site, type ResponseSite } from '../response-site.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import { headerInInit, headersEvidence, responseHolder, statusOfInit } from '../response-init.js';
import type { ErrorHandlerShape } from '../error-handler-shape.js';
import { contentBeside, isCertainContent, statementExpression, type SentContent, type StatementReading } from '../sent-content.js';

/*
 * Hono 4 (`honojs/hono src/context.ts`, `src/http-exception.ts`):
 *   c.json(body, S?, headers?)   c.text / c.body / c.html / c.newResponse: the same arguments;
 *                                the second may also be a ResponseInit `{ status, headers }`
 *   c.status(S)                  returns void; the next c.json/text/body sends it
 *   throw new HTTPException(S, { message?, res? })   headers only through `res`
 * `c.header(H, v)` anywhere in the handler is found by the receiver scan. basicAuth, bearerAuth
 * and jwt set the challenge themselves and are no sites.
 */

/** Context methods that build the response: `(body, statusOrInit?, headers?)`. */
const RESPONSE_METHODS: ReadonlySet<string> = new Set(['json', 'text', 'body', 'html', 'newResponse']);

const HONO_MODULES = moduleMatcher(['hono', 'hono/', '@hono/']);

/** `c` is Hono's context everywhere; `ctx` and `context` only in a file that imports Hono. */
function honoContext(node: TSESTree.Node, context: SiteContext): TSESTree.Identifier | undefined {
  const n = unwrap(node);
  if (n.type !== 'Identifier') return undefined;
  if (n.name === 'c') return n;
  return /^(ctx|context)$/.test(n.name) && HONO_MODULES.importedBy(context) ? n : undefined;
}

/**
 * The content of `c.json(x, 204)`, `c.text(x, 204)`, ...: the first argument. Hono builds a Fetch
 * Response from it, which throws for content with a 204 or 304; the drop is Hono's `c.body(null, 204)`.
 */
function contentOfResponseMethod(call: TSESTree.CallExpression, context: SiteContext): SentContent | undefined {
  const callee = unwrap(call.callee);
  const body = call.arguments[0];
  if (callee.type !== 'MemberExpression' || !body || body.type === 'SpreadElement') return undefined;
  if (!isCertainContent(body, context, memberName(callee) === 'json')) return undefined;
  const nullBody = { range: body.range, text: 'null' };
  return { node: body, throws: true, drop: () => (memberName(callee) === 'body' ? [nullBody] : [{ range: callee.property.range, text: 'body' }, nullBody]) };
}

/**
 * `c.body(null, 302)` -> `c.redirect(url, 302)`: Hono's `redirect(location, status)` builds the same
 * bodiless response with Location (`honojs/hono src/context.ts`). Only with no headers argument.
 */
function honoRedirect(call: TSESTree.CallExpression, receiver: TSESTree.Identifier, context: SiteContext): ResponseSite['redirectTo'] {
  const callee = unwrap(call.callee);
  const [body, status] = call.arguments;
  const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
  if (call.arguments.length !== 2 || (method !== 'body' && method !== 'newResponse') || !body || !status) return undefined;
  const empty = unwrap(body);
  if (!(empty.type === 'Literal' && empty.value === null) || unwrap(status).type === 'ObjectExpression') return undefined;
  const statusText = sourceOf(context, status);
  return (target) => ({ helper: `${receiver.name}.redirect`, edits: [replaceNode(call, `${receiver.name}.redirect(${target.expression}, ${statusText})`)] });
}

/** `c.json(b, 401, headers?)` and `c.json(b, { status: 401, headers })`. */
function responseMethodSite(call: TSESTree.CallExpression, receiver: TSESTree.Identifier, context: SiteContext): ResponseSite | undefined {
  const [, second, third] = call.arguments;
  if (!second || second.type === 'SpreadElement' || third?.type === 'SpreadElement') return undefined;
  const init = unwrap(second);
  const isInit = init.type === 'ObjectExpression';
  const status = isInit ? statusOfInit(init, context) : resolveStatus(init, context.constants);
  if (!status) return undefined;
  const inline = (name: string): HeaderEvidence => {
    const extraHeaders = headersEvidence(third, call, name, context);
    return isInit ? combineEvidence(headerInInit(init, call, name, context), extraHeaders) : extraHeaders;
  };
  // `const r = c.json(b, 401); r.headers.set(H, v)`: the held response counts too; `c.header()` is scanned by the check.
  const holder = responseHolder(call, context);
  const redirectTo = honoRedirect(call, receiver, context);
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerCarrier: receiver,
    headerOnSite: (name) => (holder ? combineEvidence(inline(name), headerOnCarrier(holder, call, name, context)) : inline(name)),
    addHeader: headerEdit((name, value) => {
      if (isInit && !third) return addHeaderToInit(init, name, value, context.text);
      if (!third) {
        const edit = appendArgument(call, headersObject(name, value), context.text);
        return edit ? [edit] : undefined;
      }
      const headers = unwrap(third);
      return headers.type === 'ObjectExpression' ? [addObjectProperty(headers, headerEntry(name, value))] : undefined;
    }),
    sentContent: () => contentOfResponseMethod(call, context),
    ...(redirectTo && { redirectTo }),
  });
}

/**
 * A reader for `contentBeside` after `c.status(204)`: the response the handler then builds on the same
 * context with content only (`return c.json(x)`, `c.text(x)`) sends it with that status; one built with
 * its own status or init, or any other status call, stops.
 */
function responseAfterStatus(receiver: string, context: SiteContext): (statement: TSESTree.Node) => StatementReading {
  return (statement) => {
    const expression = statementExpression(statement);
    if (expression?.type !== 'CallExpression') return 'next';
    const callee = unwrap(expression.callee);
    const object = callee.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
    if (callee.type !== 'MemberExpression' || object?.type !== 'Identifier' || object.name !== receiver) return 'next';
    const method = memberName(callee);
    if (method === undefined || !RESPONSE_METHODS.has(method)) return method === 'header' ? 'next' : 'stop';
    if (expression.arguments.length !== 1) return 'stop';
    return contentOfResponseMethod(expression, context) ?? 'stop';
  };
}

/** `c.status(401)`: the status of the next response built on `c`. */
function statusMethodSite(call: TSESTree.CallExpression, receiver: TSESTree.Identifier, context: SiteContext): ResponseSite | undefined {
  if (call.arguments.length !== 1 || call.arguments[0]!.type === 'SpreadElement') return undefined;
  const status = resolveStatus(call.arguments[0]!, context.constants);
  if (!status) return undefined;
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerCarrier: receiver,
    addHeader: headerEditIfAny(headerStatementInList(context.index, call, receiver.name, 'header', context.text)),
    sentContent: () => contentBeside(context.index, call, responseAfterStatus(receiver.name, context), 'after'),
  });
}

/** Is this `HTTPException` the one from 'hono/http-exception'? */
function isHonoException(node: TSESTree.NewExpression, context: SiteContext): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier') return false;
  const source = context.importedFrom.get(callee.name);
  return source === 'hono/http-exception' || (source === 'hono' && callee.name === 'HTTPException');
}

/** The `res` option of an HTTPException: `new Response(body, init?)` is read, anything else is unknown. */
function headerInExceptionOptions(options: TSESTree.Node | undefined, site: TSESTree.Node, name: string, context: SiteContext): HeaderEvidence {
  if (!options) return 'absent';
  const n = unwrap(options);
  if (n.type !== 'ObjectExpression') return 'unknown';
  const res = findProperty(n, 'res');
  if (!res) return hasSpread(n) ? 'unknown' : 'absent';
  const value = unwrap(res.value);
  if (value.type !== 'NewExpression' || calleeName(value) !== 'Response') return 'unknown';
  return headerInInit(value.arguments[1], site, name, context);
}

/** Source text that can be written twice without running anything twice: the message as the new body. */
function repeatableText(node: TSESTree.Node | undefined, context: SiteContext): string | undefined {
  if (!node) return 'null';
  const n = unwrap(node);
  const plain = n.type === 'Literal' || n.type === 'Identifier'
    || (n.type === 'TemplateLiteral' && n.expressions.every((e) => e.type === 'Identifier' || e.type === 'MemberExpression'))
    || (n.type === 'MemberExpression' && chainRoot(n).type === 'Identifier' && !n.computed);
  return plain ? context.text.slice(node.range[0], node.range[1]) : undefined;
}

/**
 * Hono answers an HTTPException with `res` from `res.body` and `res.headers`, so the edit passes a `res`
 * whose body is the message (a `res` makes Hono ignore `message`) and whose headers hold the challenge.
 */
function addHeaderToException(node: TSESTree.NewExpression, name: string, headerValue: string, context: SiteContext): TextEdit[] | undefined {
  const options = node.arguments[1];
  const headers = headersHolder(name, headerValue);
  if (!options) {
    const edit = appendArgument(node, `{ res: new Response(null, ${headers}) }`, context.text);
    return edit ? [edit] : undefined;
  }
  const n = unwrap(options);
  if (n.type !== 'ObjectExpression' || hasSpread(n)) return undefined;
  const res = findProperty(n, 'res');
  if (res) {
    const value = unwrap(res.value);
    if (value.type !== 'NewExpression' || calleeName(value) !== 'Response') return undefined;
    const init = value.arguments[1];
    if (init) return addHeaderToInit(init, name, headerValue, context.text);
    const edit = appendArgument(value, value.arguments.length === 0 ? `null, ${headers}` : headers, context.text);
    return edit ? [edit] : undefined;
  }
  const message = findProperty(n, 'message');
  if (message?.value.type === 'AssignmentPattern') return undefined;
  const body = repeatableText(message?.value, context);
  return body === undefined ? undefined : [addObjectProperty(n, `res: new Response(${body}, ${headers})`)];
}

/** `new HTTPException(401, { message, res })`. */
function exceptionSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  if (!isHonoException(node, context)) return undefined;
  const first = node.arguments[0];
  if (!first || first.type === 'SpreadElement' || node.arguments[1]?.type === 'SpreadElement') return undefined;
  const status = resolveStatus(first, context.constants);
  if (!status) return undefined;
  // Hono's default error handler answers with `c.newResponse(res.body, res)`, which keeps `c.header()`s.
  return handlerErrorSite(node, status, context, {
    headerOnSite: (name) => headerInExceptionOptions(node.arguments[1], node, name, context),
    addHeader: headerEdit((name, value) => addHeaderToException(node, name, value, context)),
  });
}

const honoRecognizer: SiteRecognizer = {
  call(call, context) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const method = memberName(callee);
    if (method === undefined || callee.computed) return undefined;
    const receiver = honoContext(callee.object, context);
    if (!receiver) return undefined;
    if (RESPONSE_METHODS.has(method)) return responseMethodSite(call, receiver, context);
    if (method === 'status') return statusMethodSite(call, receiver, context);
    return undefined;
  },
  newExpression: exceptionSite,
};

/** `app.onError((err, c) => ...)`. */
const HONO_ERROR_HANDLERS: readonly ErrorHandlerShape[] = [
  { kind: 'argument', callee: 'onError', calleeIs: 'method', errorParam: 0, responseParam: 1, needsImport: true },
];

export const honoFramework: SpecificFramework = {
  id: 'hono',
  kind: 'specific',
  modules: HONO_MODULES,
  receiverNames: ['c'],
  // `c.json(body, 401)`, `c.redirect(url, 302)`.
  hover: {
    contextMethods: {
      names: ['c', 'ctx'],
      methods: {
        json: { index: 1 }, text: { index: 1 }, html: { index: 1 }, body: { index: 1 }, newResponse: { index: 1 },
        redirect: { index: 1, codes: [300, 399] },
      },
    },
  },
  errorHandlers: HONO_ERROR_HANDLERS,
  recognizer: honoRecognizer,
};
