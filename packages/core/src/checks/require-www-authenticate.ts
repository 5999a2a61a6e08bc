import type { Finding, Suggestion, TextEdit } from '../finding.js';
import { WWW_AUTHENTICATE } from '../http/header-names.js';
import { headerOnCarrier } from '../sites/carrier-headers.js';
import { combineEvidence } from '../sites/header-evidence.js';
import type { ChallengeAdvice, ResponseSite } from '../sites/response-site.js';
import { DEFAULT_CHALLENGE, type ChallengeOption, type PreparedFile } from './check-context.js';

export interface RequireWwwAuthenticateOptions extends ChallengeOption {
  /** The app adds the header to every 401 error in one central error handler: errors thrown or passed on are fine. */
  readonly errorHandlerAddsChallenge?: boolean;
}

const RULE_ID = 'require-www-authenticate';

const ADVICE_MESSAGES: Readonly<Record<ChallengeAdvice, string>> = {
  'nest-exception': 'nestException',
  'sveltekit-error': 'sveltekitError',
  'trpc-error': 'trpcError',
  'koa-headers-dropped': 'koaHeadersDropped',
  'h3-error': 'h3Error',
  'next-navigation': 'nextNavigation',
  'error-without-headers': 'errorWithoutHeaders',
};

type Verdict = { report: false } | { report: true; messageId: string };

/** What the check says about `site` if it answers 401, whatever its status now. */
function judgeAs401(site: ResponseSite, options: RequireWwwAuthenticateOptions, file: PreparedFile): Verdict {
  if (site.delivery === 'guard-deny') return { report: false };
  if (site.delivery === 'error' && options.errorHandlerAddsChallenge) return { report: false };
  const onSite = site.headerOnSite(WWW_AUTHENTICATE);
  if (onSite !== 'absent') return { report: false };
  const onCarrier = headerOnCarrier(site.headerCarrier, site.node, WWW_AUTHENTICATE, file.context!);
  if (site.earlierHeadersSurvive) {
    if (combineEvidence(onSite, onCarrier) !== 'absent') return { report: false };
  } else if (onCarrier === 'present') {
    return { report: true, messageId: 'koaHeadersDropped' };
  }
  // Headers set before a Koa throw are dropped whatever sets them, so an unknown write changes nothing.
  const advice = site.addChallenge ? undefined : site.challengeAdvice;
  return { report: true, messageId: advice && advice !== 'koa-headers-dropped' ? ADVICE_MESSAGES[advice] : 'missingChallenge' };
}

function judge(site: ResponseSite, options: RequireWwwAuthenticateOptions, file: PreparedFile): Verdict {
  return site.status.code === 401 ? judgeAs401(site, options, file) : { report: false };
}

function nonEmpty(edits: readonly TextEdit[] | undefined): readonly TextEdit[] | undefined {
  return edits && edits.length > 0 ? edits : undefined;
}

/**
 * The edits that add the challenge to `site` once it answers 401 (a 403 that "use 401" turns around),
 * where this check would then ask for the header and the framework can take it here. Undefined where
 * the 401 would need no header, or cannot carry one.
 */
export function challengeEditsAs401(site: ResponseSite, file: PreparedFile, challenge = DEFAULT_CHALLENGE): readonly TextEdit[] | undefined {
  return judgeAs401(site, {}, file).report ? nonEmpty(site.addChallenge?.(challenge)) : undefined;
}

/** A 401 that leaves without a WWW-Authenticate header on the same response. */
export function checkRequireWwwAuthenticate(file: PreparedFile, options: RequireWwwAuthenticateOptions = {}): Finding[] {
  if (!file.context) return [];
  const challenge = options.challenge ?? DEFAULT_CHALLENGE;
  const findings: Finding[] = [];
  for (const site of file.sites) {
    const verdict = judge(site, options, file);
    if (!verdict.report) continue;
    const edits = nonEmpty(site.addChallenge?.(challenge));
    const suggestions: Suggestion[] = edits
      ? [{ messageId: 'suggestAddChallenge', data: { challenge }, edits, safe: true }]
      : [];
    findings.push({
      ruleId: RULE_ID,
      messageId: verdict.messageId,
      data: { challenge },
      range: [site.status.node.range[0], site.status.node.range[1]],
      suggestions,
    });
  }
  return findings;
}
