import { builtInVocabulary, forbidden401 } from '../auth/identified-requester.js';
import { inNonHttpHook } from '../auth/non-http-hook.js';
import type { Finding, Suggestion } from '../finding.js';
import { addChallengeEdits, challengeNeedAs401 } from '../sites/challenge-need.js';
import { fillChallenge, type ErrorHandler } from '../sites/error-handlers.js';
import { errorHandlersIn } from '../sites/framework-registry.js';
import type { RequireWwwAuthenticateOptions } from '../options/require-www-authenticate.js';
import { DEFAULT_CHALLENGE, type PreparedFile } from './check-context.js';

export type { RequireWwwAuthenticateOptions };

const RULE_ID = 'require-www-authenticate';

/** Adding the challenge for every 401 error in the handler, where its shape allows: one edit for all the errors that reach it. */
function handlerSuggestions(handler: ErrorHandler, challenge: string): Suggestion[] {
  if (!handler.addChallenge) return [];
  const edit = { range: handler.addChallenge.range, text: fillChallenge(handler.addChallenge.text, challenge) };
  return [{ messageId: 'suggestAddChallengeInHandler', data: { challenge, handler: handler.name }, edits: [edit], safe: false }];
}

/** A 401 that leaves without a WWW-Authenticate header on the same response. */
export function checkRequireWwwAuthenticate(file: PreparedFile, options: RequireWwwAuthenticateOptions = {}): Finding[] {
  const context = file.context;
  if (!context) return [];
  const challenge = options.challenge ?? DEFAULT_CHALLENGE;
  const findings: Finding[] = [];
  const errorHandlers = file.sites.some((s) => s.delivery === 'error' && s.status.code === 401) ? errorHandlersIn(context) : [];
  for (const site of file.sites) {
    if (site.status.code !== 401) continue;
    // A Hocuspocus extension or socket gateway closes a connection: there is no HTTP response to challenge.
    if (inNonHttpHook(site.node, context)) continue;
    const need = challengeNeedAs401(site, context, { ...options, errorHandlers });
    if (need === 'none') continue;
    // no-401-for-forbidden's site: the fix is the status, not the header.
    if (forbidden401(site, { ...context, vocabulary: builtInVocabulary() })) continue;
    const edits = addChallengeEdits(site, challenge);
    const suggestions: Suggestion[] = edits
      ? [{ messageId: 'suggestAddChallenge', data: { challenge }, edits, safe: true }]
      : [];
    const handler = need === 'handler-sends-none' ? errorHandlers[0] : undefined;
    if (handler) suggestions.push(...handlerSuggestions(handler, challenge));
    const messageId = handler ? 'errorHandlerSendsNoChallenge' : need === 'dropped' ? 'koaHeadersDropped'
      : site.addHeader.kind === 'advice' ? site.addHeader.advice : 'missingChallenge';
    findings.push({
      ruleId: RULE_ID,
      messageId,
      data: handler ? { challenge, handler: handler.name, line: String(handler.line) } : { challenge },
      range: [site.status.node.range[0], site.status.node.range[1]],
      suggestions,
    });
  }
  return findings;
}
