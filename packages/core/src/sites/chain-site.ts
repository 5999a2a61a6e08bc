import { chainHeaderCall } from '../edits/header-edits.js';
import type { StatusValue } from '../status/resolve-status.js';
import type { ResponseChain } from './call-chain.js';
import { headerInChain, type HeaderArguments } from './header-evidence.js';
import { headerEdit, site, type Delivery, type ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';

/** How a framework's fluent response takes headers. */
export interface ChainHeaders {
  /** Chain methods that set a header on the same response (`res.set(H, v).status(401)`). */
  readonly methods: ReadonlyMap<string, HeaderArguments>;
  /** The method the header edit chains right after the receiver. */
  readonly editMethod: string;
}

/**
 * A status set through a fluent response chain (`res.status(401).json(b)`, `reply.code(401).send()`):
 * the site is the whole chain, header calls anywhere in it count, and the header edit chains
 * `.method(H, v)` right after the receiver.
 */
export function chainSite(
  status: StatusValue,
  { outer, receiver, links }: ResponseChain,
  headers: ChainHeaders,
  context: SiteContext,
  delivery: Delivery = 'respond',
): ResponseSite {
  return site({
    status,
    delivery,
    node: outer,
    headerCarrier: receiver,
    headerOnSite: (name) => headerInChain(links, headers.methods, name, context),
    addHeader: headerEdit((name, value) => [chainHeaderCall(receiver, headers.editMethod, name, value)]),
  });
}
