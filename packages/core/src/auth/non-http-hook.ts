import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, type AstIndex } from '../ast/ast-index.js';
import { chainRoot } from '../ast/node-shapes.js';
import type { NameResolver } from '../ast/name-resolver.js';

/**
 * Modules whose hooks and handlers answer no HTTP request: an error thrown in Hocuspocus'
 * `onAuthenticate` or in a socket handler closes a connection, whatever status its class names.
 */
export const NON_HTTP_MODULES: readonly string[] = ['@hocuspocus/server', 'socket.io', 'ws', '@nestjs/websockets', 'graphql-ws'];

interface HookContext {
  readonly index: AstIndex;
  readonly names: NameResolver;
  /** The modules the file imports or requires. */
  readonly imports: ReadonlySet<string>;
}

/** Is `reference` (`Extension`, `hocuspocus.Server`, `WebSocketGateway()`) a name imported from a non-HTTP module? */
function namesNonHttpImport(reference: TSESTree.Node, context: HookContext): boolean {
  const root = chainRoot(reference);
  if (root.type !== 'Identifier') return false;
  const module = context.names.importOf(root)?.module;
  return module !== undefined && NON_HTTP_MODULES.includes(module);
}

function isNonHttpClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, context: HookContext): boolean {
  // ESLint's default parser (espree) leaves out `implements` and `decorators`, and may leave `superClass` out.
  const { implements: implemented = [], decorators = [], superClass } = node as Partial<typeof node>;
  return implemented.some((i) => namesNonHttpImport(i.expression, context))
    || (superClass != null && namesNonHttpImport(superClass, context))
    || decorators.some((d) => namesNonHttpImport(d.expression, context));
}

/**
 * Does `node` run in code that a non-HTTP module calls, so that no HTTP response comes of it?
 * - a class that implements, extends or is decorated with a name imported from one
 *   (`class Auth implements Extension` of '@hocuspocus/server', Nest's `@WebSocketGateway()`);
 * - a function or object handed to a call or `new` of such a name
 *   (`Server.configure({ async onAuthenticate() { ... } })`, `new Hocuspocus({ ... })`).
 * A socket server held in a local variable (`io.on('connection', ...)`) is not followed: silence needs proof.
 */
export function inNonHttpHook(node: TSESTree.Node, context: HookContext): boolean {
  // Most files import none of them: no name is resolved there.
  if (!NON_HTTP_MODULES.some((module) => context.imports.has(module))) return false;
  let child: TSESTree.Node = node;
  for (const a of ancestors(context.index, node)) {
    if ((a.type === 'ClassDeclaration' || a.type === 'ClassExpression') && isNonHttpClass(a, context)) return true;
    if ((a.type === 'CallExpression' || a.type === 'NewExpression') && a.callee !== child && namesNonHttpImport(a.callee, context)) return true;
    child = a;
  }
  return false;
}
