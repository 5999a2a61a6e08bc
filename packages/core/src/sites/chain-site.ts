import { chainHeaderCall } from '../edits/header-edits.js';
import type { StatusValue } from '../status/resolve-status.js';
import type { ResponseChain } from './call-chain.js';
import { headerInChain, type HeaderArguments } from './header-evidence.js';
import { headerEdit, site, type Delivery, type ResponseSite } from './response-site.js';
import { contentBeside, contentInChain, linkHolding, sendOnReceiver, type ContentSends, type SentContent } from './sent-content.js';
import type { SiteContext } from './site-context.js';

/** How a framework's fluent response takes headers. */
export interface ChainHeaders {
  /** Chain methods that set a header on the same response (`res.set(H, v).status(401)`). */
  readonly methods: ReadonlyMap<string, HeaderArguments>;
  /** The method the header edit chains right after the receiver. */
  readonly editMethod: string;
}

/**
 * The content a chain site sends: a sending link after the status (`res.status(204).json(x)`), or,
 * for a chain that only sets the status (`res.status(204);`), the next statement that sends on the
 * same response (`res.json(x);`).
 */
function chainContent(status: StatusValue, { outer, receiver, links }: ResponseChain, sends: ContentSends, context: SiteContext): SentContent | undefined {
  const statusLink = linkHolding(links, status.node);
  if (statusLink < 0) return undefined;
  if (links.some((l, i) => i > statusLink && l.method !== undefined && sends.methods.has(l.method))) {
    return contentInChain(links, statusLink, sends, context);
  }
  return receiver.type === 'Identifier' ? contentBeside(context.index, outer, sendOnReceiver(receiver.name, sends, context), 'after') : undefined;
}

/**
 * A status set through a fluent response chain (`res.status(401).json(b)`, `reply.code(401).send()`):
 * the site is the whole chain, header calls anywhere in it count, and the header edit chains
 * `.method(H, v)` right after the receiver. With `sends`, the content it sends is read too.
 */
export function chainSite(
  status: StatusValue,
  chain: ResponseChain,
  headers: ChainHeaders,
  context: SiteContext,
  delivery: Delivery = 'respond',
  sends?: ContentSends,
): ResponseSite {
  const { outer, receiver, links } = chain;
  return site({
    status,
    delivery,
    node: outer,
    headerCarrier: receiver,
    headerOnSite: (name) => headerInChain(links, headers.methods, name, context),
    addHeader: headerEdit((name, value) => [chainHeaderCall(receiver, headers.editMethod, name, value)]),
    ...(sends ? { sentContent: () => chainContent(status, chain, sends, context) } : {}),
  });
}
