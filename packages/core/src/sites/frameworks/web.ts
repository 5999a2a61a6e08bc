import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../../ast/ast-index.js';
import { calleeName, findProperty, hasSpread, memberName, memberPath, propertyKeyName, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToInit } from '../../edits/header-edits.js';
import { resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { headerInHeaders, combineEvidence, type HeaderEvidence } from '../header-evidence.js';
import { headerOnCarrier } from '../carrier-headers.js';
import { headerEdit, site, type ResponseSite } from '../response-site.js';
import type { SiteContext } from '../site-context.js';
import type { SiteRecognizer } from '../site-recognizer.js';

/*
 * Web `Response` objects (Fetch API), shared by Next.js route handlers and middleware, Remix,
 * SvelteKit endpoints and hooks, Hono, Elysia and Deno-style code:
 *   new Response(body, { status, headers })      Response.json(body, { status, headers })
 *   new NextResponse(body, init)                  NextResponse.json(body, init)
 * The helpers below read a ResponseInit; the Remix, SvelteKit and Hono recognizers use them too.
 */

/** Classes whose constructor and static `json` take a ResponseInit second. */
const RESPONSE_CLASSES: ReadonlySet<string> = new Set(['Response', 'NextResponse']);

/** `{ status: 401, ... }`: the status of a ResponseInit literal, if it has a readable one. */
export function statusOfInit(init: TSESTree.Node | undefined, context: SiteContext): StatusValue | undefined {
  if (!init) return undefined;
  const n = unwrap(init);
  if (n.type !== 'ObjectExpression') return undefined;
  const status = findProperty(n, 'status');
  return status && status.value.type !== 'AssignmentPattern' ? resolveStatus(status.value, context.constants) : undefined;
}

/** Does a function take `name` as a parameter (plain, defaulted, or destructured)? */
function hasParam(fn: TSESTree.FunctionLike, name: string): boolean {
  const binds = (p: TSESTree.Node | null): boolean => {
    if (!p) return false;
    switch (p.type) {
      case 'Identifier': return p.name === name;
      case 'AssignmentPattern': return binds(p.left);
      case 'RestElement': return binds(p.argument);
      case 'ArrayPattern': return p.elements.some(binds);
      case 'ObjectPattern': return p.properties.some((q) => binds(q.type === 'Property' ? q.value : q));
      case 'TSParameterProperty': return binds(p.parameter);
      default: return false;
    }
  };
  return fn.params.some(binds);
}

/**
 * The `const` that `name` refers to at `at`: the nearest earlier declarator whose block holds `at`,
 * unless a function between them takes a parameter of that name.
 */
function constDeclarator(name: string, at: TSESTree.Node, context: SiteContext): TSESTree.VariableDeclarator | undefined {
  const { index } = context;
  let found: TSESTree.VariableDeclarator | undefined;
  let foundBlock: TSESTree.Node | undefined;
  for (const d of index.variables) {
    if (d.id.type !== 'Identifier' || d.id.name !== name || d.range[0] > at.range[0]) continue;
    let block = index.parentOf(d);
    while (block && block.type !== 'BlockStatement' && block.type !== 'Program' && block.type !== 'SwitchCase' && !isFunctionNode(block)) {
      block = index.parentOf(block);
    }
    if (!block || at.range[0] < block.range[0] || at.range[1] > block.range[1]) continue;
    if (!found || d.range[0] > found.range[0]) { found = d; foundBlock = block; }
  }
  if (!found || !foundBlock) return undefined;
  for (const a of ancestors(index, at)) {
    if (a === foundBlock) break;
    if (isFunctionNode(a) && hasParam(a, name)) return undefined;
  }
  const declaration = index.parentOf(found);
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' ? found : undefined;
}

/**
 * What a `headers` value says about the challenge. A `const headers = new Headers({...})` or object
 * declared in the same function is read, together with what the function does to it afterwards
 * (`headers.set(H, v)`, handing it to other code); any other variable is unknown.
 */
export function headersEvidence(node: TSESTree.Node | undefined, site: TSESTree.Node, name: string, context: SiteContext): HeaderEvidence {
  if (!node) return 'absent';
  const n = unwrap(node);
  if (n.type !== 'Identifier' || n.name === 'undefined') return headerInHeaders(n, name, context);
  const declarator = constDeclarator(n.name, site, context);
  const init = declarator?.init && unwrap(declarator.init);
  if (!init || (init.type !== 'ObjectExpression' && init.type !== 'NewExpression' && init.type !== 'ArrayExpression')) return 'unknown';
  return combineEvidence(headerInHeaders(init, name, context), headerOnCarrier(n, site, name, context));
}

/** What a ResponseInit says about header `name`: its `headers`, or unknown when it is not a literal. */
export function headerInInit(init: TSESTree.Node | undefined, site: TSESTree.Node, name: string, context: SiteContext): HeaderEvidence {
  if (!init) return 'absent';
  const n = unwrap(init);
  if (n.type !== 'ObjectExpression') return 'unknown';
  const headers = findProperty(n, 'headers');
  if (headers) return combineEvidence(headersEvidence(headers.value, site, name, context), hasSpread(n) ? 'unknown' : 'absent');
  return hasSpread(n) ? 'unknown' : 'absent';
}

/** Wrappers a response value passes through on its way into a variable. */
const TRANSPARENT: ReadonlySet<string> = new Set([
  'TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'ChainExpression', 'AwaitExpression',
]);

/**
 * The variable a response is kept in (`const r = NextResponse.json(...)`, `res = new Response(...)`),
 * so that `r.headers.set(H, v)` later in the handler counts as a header on this response.
 */
export function responseHolder(node: TSESTree.Node, context: SiteContext): TSESTree.Identifier | undefined {
  let child: TSESTree.Node = node;
  let parent = context.index.parentOf(child);
  while (parent && TRANSPARENT.has(parent.type)) {
    child = parent;
    parent = context.index.parentOf(child);
  }
  if (parent?.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') return parent.id;
  if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.right === child) {
    const left = unwrap(parent.left);
    return left.type === 'Identifier' ? left : undefined;
  }
  return undefined;
}

/**
 * A response handed straight to other code (`return withCors(new Response(...))`) may get its headers
 * there, as a held response handed on does.
 */
export function handedOn(node: TSESTree.Node, context: SiteContext): boolean {
  let child: TSESTree.Node = node;
  let parent = context.index.parentOf(child);
  while (parent && TRANSPARENT.has(parent.type)) {
    child = parent;
    parent = context.index.parentOf(child);
  }
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression')
    && parent.arguments.includes(child as TSESTree.CallExpressionArgument);
}

/** Calls under which a response is a test double, not something the server sends. */
const MOCK_CALLEES = /^(it|test|describe|before(Each|All)|after(Each|All)|mock\w*|fn|spyOn|stubGlobal|respondWith)$/;

/**
 * Client and test code builds responses too: `fetch.mockResolvedValue(new Response(null, { status: 401 }))`,
 * `global.fetch = async () => new Response(...)`, `vi.fn(() => Response.json(...))`.
 */
export function isTestDouble(node: TSESTree.Node, context: SiteContext): boolean {
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

/** A site whose status and headers come from a ResponseInit literal: `new Response(b, init)`, `json(d, init)`. */
export function initSite(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  init: TSESTree.Node | undefined,
  context: SiteContext,
): ResponseSite | undefined {
  if (!init || init.type === 'SpreadElement') return undefined;
  const status = statusOfInit(init, context);
  if (!status) return undefined;
  const handed = handedOn(node, context);
  return site({
    status,
    delivery: 'respond',
    node,
    headerCarrier: responseHolder(node, context),
    headerOnSite: (name) => combineEvidence(headerInInit(init, node, name, context), handed ? 'unknown' : 'absent'),
    addHeader: headerEdit((name, value) => addHeaderToInit(init, name, value, context.text)),
  });
}

/**
 * `new HTTPException(401, { res: new Response(...) })`: the exception sends its own status with the
 * response's body and headers, and is the site; the response's status is ignored.
 */
function isExceptionResponse(node: TSESTree.NewExpression, context: SiteContext): boolean {
  const property = context.index.parentOf(node);
  if (property?.type !== 'Property' || property.value !== node || propertyKeyName(property) !== 'res') return false;
  const options = context.index.parentOf(property);
  const exception = options && context.index.parentOf(options);
  return exception?.type === 'NewExpression' && exception.arguments.includes(options as TSESTree.ObjectExpression);
}

/** `new Response(b, init)`, `new NextResponse(b, init)`. */
function constructedResponseSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || !RESPONSE_CLASSES.has(callee.name)) return undefined;
  if (isTestDouble(node, context) || isExceptionResponse(node, context)) return undefined;
  return initSite(node, node.arguments[1], context);
}

/** `Response.json(b, init)`, `NextResponse.json(b, init)`; `redirect`, `rewrite`, `next` and `error` send no 401/403. */
function staticJsonSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || memberName(callee) !== 'json') return undefined;
  const object = unwrap(callee.object);
  if (object.type !== 'Identifier' || !RESPONSE_CLASSES.has(object.name)) return undefined;
  if (isTestDouble(call, context)) return undefined;
  return initSite(call, call.arguments[1], context);
}

export const webResponseRecognizer: SiteRecognizer = {
  newExpression: constructedResponseSite,
  call: staticJsonSite,
};

/** Where a local name was imported from and under which exported name: `import { error as kitError } from '@sveltejs/kit'`. */
export function importedBinding(local: string, context: SiteContext): { source: string; imported: string } | undefined {
  if (!context.importedFrom.has(local)) return undefined;
  for (const statement of context.index.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const s of statement.specifiers) {
      if (s.local.name !== local || s.type !== 'ImportSpecifier' || s.importKind === 'type') continue;
      const imported = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
      return { source: statement.source.value, imported };
    }
  }
  return undefined;
}
