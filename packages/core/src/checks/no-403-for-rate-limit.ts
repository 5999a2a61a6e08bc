import { limiterStatusOptions, rateLimitEvidence, type RateLimitEvidence } from '../auth/rate-limit.js';
import { checkVocabulary } from '../auth/check-vocabulary.js';
import type { SharedSettings } from '../options/vocabulary-setting.js';
import { combineEdits } from '../edits/combine-edits.js';
import { retryAfterEdits } from '../edits/retry-after.js';
import { rewriteStatus } from '../edits/rewrite-status.js';
import type { Finding, Suggestion } from '../finding.js';
import { setStatusEdits } from '../sites/set-status.js';
import type { ResponseSite } from '../sites/response-site.js';
import { resolveStatus } from '../status/resolve-status.js';
import type { No403ForRateLimitOptions } from '../options/no-403-for-rate-limit.js';
import type { CheckContext, PreparedFile } from './check-context.js';

export type { No403ForRateLimitOptions };

const RULE_ID = 'no-403-for-rate-limit';

const REFUSALS: Readonly<Record<number, string>> = { 401: '401 Unauthorized', 403: '403 Forbidden' };

/**
 * "Use 429 and send Retry-After" first where the code knows when the limit resets and the library
 * does not send the header itself, then the plain "Use 429".
 */
function use429Suggestions(site: ResponseSite, evidence: RateLimitEvidence, context: CheckContext): Suggestion[] {
  const edits = setStatusEdits(site, 429, context);
  if (!edits || edits.length === 0) return [];
  const replacement = edits[0]!.text;
  const plain: Suggestion = { messageId: 'suggestUse429', data: { replacement }, edits, safe: false };
  const seconds = evidence.libraryHeaders ? undefined : evidence.retryAfterSeconds;
  const header = seconds !== undefined && site.addHeader.kind === 'edit' ? retryAfterEdits(site.addHeader.build, seconds) : undefined;
  const combined = header && combineEdits(context.text, edits, header);
  return combined && seconds !== undefined
    ? [{ messageId: 'suggestUse429WithRetryAfter', data: { replacement, seconds }, edits: combined, safe: false }, plain]
    : [plain];
}

/**
 * A 403 or 401 sent or thrown from a rate-limit, quota, throttle or too-many-attempts branch, and a
 * rate-limit library told to answer 403 or 401 (RFC 6585, section 4: that is 429 Too Many Requests).
 */
export function checkNo403ForRateLimit(file: PreparedFile, options: No403ForRateLimitOptions & SharedSettings = {}): Finding[] {
  if (!file.context) return [];
  const context: CheckContext = { ...file.context, vocabulary: checkVocabulary(options) };
  const findings: Finding[] = [];
  const reported = new Set<number>();
  for (const site of file.sites) {
    const refusal = REFUSALS[site.status.code];
    if (!refusal) continue;
    const evidence = rateLimitEvidence(site, context);
    if (!evidence) continue;
    const range: [number, number] = [site.status.node.range[0], site.status.node.range[1]];
    reported.add(range[0]);
    findings.push({
      ruleId: RULE_ID, messageId: 'rateLimited', data: { status: refusal, reason: evidence.reason }, range,
      suggestions: use429Suggestions(site, evidence, context),
    });
  }
  for (const property of limiterStatusOptions(context)) {
    const status = resolveStatus(property.value, context.constants);
    const refusal = status && REFUSALS[status.code];
    if (!status || !refusal || reported.has(status.node.range[0])) continue;
    const edits = rewriteStatus(status, 429, context);
    findings.push({
      ruleId: RULE_ID, messageId: 'limiterStatus', data: { status: refusal }, range: [status.node.range[0], status.node.range[1]],
      suggestions: edits ? [{ messageId: 'suggestUse429', data: { replacement: edits[0]!.text }, edits, safe: false }] : [],
    });
  }
  return findings.sort((a, b) => a.range[0] - b.range[0]);
}
