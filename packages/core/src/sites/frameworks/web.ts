import type { TSESTree } from '@typescript-eslint/types';
import { ancestors } from '../../ast/ast-index.js';
import { calleeName, memberName, memberPath, propertyKeyName, unwrap } from '../../ast/node-shapes.js';
import { initSite } from '../response-init.js';
import type { ResponseSite } from '../response-site.js';
import type { GenericFramework, KnownFrameworks } from '../framework-module.js';
import type { SiteContext } from '../site-context.js';

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

/** `new Response(b, init)`, `new NextResponse(b, init)`. */
function constructedResponseSite(node: TSESTree.NewExpression, context: SiteContext, classes: ReadonlySet<string>): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || !classes.has(callee.name)) return undefined;
  if (isTestDouble(node, context) || isExceptionResponse(node, context)) return undefined;
  return initSite(node, node.arguments[1], context, { serialized: false });
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
