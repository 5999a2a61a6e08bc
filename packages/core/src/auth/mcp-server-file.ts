import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import type { ConstantTable } from '../ast/constant-values.js';
import { calleeName, staticString, unwrap } from '../ast/node-shapes.js';

/*
 * MCP servers (Model Context Protocol, authorization spec 2025-06-18): a 401 must name the URL of
 * the server's protected-resource metadata in its challenge (`resource_metadata`, RFC 9728 section
 * 5.1), or MCP clients cannot start the OAuth flow. This file says whether a file is such a server
 * and which URL its challenge should name.
 */

/**
 * The SDK's server side: v1's `@modelcontextprotocol/sdk/server/...`, v2's server and middleware packages.
 * Not v1's `server/auth/...` alone: an OAuth authorization server built on it answers its token
 * endpoint's 401s with the client's scheme (RFC 6749 section 5.2), not an MCP challenge.
 */
const MCP_SERVER_MODULE = /^@modelcontextprotocol\/(sdk\/server(?!\/auth\/)(\/|$)|server(-legacy)?$|express$|hono$|node$|fastify$)/;
const MCP_MODULE = /^@modelcontextprotocol\//;

/** The SDK's HTTP server transports (v1 and v2 names). */
const MCP_SERVER_TRANSPORTS: ReadonlySet<string> = new Set([
  'StreamableHTTPServerTransport', 'SSEServerTransport', 'NodeStreamableHTTPServerTransport', 'WebStandardStreamableHTTPServerTransport',
]);

/** A route path that serves an MCP endpoint: '/mcp', '/sse', '/api/mcp'. */
const MCP_ENDPOINT_PATH = /^\/(?:[^?#]*\/)?(?:mcp|sse)\/?$/;

/** The path RFC 9728 (section 3.1) serves the protected-resource metadata at, with the resource's path after it. */
const METADATA_ROUTE_PREFIX = '/.well-known/oauth-protected-resource';

/** The SDK's helper that builds the metadata URL from the server's URL. */
const METADATA_URL_HELPER = 'getOAuthProtectedResourceMetadataUrl';

/** A top-level constant that holds the server's own absolute URL, by the names such constants go by. */
const OWN_BASE_URL_NAME = /^(?:base|server|public|resource(?:_?server)?|mcp(?:_?server)?|app)_?ur[li]$/i;

/**
 * The URL a `resource_metadata` parameter should carry:
 * - `literal`: the URL itself (the rule's option, or a constant of the file);
 * - `expression`: a top-level constant of the file that holds it at run time (`getOAuthProtectedResourceMetadataUrl(...)`);
 * - `unknown`: not known; `route` is the metadata route the file serves, when it shows one.
 */
export type ResourceMetadataUrl =
  | { readonly kind: 'literal'; readonly url: string }
  | { readonly kind: 'expression'; readonly name: string }
  | { readonly kind: 'unknown'; readonly route?: string };

interface McpFileContext {
  readonly index: AstIndex;
  readonly constants: ConstantTable;
  readonly imports: ReadonlySet<string>;
}

function importsAny(context: McpFileContext, pattern: RegExp): boolean {
  for (const source of context.imports) if (pattern.test(source)) return true;
  return false;
}

/** The static first argument of a call: the path of a route (`app.post('/mcp', ...)`). */
function firstStringArgument(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const first = call.arguments[0];
  return first && first.type !== 'SpreadElement' ? staticString(first) : undefined;
}

/**
 * Whether the file builds an MCP server: it imports the SDK's server side, or it imports the SDK
 * and creates one of its server transports or serves a route such as '/mcp' or '/sse'.
 */
function isMcpServerFile(context: McpFileContext): boolean {
  if (importsAny(context, MCP_SERVER_MODULE)) return true;
  if (!importsAny(context, MCP_MODULE)) return false;
  if (context.index.news.some((n) => { const c = unwrap(n.callee); return c.type === 'Identifier' && MCP_SERVER_TRANSPORTS.has(c.name); })) return true;
  return context.index.calls.some((call) => MCP_ENDPOINT_PATH.test(firstStringArgument(call) ?? ''));
}

function isAbsoluteHttpUrl(value: string): URL | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Whether an initializer computes the metadata URL at run time: the SDK's helper, or `new URL('/.well-known/oauth-protected-resource...', base)`. */
function computesMetadataUrl(init: TSESTree.Node): boolean {
  let n = unwrap(init);
  // `new URL(...).href`, `new URL(...).toString()`
  if (n.type === 'CallExpression' && n.arguments.length === 0 && unwrap(n.callee).type === 'MemberExpression') n = unwrap((unwrap(n.callee) as TSESTree.MemberExpression).object);
  else if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && n.property.name === 'href') n = unwrap(n.object);
  if (n.type === 'CallExpression') return calleeName(n) === METADATA_URL_HELPER;
  if (n.type === 'NewExpression') return calleeName(n) === 'URL' && (firstStringArgument(n)?.startsWith(METADATA_ROUTE_PREFIX) ?? false);
  return false;
}

/** The `const` declarators at the top of the module (exported or not). */
function topLevelConstants(program: TSESTree.Program): TSESTree.VariableDeclarator[] {
  const out: TSESTree.VariableDeclarator[] = [];
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') continue;
    for (const d of declaration.declarations) if (d.id.type === 'Identifier' && d.init) out.push(d);
  }
  return out;
}

