import type { TSESTree } from '@typescript-eslint/types';
import { headerStatementBefore } from '../edits/header-edits.js';
import type { StatusValue } from '../status/resolve-status.js';
import { handlerResponseParam } from './handler-response.js';
import { headerAdvice, headerEdit, site, type ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';

/**
 * An error thrown or sent where the handler's response is in scope, in a framework that keeps the
 * headers already set on that response when it answers the error (Fastify, restify): the header goes
 * on the response first, in a statement of its own, since the error itself carries none.
 */
export function errorSiteOnHandlerResponse(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  status: StatusValue,
  context: SiteContext,
  isResponse: (param: TSESTree.Identifier) => boolean,
  assertedValue?: TSESTree.Node,
): ResponseSite {
  const response = handlerResponseParam(context.index, node);
  const responseName = response && isResponse(response) ? response.name : undefined;
  const addBefore = responseName === undefined ? undefined : headerStatementBefore(context.index, node, responseName, 'header', context.text);
  return site({
    status,
    delivery: 'error',
    node,
    headerCarrier: response,
    addHeader: addBefore ? headerEdit(addBefore) : headerAdvice('errorWithoutHeaders'),
    assertedValue,
  });
}
