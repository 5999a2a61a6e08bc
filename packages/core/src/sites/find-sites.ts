import type { TSESTree } from '@typescript-eslint/types';
import { nodesWithin } from '../ast/ast-index.js';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';
import type { SiteRecognizer } from './site-recognizer.js';
import { isInsideAssertion } from './test-assertion.js';
import { conditionalStatusSite } from './conditional-status.js';
import { RECOGNIZERS } from './framework-registry.js';

type Handler<N> = (node: N, context: SiteContext) => ResponseSite | undefined;

function collect<N extends TSESTree.Node>(
  nodes: readonly N[],
  handlers: readonly Handler<N>[],
  context: SiteContext,
  claimed: Set<TSESTree.Node>,
  out: ResponseSite[],
): void {
  if (handlers.length === 0) return;
  for (const node of nodes) {
    for (const handler of handlers) {
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
const ASSIGNMENT_HANDLERS = handlersOf('assignment');
const RETURN_HANDLERS = handlersOf('returnStatement');

/**
 * Every response site of the file, in source order; each status node belongs to one site. With
 * `within` (a top-level statement), only the sites of the nodes inside it: the same sites the whole
 * file has there, since a recognizer judges one node and a status node lies in its site's node.
 */
export function findResponseSites(context: SiteContext, within?: TSESTree.Node): ResponseSite[] {
  const sites: ResponseSite[] = [];
  const claimed = new Set<TSESTree.Node>();
  const { index } = context;
  const inside = <N extends TSESTree.Node>(nodes: readonly N[]) => (within ? nodesWithin(nodes, within) : nodes);
  collect(inside(index.calls), CALL_HANDLERS, context, claimed, sites);
  collect(inside(index.news), NEW_HANDLERS, context, claimed, sites);
  collect(inside(index.assignments), ASSIGNMENT_HANDLERS, context, claimed, sites);
  collect(inside(index.returns), RETURN_HANDLERS, context, claimed, sites);
  return sites.sort((a, b) => a.status.node.range[0] - b.status.node.range[0]);
}
