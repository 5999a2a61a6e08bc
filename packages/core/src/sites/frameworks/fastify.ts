import type { TSESTree } from '@typescript-eslint/types';
import { chainRoot, memberName, memberPath, unwrap } from '../../ast/node-shapes.js';
import { resolveErrorName, resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { replaceChainFrom } from '../../edits/redirect-edits.js';
import { responseChain, type ResponseChain } from '../call-chain.js';
import { chainSite, type ChainHeaders } from '../chain-site.js';
import { errorSiteOnHandlerResponse } from '../handler-error-site.js';
import type { ResponseSite } from '../response-site.js';
import type { ContentSends } from '../sent-content.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteContext } from '../site-context.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import type { ErrorHandlerShape } from '../error-handler-shape.js';

/*
 * Fastify 4 and 5 (`fastify/fastify lib/reply.js`) and @fastify/sensible 6 (`lib/httpError.js`, `lib/assert.js`):
 *   reply.code(S) / reply.status(S), reply.header(H, v) / reply.headers({...})
 *   reply.unauthorized(msg) / reply.forbidden(msg) / reply.getHttpError(S)   sent as an error
 *   fastify.httpErrors.unauthorized(msg), fastify.assert(value, S, msg)      thrown
 * The error handler keeps the headers set on the reply before the error.
 */

const FASTIFY_MODULES = moduleMatcher(['fastify', '@fastify/', 'fastify-']);

/** Names Fastify code gives its reply everywhere. */
const REPLY_NAME = /^(reply|rep|\w+Reply)$/;
/** Names that are a Fastify reply only in files that import Fastify (elsewhere they are Express's or Node's). */
const RESPONSE_NAME = /^(res|resp|response)$/;

/** @fastify/sensible's error names on `reply` and `fastify.httpErrors` (camelCase, unlike http-errors' classes). */
const SENSIBLE_ERRORS: ReadonlySet<string> = new Set(['unauthorized', 'forbidden']);

/** @fastify/sensible's `fastify.assert` variants that take the status third: `fastify.assert.equal(a, b, 403)`. */
const ASSERT_EQUALITY: ReadonlySet<string> = new Set([
  'equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual',
]);

/** Every method name this recognizer reads: the rest of a file's calls are skipped at once. */
const FASTIFY_METHODS: ReadonlySet<string> = new Set([
  'code', 'status', 'getHttpError', 'assert', 'ok', ...SENSIBLE_ERRORS, ...ASSERT_EQUALITY,
]);


function isReply(node: TSESTree.Node, context: SiteContext): node is TSESTree.Identifier {
  const n = unwrap(node);
  return n.type === 'Identifier' && (REPLY_NAME.test(n.name) || (RESPONSE_NAME.test(n.name) && FASTIFY_MODULES.importedBy(context)));
}

/** `.header(H, v)` and `.headers({...})` links of a reply chain; the edit chains `.header(H, v)`. */
const REPLY_HEADERS: ChainHeaders = { methods: new Map([['header', 'name-value'], ['headers', 'object']]), editMethod: 'header' };

/** `reply.code(204).send(x)`: a reply sends content through `send`; without content it is `send()`. */
const REPLY_SENDS: ContentSends = { methods: new Set(['send']), serialized: new Set(), empty: 'send()' };

/** The status a reply method sends: `code(S)`, `status(S)`, `getHttpError(S)`, sensible's `unauthorized()`. */
function replyMethodStatus(call: TSESTree.CallExpression, method: string, context: SiteContext): StatusValue | undefined {
  const first = call.arguments[0];
  if (method === 'code' || method === 'status') {
    return call.arguments.length === 1 && first && first.type !== 'SpreadElement' ? resolveStatus(first, context.constants) : undefined;
  }
  if (method === 'getHttpError') return first && first.type !== 'SpreadElement' ? resolveStatus(first, context.constants) : undefined;
  return SENSIBLE_ERRORS.has(method) ? resolveErrorName(call.callee) : undefined;
}

/**
 * `reply.code(302).send()` -> `reply.code(302).redirect(url)`: `redirect(url)` keeps a status set
 * before it in Fastify 4 and 5 alike (`fastify/fastify lib/reply.js`), whose argument orders differ
 * (4: `redirect(code, url)`, deprecated in 4.x for 5's `redirect(url, code)`). Only a chain that sends nothing else.
 */
function replyRedirect(chain: ResponseChain, call: TSESTree.CallExpression): ResponseSite['redirectTo'] {
  const at = chain.links.findIndex((l) => l.call === call);
  const after = chain.links.slice(at + 1);
  const send = after[0];
  if (at < 0 || after.length !== 1 || send?.method !== 'send' || send.args.length > 0) return undefined;
  return (target) => {
    const edit = replaceChainFrom(send.call, chain.outer, `redirect(${target.expression})`);
    return edit && { helper: 'reply.redirect', edits: [edit] };
  };
}

/**
 * `reply.code(401).send(b)`, `reply.status(401)`, `reply.header(H, v).code(401)`, and @fastify/sensible's
 * `reply.unauthorized(msg)` / `reply.forbidden(msg)` / `reply.getHttpError(401)` (each `this.send(httpError)`,
 * handled by the error handler, which keeps the headers set on the reply).
 */
function replySite(call: TSESTree.CallExpression, method: string, context: SiteContext): ResponseSite | undefined {
  if (!isReply(chainRoot(call.callee), context)) return undefined;
  const status = replyMethodStatus(call, method, context);
  if (!status) return undefined;
  const chain = responseChain(context.index, call);
  if (!isReply(chain.receiver, context)) return undefined;
  // A reply has no `response()`: `reply.response(b).code(401)` is some other object named `reply`.
  if (chain.links.some((l) => l.method === 'response')) return undefined;
  // sensible's reply methods send an error: it goes through the app's error handler like a throw.
  const sendsError = method !== 'code' && method !== 'status';
  const site = chainSite(status, chain, REPLY_HEADERS, context, sendsError ? 'error' : 'respond', REPLY_SENDS);
  const redirectTo = sendsError ? undefined : replyRedirect(chain, call);
  return redirectTo ? { ...site, redirectTo } : site;
}

/** `fastify.httpErrors.unauthorized(msg)`, `request.server.httpErrors.forbidden()`, `this.httpErrors.getHttpError(401)`. */
function httpErrorsSite(call: TSESTree.CallExpression, method: string, object: TSESTree.Node, context: SiteContext): ResponseSite | undefined {
  const path = memberPath(object);
  if (!path || path[path.length - 1] !== 'httpErrors') return undefined;
  const first = call.arguments[0];
  const status = SENSIBLE_ERRORS.has(method) ? resolveErrorName(call.callee)
    : method === 'getHttpError' && first && first.type !== 'SpreadElement' ? resolveStatus(first, context.constants)
    : undefined;
  return status ? errorSiteOnHandlerResponse(call, status, context, (reply) => isReply(reply, context)) : undefined;
}

/** Who carries sensible's `assert`: the instance (`fastify`, `app`, `server`, `this`) or `request.server`. */
function isFastifyInstance(path: readonly string[], context: SiteContext): boolean {
  if (path.length === 1) return path[0] === 'fastify' || (/^(app|server|instance|this)$/.test(path[0]!) && FASTIFY_MODULES.importedBy(context));
  if (path.length === 2 && /^(request|req)$/.test(path[0]!) && path[1] === 'server') return true;
  return path[path.length - 1] === 'server' && FASTIFY_MODULES.importedBy(context);
}

/** `fastify.assert(cond, 401, msg)`, `fastify.assert.ok(...)`, `request.server.assert.equal(a, b, 403)`. */
function assertSite(call: TSESTree.CallExpression, method: string, object: TSESTree.Node, context: SiteContext): ResponseSite | undefined {
  const objectPath = memberPath(object);
  if (!objectPath) return undefined;
  let statusIndex: number;
  let asserted = true;
  if (method === 'assert' && isFastifyInstance(objectPath, context)) statusIndex = 1;
  else if (objectPath[objectPath.length - 1] === 'assert' && isFastifyInstance(objectPath.slice(0, -1), context)) {
    if (method === 'ok') statusIndex = 1;
    else if (ASSERT_EQUALITY.has(method)) { statusIndex = 2; asserted = false; } else return undefined;
  } else return undefined;
  if (call.arguments.slice(0, statusIndex + 1).some((a) => a.type === 'SpreadElement')) return undefined;
  const statusArg = call.arguments[statusIndex];
  const status = statusArg && resolveStatus(statusArg, context.constants);
  if (!status || status.form === 'numeric-string') return undefined;
  return errorSiteOnHandlerResponse(call, status, context, (reply) => isReply(reply, context), asserted ? call.arguments[0] : undefined);
}

const fastifyRecognizer: SiteRecognizer = {
  call(call, context) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    const method = memberName(callee);
    if (method === undefined || !FASTIFY_METHODS.has(method)) return undefined;
    return replySite(call, method, context)
      ?? httpErrorsSite(call, method, callee.object, context)
      ?? assertSite(call, method, callee.object, context);
  },
};

/** `fastify.setErrorHandler((error, request, reply) => ...)`. */
const FASTIFY_ERROR_HANDLERS: readonly ErrorHandlerShape[] = [
  { kind: 'argument', callee: 'setErrorHandler', calleeIs: 'method', errorParam: 0, responseParam: 2, addChallenge: { headerMethod: 'header', statusFields: ['statusCode'] } },
];

export const fastifyFramework: SpecificFramework = {
  id: 'fastify',
  kind: 'specific',
  modules: FASTIFY_MODULES,
  receiverNames: ['reply'],
  responseHeaderMethod: 'header',
  // `reply.code(401)`, `reply.status(401)`; sensible's `reply.unauthorized()`, `fastify.httpErrors.forbidden()`.
  hover: { statusMethods: { code: { index: 0 }, status: { index: 0 } }, errorFactories: ['reply', 'httpErrors'] },
  errorHandlers: FASTIFY_ERROR_HANDLERS,
  recognizer: fastifyRecognizer,
};
