import type { TextEdit } from '../finding.js';
import { WWW_AUTHENTICATE } from '../http/header-names.js';
import { headerOnCarrier } from './carrier-headers.js';
import type { ErrorHandler } from './error-handlers.js';
import { combineEvidence } from './header-evidence.js';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';

/**
 * What a site would lack if it answered 401 (whatever it answers now):
 * - `none`: nothing (the challenge is sent, or may be, or the app's error handler adds it);
 * - `missing`: the WWW-Authenticate challenge;
 * - `dropped`: it is set on the response, but the framework drops it on this throw (Koa);
 * - `handler-sends-none`: an error, and the central error handler in view sends no challenge.
 */
export type ChallengeNeed = 'none' | 'missing' | 'dropped' | 'handler-sends-none';

export interface ChallengeNeedOptions {
  /** The app adds the header to every 401 error in one central error handler: errors thrown or passed on are fine. */
  readonly errorHandlerAddsChallenge?: boolean;
  /** The central error handlers in the same file (`errorHandlersIn`): the errors thrown or passed on here reach them. */
  readonly errorHandlers?: readonly ErrorHandler[];
}

export function challengeNeedAs401(site: ResponseSite, context: SiteContext, options: ChallengeNeedOptions = {}): ChallengeNeed {
  if (site.delivery === 'guard-deny') return 'none';
  if (site.delivery === 'error' && options.errorHandlerAddsChallenge) return 'none';
  const onSite = site.headerOnSite(WWW_AUTHENTICATE);
  if (onSite !== 'absent') return 'none';
  const onCarrier = headerOnCarrier(site.headerCarrier, site.node, WWW_AUTHENTICATE, context);
  const handlers = site.delivery === 'error' ? options.errorHandlers ?? [] : [];
  if (handlers.length === 0 && site.silentWithoutHandler) return 'none';
  if (handlers.length > 0) {
    // The app's own handler writes the error response, so headers set earlier stay (even under Koa).
    // One that may add the challenge (or that we cannot read) answers for every error here.
    if (onCarrier !== 'absent') return 'none';
    return handlers.every((h) => h.challenge401 === 'none') ? 'handler-sends-none' : 'none';
  }
  if (site.earlierHeadersSurvive) return combineEvidence(onSite, onCarrier) !== 'absent' ? 'none' : 'missing';
  // Headers set before a Koa throw are dropped whatever sets them, so an unknown write changes nothing.
  return onCarrier === 'present' ? 'dropped' : 'missing';
}

/** The edits that add WWW-Authenticate: `challenge` at the site, where it can take them. */
export function addChallengeEdits(site: ResponseSite, challenge: string): readonly TextEdit[] | undefined {
  if (site.addHeader.kind !== 'edit') return undefined;
  const edits = site.addHeader.build(WWW_AUTHENTICATE, challenge);
  return edits && edits.length > 0 ? edits : undefined;
}

/**
 * The edits that add the challenge to `site` once it answers 401 (a 403 that "use 401" turns around),
 * where the 401 would need it and the framework can take it here. Undefined where the 401 would need
 * no header, or cannot carry one.
 */
export function challengeEditsAs401(site: ResponseSite, context: SiteContext, challenge: string, options: ChallengeNeedOptions = {}): readonly TextEdit[] | undefined {
  return challengeNeedAs401(site, context, options) === 'none' ? undefined : addChallengeEdits(site, challenge);
}
