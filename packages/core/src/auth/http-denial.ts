import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, nodesWithin } from '../ast/ast-index.js';
import { calleeName, chainRoot, unwrap } from '../ast/node-shapes.js';
import type { ResponseSite } from '../sites/response-site.js';
import type { ClassifyContext } from './classify-condition.js';

/**
 * Sites that look like a 403 but send no HTTP 403 (issue 10):
 * - a Nest guard whose context is a WebSocket, a microservice or GraphQL (`switchToWs()`,
 *   `switchToRpc()`, `GqlExecutionContext`): its `false` is no HTTP answer;
 * - a GraphQL error class (Apollo's `ForbiddenError` is an error code in a 200 response);
 * - a `Response` built and dropped: an expression statement, neither returned nor sent.
 */
export function sendsNoHttpDenial(site: ResponseSite, context: ClassifyContext): boolean {
  return isNonHttpNestGuard(site, context) || isGraphqlError(site, context) || isDroppedResponse(site, context);
}

function isNonHttpNestGuard(site: ResponseSite, context: ClassifyContext): boolean {
  if (site.framework !== 'nest' && site.delivery !== 'guard-deny') return false;
  const classNode = [...ancestors(context.index, site.node)].find((a) => a.type === 'ClassBody');
  if (!classNode) return false;
  return nodesWithin(context.index.calls, classNode).some((call) => {
    const root = chainRoot(call.callee);
    return context.vocabulary.has('nonHttpContext', calleeName(call) ?? '')
      || (root.type === 'Identifier' && context.vocabulary.has('nonHttpContext', root.name));
  });
}

function isGraphqlError(site: ResponseSite, context: ClassifyContext): boolean {
  if (site.node.type !== 'NewExpression' && site.node.type !== 'ThrowStatement') return false;
  const created = site.node.type === 'ThrowStatement' ? unwrap(site.node.argument) : site.node;
  if (created.type !== 'NewExpression') return false;
  const callee = unwrap(created.callee);
  if (callee.type !== 'Identifier') return false;
  const imported = context.names.importOf(callee);
  return imported !== undefined && context.vocabulary.has('graphqlErrorModule', imported.module);
}

/** Frameworks where a response is a value the handler must return: dropping it sends nothing. */
const RESPONSE_VALUE_FRAMEWORKS: ReadonlySet<string> = new Set(['web', 'next', 'hono', 'remix', 'sveltekit']);

const RESPONSE_CLASSES: ReadonlySet<string> = new Set(['Response', 'NextResponse']);

/** Hono's context methods that build a Response (`c.status(403)` as a statement does set the status). */
const HONO_BUILDERS: ReadonlySet<string> = new Set(['json', 'text', 'body', 'html', 'newResponse']);

function isDroppedResponse(site: ResponseSite, context: ClassifyContext): boolean {
  if (site.delivery !== 'respond' || !RESPONSE_VALUE_FRAMEWORKS.has(site.framework)) return false;
  const node = site.node;
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false;
  const root = chainRoot(node.type === 'NewExpression' ? node.callee : node);
  // `res.status(403).json()` on a Node response sends; only a built Response value can be dropped.
  const builtValue = node.type === 'NewExpression'
    ? root.type === 'Identifier' && RESPONSE_CLASSES.has(root.name)
    : site.framework === 'hono' ? HONO_BUILDERS.has(calleeName(node) ?? '')
    // Remix's and SvelteKit's `json(...)` return a Response; SvelteKit's `error(...)` throws by itself.
    : root.type === 'Identifier' && (RESPONSE_CLASSES.has(root.name) || (unwrap(node.callee).type === 'Identifier' && root.name === 'json'));
  if (!builtValue) return false;
  let child: TSESTree.Node = node;
  let parent = context.index.parentOf(child);
  while (parent && (parent.type === 'AwaitExpression' || parent.type === 'ChainExpression' || parent.type === 'TSAsExpression')) {
    child = parent;
    parent = context.index.parentOf(child);
  }
  return parent?.type === 'ExpressionStatement';
}
