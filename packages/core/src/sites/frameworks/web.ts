import type { TSESTree } from '@typescript-eslint/types';
import { ancestors } from '../../ast/ast-index.js';
import { calleeName, memberName, memberPath, propertyKeyName, unwrap } from '../../ast/node-shapes.js';
import { initSite } from '../response-init.js';
import type { ResponseSite } from '../response-site.js';
import type { GenericFramework, KnownFrameworks } from '../framework-module.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import { replaceNode } from '../../edits/text-edits.js';

/*
 * Web `Response` objects (Fetch API, `whatwg/fetch` spec, "Response class"), which many frameworks'
 * handlers return or throw:
 *   new Response(body, { status, headers })      Response.json(body, { status, headers })
 * and the same on the subclasses frameworks declare (`responseClasses`: `new NextResponse(body, init)`).
 * The ResponseInit helpers they share are in ../response-init.ts.
 */

/** Classes whose constructor and static `json` take a ResponseInit second: `Response` and the frameworks' subclasses. */
function responseClasses(known: KnownFrameworks): ReadonlySet<string> {
  return new Set(['Response', ...known.responseClasses]);
}

/** Calls under which a response is a test double, not something the server sends. */
const MOCK_CALLEES = /^(it|test|describe|before(Each|All)|after(Each|All)|mock\w*|fn|spyOn|stubGlobal|respondWith)$/;

/**
 * Client and test code builds responses too: `fetch.mockResolvedValue(new Response(null, { status: 401 }))`,
 * `global.fetch = async () => new Response(...)`, `vi.fn(() => Response.json(...))`.
 */
function isTestDouble(node: TSESTree.Node, context: SiteContext): boolean {
  for (const a of ancestors(context.index, node)) {
    if (a.type === 'CallExpression') {
      const name = calleeName(a);
      const path = memberPath(a.callee);
      if ((name && MOCK_CALLEES.test(name)) || (path && (path[0] === 'vi' || path[0] === 'jest'))
        || (path?.[0] === 'Promise' && (name === 'resolve' || name === 'reject'))) return true;
    }
    if (a.type === 'AssignmentExpression') {
      const left = unwrap(a.left);
      if ((left.type === 'MemberExpression' && memberName(left) === 'fetch') || (left.type === 'Identifier' && left.name === 'fetch')) return true;
    }
  }
  return false;
}

/**
 * `new SomeException(401, { res: new Response(...) })`: a response handed to an exception as its `res`
 * option is the exception's body and headers; the exception is the site, and the response's status is ignored.
 */
function isExceptionResponse(node: TSESTree.NewExpression, context: SiteContext): boolean {
  const property = context.index.parentOf(node);
  if (property?.type !== 'Property' || property.value !== node || propertyKeyName(property) !== 'res') return false;
  const options = context.index.parentOf(property);
  const exception = options && context.index.parentOf(options);
  return exception?.type === 'NewExpression' && exception.arguments.includes(options as TSESTree.ObjectExpression);
}

/** `return new Response(...)`, `() => new Response(...)`: a response sent as built, that no code changes after. */
function isReturnedAsBuilt(node: TSESTree.Node, context: SiteContext): boolean {
  const parent = context.index.parentOf(node);
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === node);
}

/**
 * `new Response(null, { status: 302 })` -> `Response.redirect(url, 302)` (and `NextResponse.redirect`):
 * only for an init with nothing but the status, a response returned as built (the helper's headers
 * are immutable), and an absolute URL (Node parses the URL without a base and throws on a relative one).
 */
function staticRedirect(node: TSESTree.NewExpression, className: string, context: SiteContext): ResponseSite['redirectTo'] {
  const [body, init] = node.arguments;
  if (node.arguments.length !== 2 || !body || !init || !isReturnedAsBuilt(node, context)) return undefined;
  const empty = unwrap(body);
  const options = unwrap(init);
  if (!(empty.type === 'Literal' && empty.value === null) || options.type !== 'ObjectExpression' || options.properties.length !== 1) return undefined;
  const status = options.properties[0]!;
  if (status.type !== 'Property' || status.computed || propertyKeyName(status) !== 'status' || status.shorthand) return undefined;
  const statusText = sourceOf(context, status.value);
  return (target) => (target.absolute
    ? { helper: `${className}.redirect`, edits: [replaceNode(node, `${className}.redirect(${target.expression}, ${statusText})`)] }
    : undefined);
}

/** `new Response(b, init)`, `new NextResponse(b, init)`. */
function constructedResponseSite(node: TSESTree.NewExpression, context: SiteContext, classes: ReadonlySet<string>): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || !classes.has(callee.name)) return undefined;
  if (isTestDouble(node, context) || isExceptionResponse(node, context)) return undefined;
  const site = initSite(node, node.arguments[1], context, { serialized: false });
  const redirectTo = site && staticRedirect(node, callee.name, context);
  return site && redirectTo ? { ...site, redirectTo } : site;
}

/** `Response.json(b, init)`, `NextResponse.json(b, init)`; `redirect`, `rewrite`, `next` and `error` send no 401/403. */
function staticJsonSite(call: TSESTree.CallExpression, context: SiteContext, classes: ReadonlySet<string>): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'json') return undefined;
  const object = unwrap(callee.object);
  if (object.type !== 'Identifier' || !classes.has(object.name)) return undefined;
  if (isTestDouble(call, context)) return undefined;
  return initSite(call, call.arguments[1], context, { serialized: true, constructorName: object.name });
}

export const webResponseFramework: GenericFramework = {
  id: 'web',
  kind: 'generic',
  recognizer: (known) => {
    const classes = responseClasses(known);
    return {
      newExpression: (node, context) => constructedResponseSite(node, context, classes),
      call: (call, context) => staticJsonSite(call, context, classes),
    };
  },
};
