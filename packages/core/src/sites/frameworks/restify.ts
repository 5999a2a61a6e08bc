import type { TSESTree } from '@typescript-eslint/types';
import { memberName, memberPath, requiredModule, unwrap } from '../../ast/node-shapes.js';
import { chainHeaderCall, headerEntry, headersObject } from '../../edits/header-edits.js';
import { addObjectProperty, insertAfter } from '../../edits/text-edits.js';
import { resolveErrorName, resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { responseChain } from '../call-chain.js';
import { headerInHeaders, combineEvidence, headerInChain, type HeaderArguments } from '../header-evidence.js';
import { errorSiteOnHandlerResponse } from '../handler-error-site.js';
import { headerEdit, site, type ResponseSite } from '../response-site.js';
import type { SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';

/*
 * restify (`restify/node-restify lib/response.js`) and restify-errors (`restify/errors lib/httpErrors.js`):
 *   res.send(S, body?, headers?), res.status(S), res.header(H, v) / res.set(H, v)
 *   next(new errors.UnauthorizedError(msg)), `NotAuthorizedError` is a 403
 * restify answers an error with the headers set on `res` before it.
 */

const RESTIFY_MODULES = moduleMatcher(['restify', 'restify-errors']);

const ERRORS_MODULES: ReadonlySet<string> = new Set(['restify-errors']);

/** Response objects of restify handlers (a Node `ServerResponse` with restify's helpers). */
const RESPONSE_NAME = /^(res|resp|response|\w+(Res|Response))$/;

/** The namespaces restify-errors is used through: `errors.UnauthorizedError`, `restify.errors.X` (restify 4). */
const ERRORS_NAMESPACE = /^(errors|errs|Errors|restifyErrors|RestifyErrors|restErrors)$/;

/** restify-errors classes for 401 and 403 (`NotAuthorizedError` is restify's 403). */
const RESTIFY_ERRORS: ReadonlySet<string> = new Set([
  'UnauthorizedError', 'InvalidCredentialsError', 'NotAuthorizedError', 'ForbiddenError',
]);

function isRestifyFile(context: SiteContext): boolean {
  return RESTIFY_MODULES.importedBy(context);
}

function isResponse(node: TSESTree.Node): node is TSESTree.Identifier {
  const n = unwrap(node);
  return n.type === 'Identifier' && RESPONSE_NAME.test(n.name);
}

function isRequireOf(node: TSESTree.Node | null | undefined): boolean {
  return ERRORS_MODULES.has(requiredModule(node) ?? '');
}

/** `import { UnauthorizedError } from 'restify-errors'` or `const { UnauthorizedError } = require('restify-errors')`. */
function importedFromErrors(local: string, context: SiteContext): boolean {
  if (ERRORS_MODULES.has(context.importedFrom.get(local) ?? '')) return true;
  return context.index.variables.some((d) => d.id.type === 'ObjectPattern' && isRequireOf(d.init)
    && d.id.properties.some((p) => p.type === 'Property' && unwrap(p.value).type === 'Identifier'
      && (unwrap(p.value) as TSESTree.Identifier).name === local));
}

/** `errors.X`, `restifyErrors.X`, `restify.errors.X`, `restify.X` (restify ≤ 4), or a name bound to restify-errors. */
function isErrorsNamespace(node: TSESTree.Node, context: SiteContext): boolean {
  const path = memberPath(node);
  if (!path) return false;
  if (path[0] === 'restify' && path.length <= 2) return path.length === 1 || path[1] === 'errors';
  if (path.length !== 1) return false;
  const name = path[0]!;
  return ERRORS_NAMESPACE.test(name) || ERRORS_MODULES.has(context.importedFrom.get(name) ?? '')
    || context.index.variables.some((d) => d.id.type === 'Identifier' && d.id.name === name && isRequireOf(d.init));
}

/** `res.set(H, v)` links before the send (`set` returns `res`; `header` returns the value and ends a chain). */
const CHAIN_HEADER_METHODS: ReadonlyMap<string, HeaderArguments> = new Map([['set', 'either']]);


/** restify reads the status only when it is a number (`typeof code === 'number'`). */
function numericStatus(node: TSESTree.CallExpressionArgument | undefined, context: SiteContext): StatusValue | undefined {
  if (!node || node.type === 'SpreadElement') return undefined;
  const status = resolveStatus(node, context.constants);
  return status && status.form !== 'numeric-string' ? status : undefined;
}

/**
 * `res.send(401, body?, headers?)`, `res.json(401, body?, headers?)`, `res.sendRaw(...)`: the headers come
 * third, and only after a body. `res.status(401)` returns the number, so nothing chains after it.
 */
function responseSite(call: TSESTree.CallExpression, method: string, context: SiteContext): ResponseSite | undefined {
  const isSend = method === 'send' || method === 'json' || method === 'sendRaw';
  if (!isSend && !(method === 'status' && call.arguments.length === 1)) return undefined;
  const status = numericStatus(call.arguments[0], context);
  if (!status) return undefined;
  const { outer, receiver, links } = responseChain(context.index, call);
  if (!isResponse(receiver)) return undefined;
  const headers = isSend ? call.arguments[2] : undefined;
  const body = isSend ? call.arguments[1] : undefined;
  const headersNode = headers && headers.type !== 'SpreadElement' ? unwrap(headers) : undefined;
  const spread = call.arguments.some((a) => a.type === 'SpreadElement');
  return site({
    status,
    delivery: 'respond',
    node: outer,
    headerCarrier: receiver,
    headerOnSite: (name) => spread ? 'unknown'
      : combineEvidence(headerInChain(links, CHAIN_HEADER_METHODS, name, context), headerInHeaders(headersNode, name, context)),
    addHeader: headerEdit((name, value) => {
      if (headersNode?.type === 'ObjectExpression') return [addObjectProperty(headersNode, headerEntry(name, value))];
      if (headersNode) return undefined;
      // A headers argument needs a body before it; without one, `res.set(H, v)` chains (it returns `res`).
      if (body && body.type !== 'SpreadElement') return [insertAfter(body, `, ${headersObject(name, value)}`)];
      return [chainHeaderCall(receiver, 'set', name, value)];
    }),
  });
}

/** `new errors.UnauthorizedError(msg)`, `new NotAuthorizedError()` (imported), `new restify.errors.ForbiddenError()`. */
function errorClassSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  const name = callee.type === 'MemberExpression' ? memberName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (name === undefined || !RESTIFY_ERRORS.has(name)) return undefined;
  const fromRestify = callee.type === 'MemberExpression' ? isErrorsNamespace(callee.object, context) : importedFromErrors(name, context);
  if (!fromRestify) return undefined;
  const status = resolveErrorName(callee);
  return status ? errorSiteOnHandlerResponse(node, status, context, isResponse) : undefined;
}

/** `errors.makeErrFromCode(401, msg)`. */
function makeErrSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  const name = callee.type === 'MemberExpression' ? memberName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (name !== 'makeErrFromCode') return undefined;
  if (callee.type === 'MemberExpression' ? !isErrorsNamespace(callee.object, context) : !importedFromErrors(name, context)) return undefined;
  const status = numericStatus(call.arguments[0], context);
  return status ? errorSiteOnHandlerResponse(call, status, context, isResponse) : undefined;
}

const restifyRecognizer: SiteRecognizer = {
  call(call, context) {
    if (!isRestifyFile(context)) return undefined;
    const callee = unwrap(call.callee);
    const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
    if (method !== undefined) {
      const site = responseSite(call, method, context);
      if (site) return site;
    }
    return makeErrSite(call, context);
  },
  newExpression(node, context) {
    return isRestifyFile(context) ? errorClassSite(node, context) : undefined;
  },
};

export const restifyFramework: SpecificFramework = {
  id: 'restify',
  kind: 'specific',
  modules: RESTIFY_MODULES,
  // restify's `res` has Express-like names with restify's own behaviour.
  claimsResponseCalls: true,
  // restify-errors' `errors.NotAuthorizedError(msg)` called without `new`.
  hover: { errorFactories: ['errors'] },
  recognizer: restifyRecognizer,
};
