import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, nodesWithin, type AstIndex } from '../ast/ast-index.js';
import { calleeName, chainRoot, unwrap } from '../ast/node-shapes.js';
import type { ClassifyContext } from './classify-context.js';

/**
 * What the verdict reads of a response site (auth sits below sites/, so it names the fields it needs):
 * where it stands, how it leaves the handler, and the value it asserts itself, if any.
 */
export interface DenyingSite {
  readonly node: TSESTree.Node;
  readonly delivery: 'respond' | 'error' | 'guard-deny';
  readonly assertedValue?: TSESTree.Node;
  /** The node that says the status: inside `node`, it may have conditions of its own (`res.status(req.user ? 200 : 403)`). */
  readonly status?: { readonly node: TSESTree.Node; readonly otherRefusal?: number };
}

/** Does the file import a module of this package scope or name (`@nestjs/`, `hono`)? */
function importsModule(context: ClassifyContext, module: string): boolean {
  for (const source of importSources(context.index)) {
    if (module.endsWith('/') ? source.startsWith(module) : source === module || source.startsWith(`${module}/`)) return true;
  }
  return false;
}

/** The modules a program imports, once per program (asked for every 403 site). */
const importSourcesByIndex = new WeakMap<AstIndex, readonly string[]>();

export function importSources(index: AstIndex): readonly string[] {
  let sources = importSourcesByIndex.get(index);
  if (!sources) {
    sources = index.program.body.flatMap((s) => (s.type === 'ImportDeclaration' ? [s.source.value] : []));
    importSourcesByIndex.set(index, sources);
  }
  return sources;
}

/**
 * Sites that look like a 403 but send no HTTP 403 (issue 10):
 * - a Nest guard whose context is a WebSocket, a microservice or GraphQL (`switchToWs()`,
 *   `switchToRpc()`, `GqlExecutionContext`): its `false` is no HTTP answer;
 * - a GraphQL error class (Apollo's `ForbiddenError` is an error code in a 200 response);
 * - a `Response` built and dropped: an expression statement, neither returned nor sent.
 */
export function sendsNoHttpDenial(site: DenyingSite, context: ClassifyContext): boolean {
  return isNonHttpNestGuard(site, context) || isGraphqlError(site, context) || isDroppedResponse(site, context);
}

function isNonHttpNestGuard(site: DenyingSite, context: ClassifyContext): boolean {
  if (site.delivery !== 'guard-deny' && !importsModule(context, '@nestjs/')) return false;
  const classNode = [...ancestors(context.index, site.node)].find((a) => a.type === 'ClassBody');
  if (!classNode) return false;
  const answers = nonHttpAnswers(context);
  let answer = answers.get(classNode);
  if (answer === undefined) {
    answer = nodesWithin(context.index.calls, classNode).some((call) => {
      const root = chainRoot(call.callee);
      return context.vocabulary.has('nonHttpContext', calleeName(call) ?? '')
        || (root.type === 'Identifier' && context.vocabulary.has('nonHttpContext', root.name));
    });
    answers.set(classNode, answer);
  }
  return answer;
}

/** Each class body's answer, per program (index) and vocabulary: every site of a Nest controller asks about its class. */
const nonHttpClasses = new WeakMap<AstIndex, WeakMap<ClassifyContext['vocabulary'], Map<TSESTree.Node, boolean>>>();

function nonHttpAnswers(context: ClassifyContext): Map<TSESTree.Node, boolean> {
  let byVocabulary = nonHttpClasses.get(context.index);
  if (!byVocabulary) {
    byVocabulary = new WeakMap();
    nonHttpClasses.set(context.index, byVocabulary);
  }
  let answers = byVocabulary.get(context.vocabulary);
  if (!answers) {
    answers = new Map();
    byVocabulary.set(context.vocabulary, answers);
  }
  return answers;
}

function isGraphqlError(site: DenyingSite, context: ClassifyContext): boolean {
  if (site.node.type !== 'NewExpression' && site.node.type !== 'ThrowStatement') return false;
  const created = site.node.type === 'ThrowStatement' ? unwrap(site.node.argument) : site.node;
  if (created.type !== 'NewExpression') return false;
  const callee = unwrap(created.callee);
  if (callee.type !== 'Identifier') return false;
  const imported = context.names.importOf(callee);
  return imported !== undefined && context.vocabulary.has('graphqlErrorModule', imported.module);
}

const RESPONSE_CLASSES: ReadonlySet<string> = new Set(['Response', 'NextResponse']);

/** Hono's context methods that build a Response (`c.status(403)` as a statement does set the status). */
const HONO_BUILDERS: ReadonlySet<string> = new Set(['json', 'text', 'body', 'html', 'newResponse']);

/** Hono's context: `c` anywhere (as the Hono recognizer reads it), any name in a file that imports Hono. */
function isHonoContext(root: TSESTree.Node, context: ClassifyContext): boolean {
  return root.type === 'Identifier' && (root.name === 'c' || importsModule(context, 'hono'));
}

function isDroppedResponse(site: DenyingSite, context: ClassifyContext): boolean {
  // Only a Response value (Web, Next, Hono, Remix, SvelteKit) can be built and dropped; a Node response sends.
  if (site.delivery !== 'respond') return false;
  const node = site.node;
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return false;
  const root = chainRoot(node.type === 'NewExpression' ? node.callee : node);
  // `res.status(403).json()` on a Node response sends; only a built Response value can be dropped.
  const builtValue = node.type === 'NewExpression'
    ? root.type === 'Identifier' && RESPONSE_CLASSES.has(root.name)
    : isHonoContext(root, context) ? HONO_BUILDERS.has(calleeName(node) ?? '')
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
