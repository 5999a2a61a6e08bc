import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import { NO_HEADER_EDIT, type ResponseSite } from './response-site.js';

/** Is the status one arm of a `?:` (`res.status(req.user ? 200 : 401)`, as resolveStatus reads it)? */
function isConditionalArm(status: TSESTree.Node, index: AstIndex): boolean {
  let parent = index.parentOf(status);
  while (parent && (parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSSatisfiesExpression')) parent = index.parentOf(parent);
  return parent?.type === 'ConditionalExpression' && parent.test !== status;
}

/**
 * A site whose status is chosen by a condition answers the other arm too, so a header added to
 * the response (WWW-Authenticate, Retry-After) would go out with the success as well: none is offered.
 * The status edit changes only the arm.
 */
export function conditionalStatusSite(site: ResponseSite, index: AstIndex): ResponseSite {
  return isConditionalArm(site.status.node, index) ? { ...site, addHeader: NO_HEADER_EDIT } : site;
}
