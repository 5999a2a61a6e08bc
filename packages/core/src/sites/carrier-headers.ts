import type { TSESTree } from '@typescript-eslint/types';
import { enclosingFunction, ancestors, isFunctionNode, nodesWithin } from '../ast/ast-index.js';
import { calleeName, chainRoot, memberName, memberPath, unwrap } from '../ast/node-shapes.js';
import type { AstIndex } from '../ast/ast-index.js';
import { mayRunBefore } from '../ast/may-run-before.js';
import { handsBodyOn } from './handed-on-response.js';
import { sameHeaderName } from '../http/header-names.js';
import { headerInHeaders, combineEvidence, isEmptyHeaderValue, namesHeader, type HeaderEvidence } from './header-evidence.js';
import type { SiteContext } from './site-context.js';

/** Methods that set one header by name, or several from an object, on a response or its `headers`. */
const HEADER_METHODS: ReadonlySet<string> = new Set([
  'set', 'header', 'setHeader', 'append', 'appendHeader', 'setHeaders', 'headers',
]);

/** Free functions that take the carrier first and a header after it (h3 and Nitro). */
const HEADER_FUNCTIONS: ReadonlyMap<string, 'name-value' | 'object'> = new Map([
  ['setResponseHeader', 'name-value'], ['appendResponseHeader', 'name-value'],
  ['setHeader', 'name-value'], ['appendHeader', 'name-value'],
  ['setResponseHeaders', 'object'], ['appendResponseHeaders', 'object'], ['setHeaders', 'object'],
]);

/** Calls that take the response along without touching its headers. */
const HARMLESS_CALLEES: ReadonlySet<string> = new Set(['next', 'log', 'debug', 'info', 'warn', 'error', 'json', 'send', 'end',
  // h3 / Nitro / Nuxt readers: handlers pass `event` to them all the time, and they write no response header.
  'getHeader', 'getHeaders', 'getRequestHeader', 'getRequestHeaders', 'getCookie', 'parseCookies', 'getQuery',
  'getValidatedQuery', 'getRouterParam', 'getRouterParams', 'getValidatedRouterParams', 'readBody', 'readRawBody',
  'readValidatedBody', 'readFormData', 'readMultipartFormData', 'getMethod', 'isMethod', 'getRequestURL', 'getRequestHost',
  'getRequestIP', 'getUserSession', 'requireUserSession', 'getServerSession', 'useRuntimeConfig', 'serverSupabaseUser',
  'setResponseStatus', 'sendError',
  // Hono readers.
  'getSignedCookie', 'getConnInfo', 'env']);

/** Members through which a context object hands over its response. */
const RESPONSE_MEMBER = /^(res|response|raw|node|reply)$/;

function rootName(node: TSESTree.Node): string | undefined {
  const root = chainRoot(node);
  return root.type === 'Identifier' ? root.name : root.type === 'ThisExpression' ? 'this' : undefined;
}

function declaresName(fn: TSESTree.FunctionLike, name: string): boolean {
  const text = (p: TSESTree.Node): boolean => {
    switch (p.type) {
      case 'Identifier': return p.name === name;
      case 'AssignmentPattern': return text(p.left);
      case 'ObjectPattern': return p.properties.some((q) => q.type === 'Property' ? text(q.value) : text(q.argument));
      case 'ArrayPattern': return p.elements.some((e) => !!e && text(e));
      case 'RestElement': return text(p.argument);
      case 'TSParameterProperty': return text(p.parameter);
      default: return false;
    }
  };
  return fn.params.some(text);
}

/** The function whose parameter the name is, else the nearest function, else the program. */
function scopeOf(index: AstIndex, node: TSESTree.Node, name: string): TSESTree.Node {
  for (const a of ancestors(index, node)) if (isFunctionNode(a) && declaresName(a, name)) return a;
  return enclosingFunction(index, node) ?? index.program;
}

function within(node: TSESTree.Node, scope: TSESTree.Node): boolean {
  return node.range[0] >= scope.range[0] && node.range[1] <= scope.range[1];
}

