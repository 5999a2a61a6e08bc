import type { Finding, Suggestion } from '../finding.js';
import { combineEvidence } from '../sites/challenge-headers.js';
import { challengeOnReceiver } from '../sites/receiver-challenge.js';
import type { ChallengeAdvice, ResponseSite } from '../sites/response-site.js';
import type { PreparedFile } from './check-context.js';

export interface RequireWwwAuthenticateOptions {
  /** The challenge the suggested header carries. */
  readonly challenge?: string;
  /** The app adds the header to every 401 error in one central error handler: errors thrown or passed on are fine. */
  readonly errorHandlerAddsChallenge?: boolean;
}

export const DEFAULT_CHALLENGE = 'Bearer';

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

function judge(site: ResponseSite, options: RequireWwwAuthenticateOptions, file: PreparedFile): Verdict {
  if (site.status.code !== 401 || site.delivery === 'guard-deny') return { report: false };
  if (site.delivery === 'error' && options.errorHandlerAddsChallenge) return { report: false };
  if (site.inlineChallenge !== 'absent') return { report: false };
  const onReceiver = challengeOnReceiver(site.receiver, site.node, file.context!);
  if (site.earlierHeadersSurvive) {
    if (combineEvidence(site.inlineChallenge, onReceiver) !== 'absent') return { report: false };
  } else if (onReceiver === 'present') {
    return { report: true, messageId: 'koaHeadersDropped' };
  }
  // Headers set before a Koa throw are dropped whatever sets them, so an unknown write changes nothing.
  const advice = site.addChallenge ? undefined : site.challengeAdvice;
  return { report: true, messageId: advice && advice !== 'koa-headers-dropped' ? ADVICE_MESSAGES[advice] : 'missingChallenge' };
}

/** A 401 that leaves without a WWW-Authenticate header on the same response. */
export function checkRequireWwwAuthenticate(file: PreparedFile, options: RequireWwwAuthenticateOptions = {}): Finding[] {
  if (!file.context) return [];
  const challenge = options.challenge ?? DEFAULT_CHALLENGE;
  const findings: Finding[] = [];
  for (const site of file.sites) {
    const verdict = judge(site, options, file);
    if (!verdict.report) continue;
    const edits = site.addChallenge?.(challenge);
    const suggestions: Suggestion[] = edits && edits.length > 0
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
