import type { TSESTree } from '@typescript-eslint/types';
import type { TextEdit } from '../finding.js';
import type { StatusValue } from '../status/resolve-status.js';
import type { HeaderEvidence } from './header-evidence.js';

/**
 * How a status leaves the handler:
 * - `respond`: written on a response object (`res.status(401)`, `new Response(b, { status: 401 })`);
 * - `error`: an error value thrown, returned or passed on (`throw createError(401)`, `next(err)`);
 * - `guard-deny`: a NestJS guard returning false, which Nest turns into a 403.
 */
export type Delivery = 'respond' | 'error' | 'guard-deny';

/** Why a framework cannot take the header at this site, and what the message tells the user instead. */
export type ChallengeAdvice =
  | 'nest-exception' | 'sveltekit-error' | 'trpc-error' | 'koa-headers-dropped' | 'h3-error'
  | 'next-navigation' | 'error-without-headers';

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
  /** Edits that add the challenge in this framework's idiom; undefined where the site cannot take one. */
  readonly addChallenge?: (challenge: string) => readonly TextEdit[] | undefined;
  /** Said instead of an edit where the framework cannot carry the header here. */
  readonly challengeAdvice?: ChallengeAdvice;
  /**
   * For sites that carry their own condition, the value whose falsiness denies:
   * `ctx.assert(ctx.state.user, 401)`, a Nest guard's `return !!request.user`.
   */
  readonly assertedValue?: TSESTree.Node;
  /**
   * Edits that make this site answer 401, where the status is not written as a token that
   * `use401Edits` can rewrite (a Nest guard's `return false`).
   */
  readonly useUnauthorized?: () => readonly TextEdit[] | undefined;
}

/** What a recognizer writes: only what differs from the usual site. */
export type SiteFields = Omit<ResponseSite, 'headerOnSite' | 'earlierHeadersSurvive'>
  & Partial<Pick<ResponseSite, 'headerOnSite' | 'earlierHeadersSurvive'>>;

const NO_HEADERS_ON_SITE = (): HeaderEvidence => 'absent';

/** A site with the usual defaults: the site itself sets no header, and headers set earlier reach the response. */
export function site(fields: SiteFields): ResponseSite {
  return { headerOnSite: NO_HEADERS_ON_SITE, earlierHeadersSurvive: true, ...fields };
}
