import type { TSESTree } from '@typescript-eslint/types';
import { nodesWithin } from '../ast/ast-index.js';
import { memberName, unwrap } from '../ast/node-shapes.js';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';
import type { SiteRecognizer } from './site-recognizer.js';
import { isInsideAssertion } from './test-assertion.js';
import { conditionalStatusSite } from './conditional-status.js';
import { RECOGNIZERS } from './framework-registry.js';

type Handler<N> = (node: N, context: SiteContext) => ResponseSite | undefined;

function collect<N extends TSESTree.Node>(
  nodes: readonly N[],
  handlersOfNode: (node: N) => readonly Handler<N>[],
  context: SiteContext,
  claimed: Set<TSESTree.Node>,
  out: ResponseSite[],
): void {
  for (const node of nodes) {
    for (const handler of handlersOfNode(node)) {
      const site = handler(node, context);
      if (!site || claimed.has(site.status.node)) continue;
      claimed.add(site.status.node);
      if (!isInsideAssertion(context.index, site.node)) out.push(conditionalStatusSite(site, context.index));
      break;
    }
  }
}

function handlersOf<K extends keyof SiteRecognizer>(key: K): NonNullable<SiteRecognizer[K]>[] {
  return RECOGNIZERS.flatMap((r) => (r[key] ? [r[key]!] : []));
}

const CALL_HANDLERS = handlersOf('call');
const NEW_HANDLERS = handlersOf('newExpression');
const RETURN_HANDLERS = handlersOf('returnStatement');

type AssignmentHandler = NonNullable<SiteRecognizer['assignment']>;

/** The member an assignment writes (`x.status = v` -> 'status'), the key `assignedMembers` is read by. */
function assignedName(assignment: TSESTree.AssignmentExpression): string | undefined {
  const left = unwrap(assignment.left);
  return left.type === 'MemberExpression' ? memberName(left) : undefined;
}

/**
 * The assignment handlers that may claim an assignment writing `name`, in the registry's order:
 * those that declare no `assignedMembers`, and those whose set holds the name. One list per name.
 */
const ASSIGNMENT_HANDLERS_BY_NAME = new Map<string | undefined, readonly AssignmentHandler[]>();

function assignmentHandlersOf(node: TSESTree.AssignmentExpression): readonly AssignmentHandler[] {
  const name = assignedName(node);
  let handlers = ASSIGNMENT_HANDLERS_BY_NAME.get(name);
  if (!handlers) {
    handlers = RECOGNIZERS.flatMap((r) => (r.assignment && (!r.assignedMembers || (name !== undefined && r.assignedMembers.has(name))) ? [r.assignment] : []));
    ASSIGNMENT_HANDLERS_BY_NAME.set(name, handlers);
  }
  return handlers;
}

/** Every recognizer's assignment handler on every assignment: what `assignedMembers` must not change (test/site-dispatch.test.ts). */
const EVERY_ASSIGNMENT_HANDLER = handlersOf('assignment');

const always = <N>(handlers: readonly Handler<N>[]) => (): readonly Handler<N>[] => handlers;
const callHandlers = always(CALL_HANDLERS);
const newHandlers = always(NEW_HANDLERS);
const returnHandlers = always(RETURN_HANDLERS);
const everyAssignmentHandler = always(EVERY_ASSIGNMENT_HANDLER);

/**
 * Every response site of the file, in source order; each status node belongs to one site. With
 * `within` (a top-level statement), only the sites of the nodes inside it: the same sites the whole
 * file has there, since a recognizer judges one node and a status node lies in its site's node.
 * `unfiltered` hands every node to every handler, ignoring `assignedMembers`: for the test that the filter changes nothing.
 */
export function findResponseSites(context: SiteContext, within?: TSESTree.Node, { unfiltered = false }: { readonly unfiltered?: boolean } = {}): ResponseSite[] {
  const sites: ResponseSite[] = [];
  const claimed = new Set<TSESTree.Node>();
  const { index } = context;
  const inside = <N extends TSESTree.Node>(nodes: readonly N[]) => (within ? nodesWithin(nodes, within) : nodes);
  collect(inside(index.calls), callHandlers, context, claimed, sites);
  collect(inside(index.news), newHandlers, context, claimed, sites);
  collect(inside(index.assignments), unfiltered ? everyAssignmentHandler : assignmentHandlersOf, context, claimed, sites);
  collect(inside(index.returns), returnHandlers, context, claimed, sites);
  return sites.sort((a, b) => a.status.node.range[0] - b.status.node.range[0]);
}
