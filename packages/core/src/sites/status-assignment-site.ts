import type { TSESTree } from '@typescript-eslint/types';
import type { HeaderEdits } from '../edits/header-edits.js';
import type { StatusValue } from '../status/resolve-status.js';
import type { HeaderEvidence } from './header-evidence.js';
import type { SentContent } from './sent-content.js';
import { headerEditIfAny, site, type ResponseSite } from './response-site.js';

/** What differs between frameworks when a status is written onto the response object. */
export interface StatusAssignment {
  readonly assignment: TSESTree.AssignmentExpression;
  readonly status: StatusValue;
  /** The object assigned to (`res`, `ctx`, `event.res`, Elysia's `set`): it carries the headers. */
  readonly receiver: TSESTree.Node;
  /** The framework's header statement before the assignment, where it has one. */
  readonly addHeader: HeaderEdits | undefined;
  readonly headerOnSite?: (name: string) => HeaderEvidence;
  /** The content sent with the status, where the framework can tell (`ctx.body = x` beside `ctx.status = 204`). */
  readonly sentContent?: () => SentContent | undefined;
}

/**
 * A status written onto the response object (`res.statusCode = 401`, `ctx.status = 401`,
 * `event.res.status = 401`, `set.status = 401`): the site is the assignment, and the response is sent later.
 */
export function statusAssignmentSite({ assignment, status, receiver, addHeader, headerOnSite, sentContent }: StatusAssignment): ResponseSite {
  return site({
    status,
    delivery: 'respond',
    node: assignment,
    headerCarrier: receiver,
    addHeader: headerEditIfAny(addHeader),
    ...(headerOnSite && { headerOnSite }),
    ...(sentContent && { sentContent }),
  });
}
