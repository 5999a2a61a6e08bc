import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../ast/ast-index.js';
import { calleeName, memberName, staticString, unwrap } from '../ast/node-shapes.js';
import { sourceOf, type SiteContext } from './site-context.js';

/** The request methods, in the order an Allow header lists them. */
const METHODS: readonly string[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const METHOD_SET: ReadonlySet<string> = new Set(METHODS);

/** Route registration methods (`app.get`, `router.delete`, `c.post`): their name upper-cased is the method. */
const ROUTE_METHOD = /^(?:get|head|post|put|patch|delete|options)$/;

/** Modules whose route files export `loader` (GET) and `action` (the other methods). */
const LOADER_MODULES = /^(?:@remix-run\/|react-router$|@react-router\/)/;

function inOrder(methods: Iterable<string>): string[] {
  const set = new Set(methods);
  // Every framework here answers HEAD with the GET handler (Express, Fastify, Hono, koa-router, Next.js, SvelteKit).
  if (set.has('GET')) set.add('HEAD');
  return METHODS.filter((m) => set.has(m));
}

/** The request method: `req.method`, `ctx.method`, `c.req.method`, or a local named `method`. */
function isRequestMethod(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return (n.type === 'MemberExpression' && memberName(n) === 'method') || (n.type === 'Identifier' && n.name === 'method');
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** `req.method !== 'POST'`, `'POST' != request.method` (or `===` for `equal`): the method named. */
function methodCompared(test: TSESTree.Node, equal: boolean): string | undefined {
  const n = unwrap(test);
  if (n.type !== 'BinaryExpression') return undefined;
  if (equal ? n.operator !== '===' && n.operator !== '==' : n.operator !== '!==' && n.operator !== '!=') return undefined;
  const literal = isRequestMethod(n.left) ? staticString(n.right) : isRequestMethod(n.right) ? staticString(n.left as TSESTree.Node) : undefined;
  const method = literal?.toUpperCase();
  return method !== undefined && METHOD_SET.has(method) ? method : undefined;
}

/** The methods a guard lets past: `req.method !== 'GET' && req.method !== 'POST'`, `!['GET', 'POST'].includes(req.method)`. */
function methodsPastGuard(test: TSESTree.Node): string[] | undefined {
  const n = unwrap(test);
  const one = methodCompared(n, false);
  if (one) return [one];
  if (n.type === 'LogicalExpression' && n.operator === '&&') {
    const left = methodsPastGuard(n.left);
    const right = methodsPastGuard(n.right);
    return left && right ? [...left, ...right] : undefined;
  }
  if (n.type === 'UnaryExpression' && n.operator === '!') {
    const call = unwrap(n.argument);
    if (call.type !== 'CallExpression' || calleeName(call) !== 'includes' || call.callee.type !== 'MemberExpression') return undefined;
    const list = unwrap(call.callee.object);
    const argument = call.arguments[0] ? unwrap(call.arguments[0]) : undefined;
    if (list.type !== 'ArrayExpression' || !argument || !isRequestMethod(argument)) return undefined;
    const methods = list.elements.map((e) => (e && e.type !== 'SpreadElement' ? staticString(e)?.toUpperCase() : undefined));
    return methods.every((m): m is string => m !== undefined && METHOD_SET.has(m)) ? methods : undefined;
  }
  return undefined;
}

/** `switch (req.method) { case 'GET': ... default: return res.status(405).end(); }`: the cases before the default. */
function methodsOfSwitch(statement: TSESTree.SwitchStatement, site: TSESTree.Node): string[] | undefined {
  if (!isRequestMethod(statement.discriminant)) return undefined;
  const fallback = statement.cases.find((c) => c.test === null);
  if (!fallback || !contains(fallback, site)) return undefined;
  const methods = statement.cases.flatMap((c) => (c.test ? [staticString(c.test)?.toUpperCase()] : []));
  return methods.every((m): m is string => m !== undefined && METHOD_SET.has(m)) && methods.length > 0 ? methods : undefined;
}

/**
 * The methods a method guard around the site lets through: `if (req.method !== 'POST') return
 * res.status(405).end();`, the `else` of `if (req.method === 'GET')`, the `default` of a switch on the method.
 */
function fromMethodGuard(site: TSESTree.Node, context: SiteContext): string[] | undefined {
  // The methods of an `if (m === 'GET') ... else if (m === 'POST') ... else` chain, read from the inside out.
  const elseChain: string[] = [];
  let inner: TSESTree.Node = site;
  for (const a of ancestors(context.index, site)) {
    if (isFunctionNode(a)) break;
    const previous = inner;
    inner = a;
    if (a.type === 'IfStatement' && a.alternate && contains(a.alternate, site)) {
      const one = methodCompared(a.test, true);
      if (one && (elseChain.length === 0 || previous === a.alternate)) { elseChain.push(one); continue; }
    }
    if (elseChain.length > 0) break;
    const methods = a.type === 'IfStatement' && contains(a.consequent, site) ? methodsPastGuard(a.test)
      : a.type === 'SwitchStatement' ? methodsOfSwitch(a, site) : undefined;
    if (methods) return METHODS.filter((m) => methods.includes(m));
  }
  return elseChain.length > 0 ? METHODS.filter((m) => elseChain.includes(m)) : undefined;
}

/** The route call whose handler holds the site: `app.all('/items', handler)`, `router.route('/items').get(a).all(handler)`. */
function routeCallAround(site: TSESTree.Node, context: SiteContext): TSESTree.CallExpression | undefined {
  for (const a of ancestors(context.index, site)) {
    if (!isFunctionNode(a)) continue;
    const parent = context.index.parentOf(a);
    if (parent?.type === 'CallExpression' && parent.arguments.includes(a as TSESTree.CallExpressionArgument)) {
      return parent.callee.type === 'MemberExpression' ? parent : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The methods the file registers on the same path as the route whose handler sends the 405, but the
 * route's own method (a 405 from `app.delete` means DELETE is not allowed): `app.get('/items')` and
 * `app.post('/items')` beside `app.all('/items', ...)`, or the links of one `router.route('/items')` chain.
 */
function fromRoutes(site: TSESTree.Node, context: SiteContext): string[] | undefined {
  const route = routeCallAround(site, context);
  if (!route || route.callee.type !== 'MemberExpression') return undefined;
  const own = memberName(route.callee)?.toUpperCase();
  const path = staticString(route.arguments[0]);
  const found = new Set<string>();
  if (path === undefined) {
    // A chain on `route(path)`: the methods of its other links.
    for (let link: TSESTree.Node = unwrap(route.callee.object); link.type === 'CallExpression' && link.callee.type === 'MemberExpression';
      link = unwrap(link.callee.object)) {
      const method = memberName(link.callee);
      if (method === 'route') return found.size > 0 ? inOrder([...found].filter((m) => m !== own)) : undefined;
      if (method === undefined || !ROUTE_METHOD.test(method)) return undefined;
      found.add(method.toUpperCase());
    }
    return undefined;
  }
  const owner = sourceOf(context, route.callee.object);
  for (const call of context.index.calls) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const method = memberName(callee);
    if (method === undefined || !ROUTE_METHOD.test(method) || staticString(call.arguments[0]) !== path) continue;
    if (sourceOf(context, callee.object) === owner) found.add(method.toUpperCase());
  }
  found.delete(own ?? '');
  return found.size > 0 ? inOrder(found) : undefined;
}

function exportedNames(program: TSESTree.Program): Map<string, TSESTree.Node> {
  const names = new Map<string, TSESTree.Node>();
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id) names.set(declaration.id.name, declaration);
    if (declaration?.type === 'VariableDeclaration') {
      for (const d of declaration.declarations) if (d.id.type === 'Identifier') names.set(d.id.name, d);
    }
    for (const specifier of statement.specifiers) {
      if (specifier.exported.type === 'Identifier') names.set(specifier.exported.name, specifier);
    }
  }
  return names;
}

/**
 * The methods a route file exports handlers for (Next.js route handlers, SvelteKit `+server`
 * endpoints: `export function GET`, `export const POST`), but the one whose handler sends the 405;
 * for Remix and React Router, a `loader` alone means GET. A route file with an `action` may take any
 * other method: undefined.
 */
function fromExports(site: TSESTree.Node, context: SiteContext): string[] | undefined {
  const names = exportedNames(context.index.program);
  const handlers = [...names].filter(([name]) => METHOD_SET.has(name));
  if (handlers.length > 0) {
    const allowed = handlers.filter(([, node]) => !contains(node, site)).map(([name]) => name);
    return allowed.length > 0 ? inOrder(allowed) : undefined;
  }
  const usesLoaders = [...context.imports].some((source) => LOADER_MODULES.test(source));
  if (usesLoaders && names.has('loader') && !names.has('action') && !contains(names.get('loader')!, site)) return inOrder(['GET']);
  return undefined;
}

/**
 * The methods the file shows the resource at `site` supports, for the Allow header of its 405; in
 * the order Allow lists them, HEAD beside GET. Undefined when the file does not show them.
 */
export function allowedMethodsAt(site: TSESTree.Node, context: SiteContext): string[] | undefined {
  return fromMethodGuard(site, context) ?? fromRoutes(site, context) ?? fromExports(site, context);
}
