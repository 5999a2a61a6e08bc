import type { TSESTree } from '@typescript-eslint/types';
import { assignedMember, chainRoot, memberName, unwrap } from '../../ast/node-shapes.js';
import { headerArguments, headerEntry, headersObject, headerStatementInList } from '../../edits/header-edits.js';
import { addObjectProperty, appendArgument, insertAfter } from '../../edits/text-edits.js';
import { resolveStatus } from '../../status/resolve-status.js';
import { headerInHeaders } from '../header-evidence.js';
import { ERROR_NAME } from '../error-names.js';
import { headerEdit, site, type ResponseSite } from '../response-site.js';
import { responseChain } from '../call-chain.js';
import { contentBeside, contentInChain, linkHolding, sendOnReceiver, type ContentSends, type SentContent } from '../sent-content.js';
import type { GenericFramework, KnownFrameworks } from '../framework-module.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import { statusAssignmentSite } from '../status-assignment-site.js';

/*
 * Node's `http.ServerResponse` (`nodejs/node lib/_http_server.js`, Node 20): `res.writeHead(S, [reason], [headers])`
 * with headers as an object or a flat array, and `res.statusCode = S` with `res.setHeader(H, v)`.
 * Any framework built on it (Express, Next Pages API, Fastify's `reply.raw`) shares these shapes.
 */

function isErrorLike(node: TSESTree.Node): boolean {
  const root = chainRoot(node);
  return root.type === 'Identifier' && ERROR_NAME.test(root.name);
}

/** `res.end(body)` sends content (and Express's `send` / `json` on the same response); `end()` sends none. */
const NODE_SENDS: ContentSends = { methods: new Set(['end', 'send', 'json']), serialized: new Set(['json']), empty: 'end()' };

/**
 * The content sent after a status on a Node response: `res.writeHead(204).end(x)` in the same chain,
 * or the next statement that ends the response (`res.writeHead(204); res.end(x);`).
 */
function contentAfterStatus(node: TSESTree.Node, receiver: TSESTree.Node, context: SiteContext): SentContent | undefined {
  if (node.type === 'CallExpression') {
    const chain = responseChain(context.index, node);
    if (chain.outer !== node) return contentInChain(chain.links, linkHolding(chain.links, node.arguments[0]!), NODE_SENDS, context);
  }
  return receiver.type === 'Identifier' ? contentBeside(context.index, node, sendOnReceiver(receiver.name, NODE_SENDS, context), 'after') : undefined;
}

/** `res.writeHead(401, [reason], [headers])`: the headers argument is an object or Node's flat array. */
function writeHeadSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const first = call.arguments[0];
  const status = first && resolveStatus(first, context.constants);
  if (!status) return undefined;
  const headersArg = call.arguments.slice(1).find((a) => {
    const n = unwrap(a);
    return !(n.type === 'Literal' && typeof n.value === 'string') && n.type !== 'TemplateLiteral';
  });
  const receiver = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerCarrier: receiver,
    headerOnSite: (name) => headerInHeaders(headersArg, name, context),
    addHeader: headerEdit((name, value) => {
      const headers = headersArg && unwrap(headersArg);
      if (!headers) {
        const edit = appendArgument(call, headersObject(name, value), context.text);
        return edit ? [edit] : undefined;
      }
      if (headers.type === 'ObjectExpression') return [addObjectProperty(headers, headerEntry(name, value))];
      if (headers.type === 'ArrayExpression' && headers.elements.every((e) => e?.type !== 'ArrayExpression')) {
        const last = headers.elements[headers.elements.length - 1];
        return last ? [insertAfter(last, `, ${headerArguments(name, value)}`)] : undefined;
      }
      return undefined;
    }),
    sentContent: () => contentAfterStatus(call, receiver, context),
  });
}

/**
 * `res.statusCode = 401` on a Node response. A receiver that a framework names as its own takes that
 * framework's header method (`reply.header(...)`), else Node's `setHeader`.
 */
function statusCodeAssignmentSite(assignment: TSESTree.AssignmentExpression, context: SiteContext, known: KnownFrameworks): ResponseSite | undefined {
  const left = assignedMember(assignment, ['statusCode']);
  if (!left) return undefined;
  if (isErrorLike(left.object)) return undefined;
  const status = resolveStatus(assignment.right, context.constants);
  if (!status) return undefined;
  const receiver = unwrap(left.object);
  const root = chainRoot(receiver);
  const ownMethod = root.type === 'Identifier' && receiver === root ? known.headerMethodOfReceiver(root.name) : undefined;
  const addHeader = headerStatementInList(context.index, assignment, sourceOf(context, receiver), ownMethod ?? 'setHeader', context.text);
  return statusAssignmentSite({ assignment, status, receiver, addHeader, sentContent: () => contentAfterStatus(assignment, receiver, context) });
}

export const nodeHttpFramework: GenericFramework = {
  id: 'node-http',
  kind: 'generic',
  hover: { statusMethods: { writeHead: { index: 0 } } },
  recognizer: (known) => ({
    call(call, context) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || memberName(callee) !== 'writeHead') return undefined;
      return writeHeadSite(call, context);
    },
    assignment: (assignment, context) => statusCodeAssignmentSite(assignment, context, known),
    assignedMembers: new Set(['statusCode']),
  }),
};
