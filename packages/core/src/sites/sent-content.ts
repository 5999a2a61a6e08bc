import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import { assignedMember, chainRoot, memberPath, unwrap } from '../ast/node-shapes.js';
import { statementInList } from '../edits/text-edits.js';
import type { TextEdit } from '../finding.js';
import type { ChainLink } from './call-chain.js';
import { chainLinks } from './call-chain.js';
import type { SiteContext } from './site-context.js';

/*
 * What a site sends as content beside its status (RFC 9110 calls the body "content"), for the
 * statuses that cannot have any (204, 304). Recognizers fill a site's `sentContent` only where
 * the code shows a value that is content for certain; anything else is unknown, and unknown is silent.
 */

/** Content a site surely sends, and how to send the same response without it. */
export interface SentContent {
  /** The content expression: `x` in `res.status(204).json(x)`, the `ctx.body = x` statement's value. */
  readonly node: TSESTree.Node;
  /** The edits that send the response without content, in the framework's own idiom (`.end()`, `null`). */
  readonly drop: () => readonly TextEdit[] | undefined;
  /** Fetch's Response constructor throws a TypeError for content with a 204 or 304 (a "null body status"). */
  readonly throws: boolean;
}

/** Built-in constructors whose instances are always content (`new Response(new Blob([...]))`). */
const CONTENT_CLASSES: ReadonlySet<string> = new Set(['Blob', 'URLSearchParams', 'FormData', 'Uint8Array', 'ArrayBuffer', 'ReadableStream']);

/** The initializer of the `const` that `id` names, where the scope analysis finds one. */
function constInit(id: TSESTree.Identifier, context: SiteContext): TSESTree.Node | undefined {
  const declarator = context.names.declaratorOf(id);
  const declaration = declarator && context.index.parentOf(declarator);
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' && declarator?.id.type === 'Identifier' && declarator.init
    ? declarator.init : undefined;
}

/**
 * Whether a value is content for certain: an object or array literal, a non-empty string or a
 * template with text, `JSON.stringify` of such a value, a `new Blob(...)`, a `const` holding one.
 * `serialized` (a JSON method: `res.json`, `c.json`, `Response.json`) adds numbers and booleans.
 * `null`, `undefined`, `''`, variables and calls are not known to be content: precision first.
 */
export function isCertainContent(node: TSESTree.Node | undefined, context: SiteContext, serialized = false, depth = 0): boolean {
  if (!node || depth > 3) return false;
  const n = unwrap(node);
  switch (n.type) {
    case 'ObjectExpression':
    case 'ArrayExpression':
      return true;
    case 'Literal':
      return typeof n.value === 'string' ? n.value !== '' : serialized && (typeof n.value === 'number' || typeof n.value === 'boolean');
    case 'TemplateLiteral':
      return n.quasis.some((q) => (q.value.cooked ?? q.value.raw) !== '');
    case 'CallExpression': {
      const path = memberPath(n.callee);
      return path?.length === 2 && path[0] === 'JSON' && path[1] === 'stringify' && isCertainContent(n.arguments[0], context, true, depth + 1);
    }
    case 'NewExpression': {
      const callee = unwrap(n.callee);
      return callee.type === 'Identifier' && CONTENT_CLASSES.has(callee.name);
    }
    case 'Identifier': {
      const init = constInit(n, context);
      return init !== undefined && isCertainContent(init, context, serialized, depth + 1);
    }
    default:
      return false;
  }
}

/** How a fluent response sends content: the methods that take it first, which of them serialize JSON, and the call that sends none. */
export interface ContentSends {
  readonly methods: ReadonlySet<string>;
  readonly serialized: ReadonlySet<string>;
  /** Replaces the sending call's method and arguments: `json(x)` -> `end()`. */
  readonly empty: string;
}

/**
 * The content sent by the first sending link after link `after` of a chain (`res.status(204).json(x)`):
 * the link's first argument when it is content for certain; the drop turns `json(x)` into `empty`.
 */
