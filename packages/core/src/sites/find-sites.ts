import type { TSESTree } from '@typescript-eslint/types';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';
import type { SiteRecognizer } from './site-recognizer.js';
import { isInsideAssertion } from './test-assertion.js';
import { customErrorRecognizer } from './frameworks/custom-error.js';
import { elysiaRecognizer } from './frameworks/elysia.js';
import { expressRecognizer } from './frameworks/express.js';
import { fastifyRecognizer } from './frameworks/fastify.js';
import { h3Recognizer } from './frameworks/h3.js';
import { hapiRecognizer } from './frameworks/hapi.js';
import { honoRecognizer } from './frameworks/hono.js';
import { httpErrorsRecognizer } from './frameworks/http-errors.js';
import { koaRecognizer } from './frameworks/koa.js';
import { nestRecognizer } from './frameworks/nest.js';
import { nextRecognizer } from './frameworks/next.js';
import { nodeHttpRecognizer } from './frameworks/node-http.js';
import { remixRecognizer } from './frameworks/remix.js';
import { restifyRecognizer } from './frameworks/restify.js';
import { svelteKitRecognizer } from './frameworks/sveltekit.js';
import { trpcRecognizer } from './frameworks/trpc.js';
import { webResponseRecognizer } from './frameworks/web.js';

/**
 * Every recognizer, most specific first: the first to claim a status node owns it. The generic
 * ones (Node's `res`, http-errors, hand-written error classes) come last.
 */
export const RECOGNIZERS: readonly SiteRecognizer[] = [
  koaRecognizer,
  fastifyRecognizer,
  honoRecognizer,
  nestRecognizer,
  nextRecognizer,
  h3Recognizer,
  svelteKitRecognizer,
  remixRecognizer,
  elysiaRecognizer,
  hapiRecognizer,
  restifyRecognizer,
  trpcRecognizer,
  webResponseRecognizer,
  expressRecognizer,
  nodeHttpRecognizer,
  httpErrorsRecognizer,
  customErrorRecognizer,
];

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
      if (!isInsideAssertion(context.index, site.node)) out.push(site);
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

/** Every response site of the file, in source order; each status node belongs to one site. */
export function findResponseSites(context: SiteContext): ResponseSite[] {
  const sites: ResponseSite[] = [];
  const claimed = new Set<TSESTree.Node>();
  const { index } = context;
  collect(index.calls, CALL_HANDLERS, context, claimed, sites);
  collect(index.news, NEW_HANDLERS, context, claimed, sites);
  collect(index.assignments, ASSIGNMENT_HANDLERS, context, claimed, sites);
  collect(index.returns, RETURN_HANDLERS, context, claimed, sites);
  return sites.sort((a, b) => a.status.node.range[0] - b.status.node.range[0]);
}
