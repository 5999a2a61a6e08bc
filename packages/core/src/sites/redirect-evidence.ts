import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, enclosingFunction, isFunctionNode, nodesWithin } from '../ast/ast-index.js';
import { calleeName, chainRoot, unwrap } from '../ast/node-shapes.js';
import type { SiteContext } from './site-context.js';

/**
 * Response methods that set Location themselves: Express's `res.location(url)` and `res.redirect(url)`,
 * Koa's `ctx.redirect(url)` (which keeps a 3xx set before it), Fastify's `reply.redirect(url)`,
 * Hono's `c.redirect(url)`, Elysia's `redirect(url)`.
 */
const LOCATION_METHODS: ReadonlySet<string> = new Set(['location', 'redirect', 'sendRedirect']);

function rootName(node: TSESTree.Node): string | undefined {
  const root = chainRoot(node);
  return root.type === 'Identifier' ? root.name : undefined;
}

/**
 * Whether the handler around `site` calls a Location-setting method on the response named by
 * `carrier` (`res.status(301).redirect(url)`, `ctx.status = 301; ctx.redirect(url)`). Such a call
 * anywhere in the handler counts: precision before recall.
 */
export function locationSetByRedirectMethod(carrier: TSESTree.Node | undefined, site: TSESTree.Node, context: SiteContext): boolean {
  const name = carrier ? rootName(carrier) : undefined;
  if (name === undefined) return false;
  const scope = enclosingFunction(context.index, site) ?? context.index.program;
  return nodesWithin(context.index.calls, scope).some((call) => {
    const callee = unwrap(call.callee);
    const method = calleeName(call);
    return callee.type === 'MemberExpression' && method !== undefined && LOCATION_METHODS.has(method) && rootName(callee.object) === name;
  });
}

/** Names that hold where to send the client: `url`, `redirectUrl`, `returnTo`, `location`, `target_uri`. */
const URL_NAME = /^(?:(?:redirect|return|next|new|target|destination|login|callback|canonical)_?)?(?:url|uri|href|location)$|^(?:redirect|return)_?to$/i;

function declaredIdentifiers(fn: TSESTree.FunctionLike): TSESTree.Identifier[] {
  return fn.params.flatMap((p) => (p.type === 'Identifier' ? [p] : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? [p.left] : []));
}

function isConst(id: TSESTree.Identifier, context: SiteContext): boolean {
  const declaration = context.index.parentOf(context.index.parentOf(id) ?? id);
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const';
}

/** The initializer of a `const`/`let` declared as `id`, if any. */
function initOf(id: TSESTree.Identifier, context: SiteContext): TSESTree.Node | undefined {
  const declarator = context.index.parentOf(id);
  return declarator?.type === 'VariableDeclarator' && declarator.init ? unwrap(declarator.init) : undefined;
}

/** `const url = new URL(...)`: a header value wants its string. */
function isUrlObject(init: TSESTree.Node | undefined): boolean {
  return init?.type === 'NewExpression' && init.callee.type === 'Identifier' && init.callee.name === 'URL';
}

/** `const url = 'https://example.com/new'`: a string literal with a scheme, which parses without a base. */
function isAbsoluteUrlLiteral(init: TSESTree.Node | undefined): boolean {
  return init?.type === 'Literal' && typeof init.value === 'string' && /^https?:\/\/[^/]/i.test(init.value);
}

/**
 * Where a redirect goes, as an expression (`url`, `url.href`), and whether it is surely an absolute
 * URL: Fetch's `Response.redirect` (and Next's `NextResponse.redirect`) throw on a relative one in
 * Node, which parses it without a base.
 */
export interface RedirectTarget {
  readonly expression: string;
  readonly absolute: boolean;
}

/** Whether the block a declarator is declared in holds `site` (a `const` inside a sibling `if` is not visible). */
function blockHolds(declarator: TSESTree.VariableDeclarator, site: TSESTree.Node, context: SiteContext): boolean {
  const declaration = context.index.parentOf(declarator);
  const block = declaration ? context.index.parentOf(declaration) : undefined;
  return block !== undefined && block.range[0] <= site.range[0] && site.range[1] <= block.range[1];
}

/**
 * A variable or parameter visible at `site` whose name says it holds a URL to send the client to:
 * the parameters of the enclosing functions and the `const`/`let` declared in them (or at the top
 * level) before the site, as the expression a header value takes (`url`, `url.href` for a `new URL`).
 * The nearest one wins; undefined when there is none.
 */
export function urlInScope(site: TSESTree.Node, context: SiteContext): RedirectTarget | undefined {
  const scopes: TSESTree.Node[] = [...ancestors(context.index, site)].filter((a) => isFunctionNode(a));
  scopes.push(context.index.program);
  for (const scope of scopes) {
    const candidates: TSESTree.Identifier[] = isFunctionNode(scope) ? declaredIdentifiers(scope) : [];
    for (const declarator of nodesWithin(context.index.variables, scope)) {
      if (declarator.id.type !== 'Identifier' || declarator.range[1] > site.range[0] || !blockHolds(declarator, site, context)) continue;
      // Only the declarations of this scope itself, not of a function nested in it.
      const owner = enclosingFunction(context.index, declarator);
      if ((owner ?? context.index.program) !== scope) continue;
      candidates.push(declarator.id);
    }
    const found = candidates.filter((id) => URL_NAME.test(id.name)).pop();
    if (!found) continue;
    const init = initOf(found, context);
    const absolute = isConst(found, context) && (isUrlObject(init) || isAbsoluteUrlLiteral(init));
    return { expression: isUrlObject(init) ? `${found.name}.href` : found.name, absolute };
  }
  return undefined;
}
