import type { TSESTree } from '@typescript-eslint/types';
import type { TextEdit } from '../finding.js';
import type { StatusValue } from '../status/resolve-status.js';

export type FrameworkId =
  | 'express' | 'koa' | 'fastify' | 'hono' | 'nest' | 'next' | 'node-http' | 'h3' | 'sveltekit'
  | 'remix' | 'elysia' | 'hapi' | 'restify' | 'http-errors' | 'trpc' | 'web' | 'custom-error';

/** What is known about a WWW-Authenticate header on one response. */
export type ChallengeEvidence = 'present' | 'absent' | 'unknown';

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

/** One place where a status is sent or thrown, as every check sees it. */
export interface ResponseSite {
  readonly framework: FrameworkId;
  readonly status: StatusValue;
  readonly delivery: Delivery;
  /** The whole sending expression or statement (the call chain, the `new`, the `throw`). */
  readonly node: TSESTree.Node;
  /** The response object that carries headers (`res`, `reply`, `ctx`, `c`, `set`, `event`), if any. */
  readonly receiver?: TSESTree.Node;
  /** What the site itself says about the challenge: init headers, error props, chained header calls. */
  readonly inlineChallenge: ChallengeEvidence;
  /** Whether headers set earlier on `receiver` reach this response (Koa's error handler drops them). */
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
