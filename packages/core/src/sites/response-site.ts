import type { TSESTree } from '@typescript-eslint/types';
import type { HeaderEdits } from '../edits/header-edits.js';
import type { TextEdit } from '../finding.js';
import type { StatusValue } from '../status/resolve-status.js';
import type { HeaderEvidence } from './header-evidence.js';
import type { RedirectTarget } from './redirect-evidence.js';
import type { SentContent } from './sent-content.js';

/**
 * How a status leaves the handler:
 * - `respond`: written on a response object (`res.status(401)`, `new Response(b, { status: 401 })`);
 * - `error`: an error value thrown, returned or passed on (`throw createError(401)`, `next(err)`);
 * - `guard-deny`: a NestJS guard returning false, which Nest turns into a 403.
 */
export type Delivery = 'respond' | 'error' | 'guard-deny';

/**
 * Why a framework cannot take a header at this site, and what the message tells the user instead: the id
 * of a require-www-authenticate message, declared by the framework module's `challengeAdvice`
 * (`errorWithoutHeaders` is the generic one, for error forms without headers).
 */
export type HeaderAdvice = string;

/**
 * Whether a header can be added at the site, known without building any edit:
 * - `edit`: `build(name, value)` writes it in the framework's idiom;
 * - `advice`: the framework cannot carry a header here, and the message says what to do instead;
 * - `none`: no edit and nothing particular to advise.
 */
export type AddHeader =
  | { readonly kind: 'edit'; readonly build: HeaderEdits }
  | { readonly kind: 'advice'; readonly advice: HeaderAdvice }
  | { readonly kind: 'none' };

export const NO_HEADER_EDIT: AddHeader = { kind: 'none' };

export function headerEdit(build: HeaderEdits): AddHeader {
  return { kind: 'edit', build };
}

/** A header edit where `build` exists, else none. */
export function headerEditIfAny(build: HeaderEdits | undefined): AddHeader {
  return build ? headerEdit(build) : NO_HEADER_EDIT;
}

export function headerAdvice(advice: HeaderAdvice): AddHeader {
  return { kind: 'advice', advice };
}

/** One place where a status is sent or thrown, as every check sees it. Recognizers build it with `site()`. */
export interface ResponseSite {
  readonly status: StatusValue;
  readonly delivery: Delivery;
  /** The whole sending expression or statement (the call chain, the `new`, the `throw`). */
  readonly node: TSESTree.Node;
  /**
   * The object whose header writes elsewhere in the handler reach this response, as the carrier scan
   * (`headerOnCarrier`) reads them: the response (`res`, `reply`, `ctx`, `c`), h3's `event`, Elysia's
   * `set`, tRPC's `ctx`, or the variable holding a Boom error (`err.output.headers[H] = v`).
   */
  readonly headerCarrier?: TSESTree.Node;
  /** What the site itself says about header `name`: init headers, error props, chained header calls. */
  readonly headerOnSite: (name: string) => HeaderEvidence;
  /** Whether headers set earlier on `headerCarrier` reach this response (Koa's error handler drops them). */
  readonly earlierHeadersSurvive: boolean;
  /** How a header is added here (WWW-Authenticate on a 401, Retry-After on a 429, ...). */
  readonly addHeader: AddHeader;
  /**
   * For sites that carry their own condition, the value whose falsiness denies:
   * `ctx.assert(ctx.state.user, 401)`, a Nest guard's `return !!request.user`.
   */
  readonly assertedValue?: TSESTree.Node;
  /**
   * An error whose response only the app's central error handler tells (a plain object passed to
   * `next`): with no handler in view, nothing is said about its headers.
   */
  readonly silentWithoutHandler?: boolean;
  /** How the site is made to answer another status (`setStatusEdits`). */
  readonly setStatus: StatusRewrite;
  /**
   * The content the site surely sends with its status (`res.status(204).json(x)`), read when asked
   * (sent-content.ts); undefined where there is none or it cannot be known, which no check reports.
   */
  readonly sentContent: () => SentContent | undefined;
  /**
   * The edits that send this response through the framework's redirect helper to `target`, keeping
   * its status (`res.status(302).end()` -> `res.redirect(302, url)`); absent, or undefined, where the
   * helper would drop a part of the response or cannot take the target.
   */
  readonly redirectTo?: (target: RedirectTarget) => RedirectRewrite | undefined;
}

/** A redirect-helper rewrite: its edits, and the helper's name for the message (`res.redirect`). */
interface RedirectRewrite {
  readonly helper: string;
  readonly edits: readonly TextEdit[];
}

/**
 * How a site is made to answer status `to`:
 * - `default`: `rewriteStatus` rewrites the status token in the author's form;
 * - `custom`: the framework's own edits, where the status is not one token (a Nest guard's
 *   `return false`), or more than the token changes (a reason phrase beside it, a class that does not exist for `to`);
 * - `none`: no rewrite is right here.
 */
export type StatusRewrite =
  | { readonly kind: 'default' }
  | { readonly kind: 'custom'; readonly edits: (to: number) => readonly TextEdit[] | undefined }
  | { readonly kind: 'none' };

const DEFAULT_STATUS_REWRITE: StatusRewrite = { kind: 'default' };

export function customStatusRewrite(edits: (to: number) => readonly TextEdit[] | undefined): StatusRewrite {
  return { kind: 'custom', edits };
}

/** What a recognizer writes: only what differs from the usual site. */
type Defaulted = 'headerOnSite' | 'earlierHeadersSurvive' | 'addHeader' | 'setStatus' | 'sentContent';
export type SiteFields = Omit<ResponseSite, Defaulted> & Partial<Pick<ResponseSite, Defaulted>>;

const NO_HEADERS_ON_SITE = (): HeaderEvidence => 'absent';
const CONTENT_UNKNOWN = (): SentContent | undefined => undefined;

/**
 * A site with the usual defaults: the site itself sets no header, headers set earlier reach the
 * response, no header edit is offered, the status token is rewritten in the author's form, and
 * what content it sends is not known.
 */
export function site(fields: SiteFields): ResponseSite {
  return {
    headerOnSite: NO_HEADERS_ON_SITE, earlierHeadersSurvive: true, addHeader: NO_HEADER_EDIT, setStatus: DEFAULT_STATUS_REWRITE, sentContent: CONTENT_UNKNOWN,
    ...fields,
  };
}
