import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, hasSpread, unwrap } from '../ast/node-shapes.js';
import { addHeaderToInit } from '../edits/header-edits.js';
import { resolveStatus, type StatusValue } from '../status/resolve-status.js';
import { headerOnCarrier } from './carrier-headers.js';
import { combineEvidence, headerInHeaders, type HeaderEvidence } from './header-evidence.js';
import { headerEdit, site, type ResponseSite } from './response-site.js';
import { isCertainContent, type SentContent } from './sent-content.js';
import type { SiteContext } from './site-context.js';

/*
 * A Fetch API ResponseInit (`{ status, headers }`) and the Response built from it, as the Web,
 * Next, Remix, SvelteKit and Hono recognizers all read them.
 */

/** `{ status: 401, ... }`: the status of a ResponseInit literal, if it has a readable one. */
export function statusOfInit(init: TSESTree.Node | undefined, context: SiteContext): StatusValue | undefined {
  if (!init) return undefined;
  const n = unwrap(init);
  if (n.type !== 'ObjectExpression') return undefined;
  const status = findProperty(n, 'status');
  return status && status.value.type !== 'AssignmentPattern' ? resolveStatus(status.value, context.constants) : undefined;
}

/** The initializer of the `const` that `name` refers to, as the scope analysis resolves it. */
function constInit(name: TSESTree.Identifier, context: SiteContext): TSESTree.Node | undefined {
  const declarator = context.names.declaratorOf(name);
  const declaration = declarator && context.index.parentOf(declarator);
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' && declarator?.init ? unwrap(declarator.init) : undefined;
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
  const init = constInit(n, context);
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

/**
 * How a Response is built from its first argument: `serialized` for a JSON helper (`Response.json(d, init)`,
 * SvelteKit's `json(d, init)`), and for a helper the class whose constructor takes the body instead.
 */
export interface ResponseBody {
  readonly serialized: boolean;
  /** `Response` for `json(d, init)`, `NextResponse` for `NextResponse.json(d, init)`; none for `new Response(b, init)`. */
  readonly constructorName?: string;
}

/**
 * The content of a Response built with a body first. Fetch's Response throws a TypeError for
 * content with a 204 or 304; the drop passes `null` to the constructor: `new Response(null, init)`.
 */
function bodyContent(node: TSESTree.CallExpression | TSESTree.NewExpression, body: ResponseBody, context: SiteContext): SentContent | undefined {
  const first = node.arguments[0];
  if (!first || first.type === 'SpreadElement' || !isCertainContent(first, context, body.serialized)) return undefined;
  const drop = node.type === 'NewExpression'
    ? { range: first.range, text: 'null' }
    : body.constructorName === undefined ? undefined : { range: [node.range[0], first.range[1]] as const, text: `new ${body.constructorName}(null` };
  return drop && { node: first, throws: true, drop: () => [drop] };
}

/**
 * A site whose status and headers come from a ResponseInit literal: `new Response(b, init)`, `json(d, init)`;
 * with `body`, the content it is built with too.
 */
export function initSite(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  init: TSESTree.Node | undefined,
  context: SiteContext,
  body?: ResponseBody,
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
    ...(body ? { sentContent: () => bodyContent(node, body, context) } : {}),
  });
}