export function contentInChain(links: readonly ChainLink[], after: number, sends: ContentSends, context: SiteContext): SentContent | undefined {
  const sending = links.findIndex((l, i) => i > after && l.method !== undefined && sends.methods.has(l.method));
  const link = links[sending];
  if (!link?.method) return undefined;
  const body = link.args[0];
  if (!body || body.type === 'SpreadElement' || !isCertainContent(body, context, sends.serialized.has(link.method))) return undefined;
  const callee = unwrap(link.call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const start = callee.property.range[0];
  return { node: body, throws: false, drop: () => [{ range: [start, link.call.range[1]], text: sends.empty }] };
}

/** The index of the chain link whose call holds `node` (the status argument of a site): `status(204)` in `res.status(204).json(x)`. */
export function linkHolding(links: readonly ChainLink[], node: TSESTree.Node): number {
  return links.findIndex((l) => l.args.some((a) => a.range[0] <= node.range[0] && node.range[1] <= a.range[1]));
}

/**
 * What one statement beside a site says: the content it sends on the same response, `stop` when
 * it may change the status, send, leave or branch (so later statements may not be on the same path),
 * `next` when it is a plain statement that does none of these.
 */
export type StatementReading = SentContent | 'stop' | 'next';

/** Statements that run straight through: nothing in them branches or leaves the list. */
function isPlain(statement: TSESTree.Node): boolean {
  return statement.type === 'ExpressionStatement' || statement.type === 'VariableDeclaration' || statement.type === 'EmptyStatement';
}

/**
 * The content that the statements beside the site's own statement send on its response, in the
 * same statement list, read by `read` one at a time: after it (`direction: 'after'`) until the
 * first that stops or is not plain, or before it (`'before'`) the same way backwards. The site's
 * statement must stand directly in a list (`res.status(204);`, not `if (a) res.status(204);`).
 */
export function contentBeside(
  index: AstIndex,
  site: TSESTree.Node,
  read: (statement: TSESTree.Node) => StatementReading,
  direction: 'after' | 'before',
): SentContent | undefined {
  const own = statementInList(index, site);
  const list = own && index.parentOf(own);
  const body: readonly TSESTree.Node[] | undefined = list?.type === 'BlockStatement' || list?.type === 'Program' || list?.type === 'StaticBlock'
    ? list.body : list?.type === 'SwitchCase' ? list.consequent : undefined;
  if (!own || !body || own.type !== 'ExpressionStatement') return undefined;
  const at = body.indexOf(own);
  const step = direction === 'after' ? 1 : -1;
  for (let i = at + step; i >= 0 && i < body.length; i += step) {
    const reading = read(body[i]!);
    if (reading === 'stop') return undefined;
    if (reading !== 'next') return reading;
    if (!isPlain(body[i]!)) return undefined;
  }
  return undefined;
}

/** The expression a statement evaluates: `x;`, `return x;`, `await x;`. */
export function statementExpression(statement: TSESTree.Node): TSESTree.Node | undefined {
  const expression = statement.type === 'ExpressionStatement' ? statement.expression
    : statement.type === 'ReturnStatement' ? statement.argument ?? undefined : undefined;
  if (!expression) return undefined;
  const n = unwrap(expression);
  return n.type === 'AwaitExpression' ? unwrap(n.argument) : n;
}

/** Response methods that set a status: a statement calling one on the same response ends the search. */
const STATUS_SETTERS: ReadonlySet<string> = new Set(['status', 'code', 'sendStatus', 'writeHead', 'redirect']);

/**
 * A reader for `contentBeside`: a call chain on the response named `receiver` that sends through
 * `sends` (`res.json(x)`, `return res.end(x)`) gives its content; one that sets a status, an
 * assignment to the receiver's `status` or `statusCode`, or a send without content stops.
 */
export function sendOnReceiver(receiver: string, sends: ContentSends, context: SiteContext): (statement: TSESTree.Node) => StatementReading {
  return (statement) => {
    const expression = statementExpression(statement);
    if (!expression) return 'next';
    if (expression.type === 'AssignmentExpression') {
      const left = assignedMember(expression, ['status', 'statusCode']);
      return left && memberPath(left.object)?.[0] === receiver ? 'stop' : 'next';
    }
    if (expression.type !== 'CallExpression') return 'next';
    const root = chainRoot(expression);
    if (root.type !== 'Identifier' || root.name !== receiver) return 'next';
    const { links } = chainLinks(expression);
    if (links.some((l) => l.method !== undefined && STATUS_SETTERS.has(l.method))) return 'stop';
    if (!links.some((l) => l.method !== undefined && sends.methods.has(l.method))) return 'next';
    return contentInChain(links, -1, sends, context) ?? 'stop';
  };
}

/** Removes a statement, with its line when it stands on one of its own. */
export function removeStatement(statement: TSESTree.Node, source: string): TextEdit {
  const lineStart = source.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const lineEnd = source.indexOf('\n', statement.range[1]);
  const ownLine = /^[ \t]*$/.test(source.slice(lineStart, statement.range[0]))
    && lineEnd !== -1 && /^[ \t]*$/.test(source.slice(statement.range[1], lineEnd));
  if (ownLine) return { range: [lineStart, lineEnd + 1], text: '' };
  const after = /^[ \t]*/.exec(source.slice(statement.range[1]))?.[0].length ?? 0;
  return { range: [statement.range[0], statement.range[1] + after], text: '' };
}
