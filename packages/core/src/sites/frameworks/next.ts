import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../../ast/ast-index.js';
import { unwrap } from '../../ast/node-shapes.js';
import type { AstIndex } from '../../ast/ast-index.js';
import { headerAdvice, site, type ResponseSite } from '../response-site.js';
import { importedBinding, type SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';

/*
 * Next.js, beyond what other recognizers see:
 * - `forbidden()` / `unauthorized()` from 'next/navigation' (experimental.authInterrupts) throw an error
 *   with digest NEXT_HTTP_ERROR_FALLBACK;403 / ;401 (`packages/next/src/client/components/forbidden.ts`).
 *   There is no header API.
 * - App Router handlers and middleware build Web responses (`NextResponse.json(b, init)`, `new NextResponse`):
 *   the Web recognizer's, with framework 'next'.
 * - Pages API routes write on a Node response with Express-like helpers: the Express and Node recognizers',
 *   which pick framework 'next' when the file imports next.
 *
 * `unauthorized()` is a site only inside a Route Handler (`export async function GET`): there an API client
 * gets a 401 without a challenge and a Response with headers is the fix. In pages, layouts and server
 * actions it renders unauthorized.tsx for a browser, where the header has no reader and no way to be set.
 */

const NAVIGATION_MODULE = 'next/navigation';

const NEXT_MODULES = moduleMatcher(['next', 'next/']);

/** The exports of an App Router `route.ts` that answer HTTP methods. */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The exported name of a function: `export function GET() {}`, `export const POST = async () => {}`. */
function exportedName(fn: TSESTree.FunctionLike, index: AstIndex): string | undefined {
  if (fn.type === 'FunctionDeclaration') {
    return index.parentOf(fn)?.type === 'ExportNamedDeclaration' ? fn.id?.name : undefined;
  }
  let child: TSESTree.Node = fn;
  let parent = index.parentOf(child);
  while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSSatisfiesExpression' || parent.type === 'CallExpression')) {
    // `export const GET = withAuth(async () => ...)`: a wrapped handler is still the route's.
    child = parent;
    parent = index.parentOf(child);
  }
  if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return undefined;
  const declaration = index.parentOf(parent);
  return declaration && index.parentOf(declaration)?.type === 'ExportNamedDeclaration' ? parent.id.name : undefined;
}

function inRouteHandler(node: TSESTree.Node, index: AstIndex): boolean {
  for (const a of ancestors(index, node)) {
    if (!isFunctionNode(a)) continue;
    const name = exportedName(a, index);
    if (name !== undefined && ROUTE_METHODS.has(name)) return true;
  }
  return false;
}

const nextRecognizer: SiteRecognizer = {
  call(call, context: SiteContext): ResponseSite | undefined {
    const callee = unwrap(call.callee);
    if (callee.type !== 'Identifier') return undefined;
    const binding = importedBinding(callee.name, context);
    if (binding?.source !== NAVIGATION_MODULE) return undefined;
    if (binding.imported === 'forbidden') {
      return site({
        status: { code: 403, node: callee, form: 'error-name' },
        delivery: 'error',
        node: call,
      });
    }
    if (binding.imported === 'unauthorized' && inRouteHandler(call, context.index)) {
      return site({
        status: { code: 401, node: callee, form: 'error-name' },
        delivery: 'error',
        node: call,
        addHeader: headerAdvice('nextNavigation'),
      });
    }
    return undefined;
  },
};

export const nextFramework: SpecificFramework = {
  id: 'next',
  challengeAdvice: {
    nextNavigation:
      'unauthorized() renders a 401 without a WWW-Authenticate header (RFC 9110, section 15.5.2 requires one). '
      + 'For API clients, answer from a route handler with new Response(..., { status: 401, headers }).',
  },
  kind: 'specific',
  modules: NEXT_MODULES,
  // Pages API responses have only Node's `setHeader`.
  responseHeaderMethod: 'setHeader',
  responseClasses: ['NextResponse'],
  recognizer: nextRecognizer,
};