/** The one answer among `candidates`, or none where there are several different ones. */
function onlyOne<T>(candidates: readonly T[], same: (a: T, b: T) => boolean): T | undefined {
  const first = candidates[0];
  return first !== undefined && candidates.every((c) => same(c, first)) ? first : undefined;
}

/** The metadata route the file serves: the path of a call such as `app.get('/.well-known/oauth-protected-resource/mcp', ...)`. */
function servedMetadataRoute(index: AstIndex): string | undefined {
  const routes = index.calls.map(firstStringArgument).filter((path): path is string => path?.startsWith(METADATA_ROUTE_PREFIX) ?? false);
  return onlyOne(routes, (a, b) => a === b);
}

/**
 * What the file shows of the metadata URL, first match wins:
 * 1. a top-level constant that holds it: a literal absolute URL with the metadata path, or one computed at run time;
 * 2. the metadata route it serves, joined to the one top-level constant named as the server's own base URL;
 * 3. else unknown, with the route when there is one.
 */
function metadataUrlInFile(context: McpFileContext): ResourceMetadataUrl {
  const found: ResourceMetadataUrl[] = [];
  const bases: URL[] = [];
  for (const d of topLevelConstants(context.index.program)) {
    const name = (d.id as TSESTree.Identifier).name;
    const value = context.constants.evaluate(d.init!);
    const url = typeof value === 'string' ? isAbsoluteHttpUrl(value) : undefined;
    if (url && url.pathname.startsWith(METADATA_ROUTE_PREFIX)) found.push({ kind: 'literal', url: url.href });
    else if (computesMetadataUrl(d.init!)) found.push({ kind: 'expression', name });
    else if (url && OWN_BASE_URL_NAME.test(name)) bases.push(url);
  }
  const inFile = onlyOne(found, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  if (found.length > 0) return inFile ?? { kind: 'unknown' };
  const route = servedMetadataRoute(context.index);
  if (!route) return { kind: 'unknown' };
  const base = onlyOne(bases, (a, b) => a.origin === b.origin);
  return base ? { kind: 'literal', url: new URL(route, base.origin).href } : { kind: 'unknown', route };
}

/**
 * The metadata URL for the challenges of an MCP server file, or undefined where the file is no MCP
 * server. `optionUrl` (the rule's `resourceMetadataUrl`) wins over what the file shows.
 */
export function mcpResourceMetadataUrl(context: McpFileContext, optionUrl: string | undefined): ResourceMetadataUrl | undefined {
  if (!isMcpServerFile(context)) return undefined;
  const option = optionUrl?.trim();
  return option ? { kind: 'literal', url: option } : metadataUrlInFile(context);
}