/** One call's say on the header `header` of the carrier named `name`. */
function callEvidence(call: TSESTree.CallExpression, name: string, header: string, context: SiteContext): HeaderEvidence {
  const callee = unwrap(call.callee);
  const method = calleeName(call);
  if (callee.type === 'MemberExpression' && rootName(callee.object) === name && method !== undefined) {
    if (method === 'writeHead') return headerInHeaders(call.arguments.find((a, i) => i > 0 && a.type !== 'Literal'), header, context);
    if (!HEADER_METHODS.has(method)) return 'absent';
    const first = call.arguments[0];
    if (!first) return 'absent';
    const firstNode = unwrap(first);
    if (firstNode.type === 'ObjectExpression' || firstNode.type === 'NewExpression') return headerInHeaders(firstNode, header, context);
    const named = namesHeader(first, header, context);
    // `res.set('WWW-Authenticate')` reads it; Hono's `c.header(name, undefined)` deletes it.
    return named === 'present' && isEmptyHeaderValue(call.arguments[1]) ? 'absent' : named;
  }
  const passesResponse = call.arguments.some((a) => {
    const path = memberPath(a);
    // The response itself, or the raw response it holds (`ctx.res`, `event.node.res`); `ctx.token` is only a value read from it.
    return path !== undefined && path[0] === name && (path.length === 1 || RESPONSE_MEMBER.test(path[path.length - 1]!));
  });
  if (!passesResponse) return 'absent';
  const fn = method ? HEADER_FUNCTIONS.get(method) : undefined;
  if (fn === 'name-value') return namesHeader(call.arguments[1], header, context);
  if (fn === 'object') return headerInHeaders(call.arguments[1], header, context);
  // Handing the response to code we cannot see may set the header there.
  return method !== undefined && HARMLESS_CALLEES.has(method) ? 'absent' : 'unknown';
}

function assignmentEvidence(assignment: TSESTree.AssignmentExpression, name: string, header: string, context: SiteContext): HeaderEvidence {
  const left = unwrap(assignment.left);
  if (left.type !== 'MemberExpression' || rootName(left) !== name) return 'absent';
  const key = memberName(left);
  if (key === undefined) return left.computed ? 'unknown' : 'absent';
  // Elysia's `set.headers = { ... }` replaces the whole header object.
  if (key === 'headers') return headerInHeaders(assignment.right, header, context);
  return sameHeaderName(key, header) ? 'present' : 'absent';
}

/**
 * What the code in `scope` does to the header `header` on the carrier named `carrier` (a response,
 * event, context or error variable): any call or assignment that sets that header, or hands the
 * carrier to unknown code. Free functions named in HEADER_FUNCTIONS (Nitro, SvelteKit) count even
 * without a carrier. `counts` leaves out the writes it answers false for (asked only of writes that
 * say something, so that most calls cost nothing); `skip` is a node whose own calls are not read.
 */
export function headerWritesIn(
  scope: TSESTree.Node,
  carrier: string | undefined,
  header: string,
  context: SiteContext,
  { counts, skip }: { counts?: (node: TSESTree.Node) => boolean; skip?: TSESTree.Node } = {},
): HeaderEvidence {
  const reaching = (node: TSESTree.Node, found: HeaderEvidence): HeaderEvidence =>
    (found === 'absent' || !counts || counts(node) ? found : 'absent');
  let evidence: HeaderEvidence = 'absent';
  for (const call of nodesWithin(context.index.calls, scope)) {
    if (skip && within(call, skip)) continue;
    if (carrier) evidence = combineEvidence(evidence, reaching(call, callEvidence(call, carrier, header, context)));
    // SvelteKit's `setHeaders({...})` is bound to the request, not to a response object.
    // h3's `setHeaders(event, {...})` takes the event first and is read above.
    if (calleeName(call) === 'setHeaders' && unwrap(call.callee).type === 'Identifier' && call.arguments.length === 1) {
      evidence = combineEvidence(evidence, reaching(call, headerInHeaders(call.arguments[0], header, context)));
    }
    if (evidence === 'present') return evidence;
  }
  if (carrier) {
    for (const assignment of nodesWithin(context.index.assignments, scope)) {
      evidence = combineEvidence(evidence, reaching(assignment, assignmentEvidence(assignment, carrier, header, context)));
      if (evidence === 'present') return evidence;
    }
  }
  return evidence;
}

/**
 * What the rest of the handler does to the header `header` on the site's header carrier (the
 * response, event, context or error variable named by `carrier`), in the function that owns it
 * (`headerWritesIn`). Only what may run before the site on a path that reaches it counts: a write
 * after the `return` that ends the site's path, or in a branch that returned before it, cannot
 * reach this response (`mayRunBefore`).
 */
export function headerOnCarrier(carrier: TSESTree.Node | undefined, site: TSESTree.Node, header: string, context: SiteContext): HeaderEvidence {
  const name = carrier ? rootName(carrier) : undefined;
  // `res.status(401); return next({ message })`: a middleware this file does not show writes the response.
  if (name && handsBodyOn(site, name, context.index)) return 'unknown';
  const scope = name ? scopeOf(context.index, site, name) : enclosingFunction(context.index, site) ?? context.index.program;
  let runsBefore: ((node: TSESTree.Node) => boolean) | undefined;
  const counts = (node: TSESTree.Node): boolean => (runsBefore ??= mayRunBefore(context.index, site))(node);
  return headerWritesIn(scope, name, header, context, { counts, skip: site });
}
