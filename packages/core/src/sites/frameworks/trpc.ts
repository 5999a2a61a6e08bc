import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../../ast/ast-index.js';
import { findProperty, memberPath, propertyKeyName, staticString, unwrap } from '../../ast/node-shapes.js';
import { handlerResponseParam } from '../handler-response.js';
import { headerAdvice, site, type ResponseSite } from '../response-site.js';
import { sameHeaderName, WWW_AUTHENTICATE } from '../../http/header-names.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';

/** tRPC error codes and the HTTP statuses its adapters answer them with (`getHTTPStatusCodeFromError`). */
/*
 * tRPC (`trpc/trpc packages/server`, `TRPCError` and `getHTTPStatusCodeFromError`):
 *   throw new TRPCError({ code: 'UNAUTHORIZED' | 'FORBIDDEN', message })
 * The error carries no headers; an adapter's `responseMeta` or `ctx.res.setHeader` may add them.
 */

const TRPC_MODULES = moduleMatcher(['@trpc/']);

const TRPC_CODES: ReadonlyMap<string, number> = new Map([
  ['PARSE_ERROR', 400], ['BAD_REQUEST', 400], ['UNAUTHORIZED', 401], ['PAYMENT_REQUIRED', 402], ['FORBIDDEN', 403],
  ['NOT_FOUND', 404], ['METHOD_NOT_SUPPORTED', 405], ['TIMEOUT', 408], ['CONFLICT', 409],
  ['PRECONDITION_FAILED', 412], ['PAYLOAD_TOO_LARGE', 413], ['UNSUPPORTED_MEDIA_TYPE', 415],
  ['UNPROCESSABLE_CONTENT', 422], ['TOO_MANY_REQUESTS', 429], ['CLIENT_CLOSED_REQUEST', 499],
  ['INTERNAL_SERVER_ERROR', 500], ['NOT_IMPLEMENTED', 501], ['BAD_GATEWAY', 502],
  ['SERVICE_UNAVAILABLE', 503], ['GATEWAY_TIMEOUT', 504],
]);

/**
 * A `responseMeta` in this file (the adapter option, or a function of that name) that writes
 * WWW-Authenticate: the 401s of this file may get it there.
 */
function responseMetaWritesChallenge(context: SiteContext): boolean {
  return context.memo(responseMetaWritesChallenge, () => scanResponseMeta(context));
}

function scanResponseMeta(context: SiteContext): boolean {
  const writes = (node: TSESTree.Node | null | undefined) => !!node && /www-authenticate/i.test(sourceOf(context, node));
  let found = false;
  for (const call of context.index.calls) {
    for (const arg of call.arguments) {
      const object = unwrap(arg);
      if (object.type === 'ObjectExpression' && writes(findProperty(object, 'responseMeta'))) found = true;
    }
  }
  for (const d of context.index.variables) {
    if (d.id.type === 'Identifier' && d.id.name === 'responseMeta' && writes(d.init)) found = true;
  }
  for (const s of context.index.program.body) {
    const declaration = s.type === 'ExportNamedDeclaration' ? s.declaration : s;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === 'responseMeta' && writes(declaration)) found = true;
  }
  return found;
}

/**
 * The procedure's context around a throw (`({ ctx, next }) =>`, `(opts) =>`): a Node adapter's
 * `ctx.res.setHeader(...)` before the throw is kept by the adapter when it writes the error.
 */
function trpcContext(node: TSESTree.Node, context: SiteContext): TSESTree.Identifier | undefined {
  for (const a of ancestors(context.index, node)) {
    if (!isFunctionNode(a)) continue;
    const first = a.params[0];
    let ctx: TSESTree.Identifier | undefined;
    if (first?.type === 'Identifier' && /^(opts|options|ctx|context)$/.test(first.name)) ctx = first;
    if (first?.type === 'ObjectPattern') {
      const property = first.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'ctx');
      if (property?.value.type === 'Identifier') ctx = property.value;
    }
    if (!ctx) continue;
    // Only a context whose Node response the procedure writes to (`ctx.res.setHeader(...)`) carries headers;
    // reading `ctx.user` or passing `ctx.token` along says nothing about them.
    const name = ctx.name;
    const writesResponse = context.index.calls.some((call) => {
      if (call.range[0] < a.range[0] || call.range[1] > a.range[1]) return false;
      const path = memberPath(unwrap(call.callee)) ?? [];
      return path[0] === name && (path[1] === 'res' || (path[1] === 'ctx' && path[2] === 'res'));
    });
    return writesResponse ? ctx : undefined;
  }
  return handlerResponseParam(context.index, node);
}

/** `new TRPCError({ code: 'UNAUTHORIZED' | 'FORBIDDEN', message? })`: the code string is the status. */
function trpcErrorSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || callee.name !== 'TRPCError') return undefined;
  const from = context.importedFrom.get('TRPCError');
  if (from !== undefined && !TRPC_MODULES.matches(from)) return undefined;
  const options = node.arguments[0] && unwrap(node.arguments[0]);
  if (options?.type !== 'ObjectExpression') return undefined;
  const codeProp = options.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'code');
  const codeNode = codeProp && unwrap(codeProp.value);
  const code = codeNode && staticString(codeNode);
  const httpStatus = code !== undefined ? TRPC_CODES.get(code) : undefined;
  if (!codeNode || httpStatus === undefined) return undefined;
  return site({
    // `'FORBIDDEN'` -> `'UNAUTHORIZED'` is the status-name rewrite.
    status: { code: httpStatus, node: codeNode, form: 'status-name' },
    delivery: 'error',
    node,
    headerCarrier: trpcContext(node, context),
    // tRPC errors carry no headers; a responseMeta that writes WWW-Authenticate may add it to every 401.
    headerOnSite: (name) => sameHeaderName(name, WWW_AUTHENTICATE) && responseMetaWritesChallenge(context) ? 'unknown' : 'absent',
    addHeader: headerAdvice('trpcError'),
  });
}

const trpcRecognizer: SiteRecognizer = {
  newExpression: trpcErrorSite,
};

export const trpcFramework: SpecificFramework = {
  id: 'trpc',
  challengeAdvice: {
    trpcError:
      'This UNAUTHORIZED TRPCError becomes a 401 without a WWW-Authenticate header (RFC 9110, section 15.5.2 requires one). '
      + 'tRPC errors carry no headers: add it in responseMeta for 401 responses.',
  },
  kind: 'specific',
  modules: TRPC_MODULES,
  hover: { errorOptionKeys: { TRPCError: 'code' } },
  recognizer: trpcRecognizer,
};
