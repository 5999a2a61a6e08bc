import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode, type AstIndex } from '../ast/ast-index.js';
import type { StatusValue } from '../status/resolve-status.js';
import { site, type ResponseSite, type SiteFields } from './response-site.js';
import type { SiteContext } from './site-context.js';

/** Parameter names under which handlers receive the response (or the context that holds it). */
const RESPONSE_PARAM = /^(res|resp|response|reply|ctx|context|c|event)$/;

/** Is `name` one handlers give the response (or the context that holds it)? */
export function isResponseName(name: string): boolean {
  return RESPONSE_PARAM.test(name);
}

/**
 * The response parameter of the handler around `node`: where an error thrown or passed to `next`
 * there ends up. Used to see headers set on that response before the error leaves.
 */
export function handlerResponseParam(index: AstIndex, node: TSESTree.Node): TSESTree.Identifier | undefined {
  for (const a of ancestors(index, node)) {
    if (!isFunctionNode(a)) continue;
    for (const p of a.params) {
      const id = p.type === 'TSParameterProperty' ? p.parameter : p;
      if (id.type === 'Identifier' && RESPONSE_PARAM.test(id.name)) return id;
    }
  }
  return undefined;
}

/**
 * An error thrown, returned or passed on in a handler (`throw new ForbiddenError()`): it ends up on
 * the handler's response, which is where earlier header writes are looked for.
 */
export function handlerErrorSite(
  node: TSESTree.Node,
  status: StatusValue,
  context: SiteContext,
  fields: Omit<SiteFields, 'status' | 'delivery' | 'node' | 'headerCarrier'> = {},
): ResponseSite {
  return site({ status, delivery: 'error', node, headerCarrier: handlerResponseParam(context.index, node), ...fields });
}
