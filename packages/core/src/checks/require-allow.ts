import type { Finding, Suggestion } from '../finding.js';
import { ALLOW } from '../http/header-names.js';
import { allowedMethodsAt } from '../sites/allowed-methods.js';
import { headerOnCarrier } from '../sites/carrier-headers.js';
import type { ResponseSite } from '../sites/response-site.js';
import type { SiteContext } from '../sites/site-context.js';
import { statusWords } from '../status/status-words.js';
import type { PreparedFile } from './check-context.js';

const RULE_ID = 'require-allow';

/** The prefilter: a file without these words sends no 405. */
export const REQUIRE_ALLOW_WORDS = statusWords([405]);

function lacksAllow(site: ResponseSite, context: SiteContext): boolean {
  return site.headerOnSite(ALLOW) === 'absent' && headerOnCarrier(site.headerCarrier, site.node, ALLOW, context) === 'absent';
}

/**
 * A 405 Method Not Allowed sent on a response without Allow. The suggestion lists the methods the
 * file shows for the same resource; where it shows none, the message says what to list.
 */
export function checkRequireAllow(file: PreparedFile): Finding[] {
  const context = file.context;
  if (!context) return [];
  const findings: Finding[] = [];
  for (const site of file.sites) {
    if (site.status.code !== 405 || site.delivery !== 'respond' || !lacksAllow(site, context)) continue;
    const methods = allowedMethodsAt(site.node, context)?.join(', ');
    const edits = methods !== undefined && site.addHeader.kind === 'edit' ? site.addHeader.build(ALLOW, methods) : undefined;
    const suggestions: Suggestion[] = edits && edits.length > 0 && methods !== undefined
      ? [{ messageId: 'suggestAddAllow', data: { methods }, edits, safe: true }]
      : [];
    findings.push({
      ruleId: RULE_ID,
      messageId: methods === undefined ? 'missingAllowUnknownMethods' : 'missingAllow',
      data: methods === undefined ? {} : { methods },
      range: [site.status.node.range[0], site.status.node.range[1]],
      suggestions,
    });
  }
  return findings;
}
