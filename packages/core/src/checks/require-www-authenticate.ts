import { builtInVocabulary, forbidden401 } from '../auth/identified-requester.js';
import type { Finding, Suggestion } from '../finding.js';
import { addChallengeEdits, challengeNeedAs401 } from '../sites/challenge-need.js';
import type { HeaderAdvice } from '../sites/response-site.js';
import type { RequireWwwAuthenticateOptions } from '../options/require-www-authenticate.js';
import { DEFAULT_CHALLENGE, type PreparedFile } from './check-context.js';

export type { RequireWwwAuthenticateOptions };

const RULE_ID = 'require-www-authenticate';

const ADVICE_MESSAGES: Readonly<Record<HeaderAdvice, string>> = {
  'nest-exception': 'nestException',
  'sveltekit-error': 'sveltekitError',
  'trpc-error': 'trpcError',
  'h3-error': 'h3Error',
  'next-navigation': 'nextNavigation',
  'error-without-headers': 'errorWithoutHeaders',
};

/** A 401 that leaves without a WWW-Authenticate header on the same response. */
export function checkRequireWwwAuthenticate(file: PreparedFile, options: RequireWwwAuthenticateOptions = {}): Finding[] {
  const context = file.context;
  if (!context) return [];
  const challenge = options.challenge ?? DEFAULT_CHALLENGE;
  const findings: Finding[] = [];
  for (const site of file.sites) {
    if (site.status.code !== 401) continue;
    const need = challengeNeedAs401(site, context, options);
    if (need === 'none') continue;
    // no-401-for-forbidden's site: the fix is the status, not the header.
    if (forbidden401(site, { ...context, vocabulary: builtInVocabulary() })) continue;
    const edits = addChallengeEdits(site, challenge);
    const suggestions: Suggestion[] = edits
      ? [{ messageId: 'suggestAddChallenge', data: { challenge }, edits, safe: true }]
      : [];
    const messageId = need === 'dropped' ? 'koaHeadersDropped'
      : site.addHeader.kind === 'advice' ? ADVICE_MESSAGES[site.addHeader.advice] : 'missingChallenge';
    findings.push({
      ruleId: RULE_ID,
      messageId,
      data: { challenge },
      range: [site.status.node.range[0], site.status.node.range[1]],
      suggestions,
    });
  }
  return findings;
}
