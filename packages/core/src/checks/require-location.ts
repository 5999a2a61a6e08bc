import type { Finding, Suggestion, TextEdit } from '../finding.js';
import { quote } from '../edits/text-edits.js';
import { LOCATION } from '../http/header-names.js';
import { headerOnCarrier } from '../sites/carrier-headers.js';
import { locationSetByRedirectMethod, urlInScope, type RedirectTarget } from '../sites/redirect-evidence.js';
import type { ResponseSite } from '../sites/response-site.js';
import type { SiteContext } from '../sites/site-context.js';
import { statusWords } from '../status/status-words.js';
import type { PreparedFile } from './check-context.js';

const RULE_ID = 'require-location';

/** The redirects RFC 9110 gives a Location (sections 15.4.2 to 15.4.9); 300 and 304 are no redirects to one place. */
const REDIRECTS: readonly number[] = [301, 302, 303, 307, 308];
const REDIRECT_STATUS: ReadonlySet<number> = new Set(REDIRECTS);

/** The prefilter: a file without these words sends no redirect status. */
export const REQUIRE_LOCATION_WORDS = statusWords(REDIRECTS);

/** Stands for the URL expression while the site's header edit is built, which quotes values as strings. */
const URL_PLACEHOLDER = 'authlint:location-url';

/** The edits that add `Location: <url>` where `url` is a variable, in the framework's own header idiom. */
function locationEdits(site: ResponseSite, url: string): readonly TextEdit[] | undefined {
  if (site.addHeader.kind !== 'edit') return undefined;
  const edits = site.addHeader.build(LOCATION, URL_PLACEHOLDER);
  if (!edits || edits.length === 0) return undefined;
  const quoted = quote(URL_PLACEHOLDER);
  if (!edits.some((e) => e.text.includes(quoted))) return undefined;
  return edits.map((e) => ({ ...e, text: e.text.split(quoted).join(url) }));
}

/**
 * First the rewrite to the framework's redirect helper, where the site has one that keeps the rest
 * of the response (it writes its own short body, so it is not safe), then the added header.
 */
function suggestionsFor(site: ResponseSite, target: RedirectTarget): Suggestion[] {
  const url = target.expression;
  const suggestions: Suggestion[] = [];
  const rewrite = site.redirectTo?.(target);
  if (rewrite && rewrite.edits.length > 0) {
    suggestions.push({ messageId: 'suggestRedirectHelper', data: { url, helper: rewrite.helper }, edits: rewrite.edits, safe: false });
  }
  const edits = locationEdits(site, url);
  if (edits) suggestions.push({ messageId: 'suggestAddLocation', data: { url }, edits, safe: true });
  return suggestions;
}

function lacksLocation(site: ResponseSite, context: SiteContext): boolean {
  if (site.headerOnSite(LOCATION) !== 'absent') return false;
  if (headerOnCarrier(site.headerCarrier, site.node, LOCATION, context) !== 'absent') return false;
  return !locationSetByRedirectMethod(site.headerCarrier, site.node, context);
}

/**
 * A 301, 302, 303, 307 or 308 sent without Location on the same response. The frameworks'
 * redirect helpers set it and are no sites; a redirect method called on the response in the same
 * handler counts as setting it.
 */
export function checkRequireLocation(file: PreparedFile): Finding[] {
  const context = file.context;
  if (!context) return [];
  const findings: Finding[] = [];
  for (const site of file.sites) {
    const code = site.status.code;
    if (!REDIRECT_STATUS.has(code) || site.delivery !== 'respond') continue;
    if (!lacksLocation(site, context)) continue;
    const target = urlInScope(site.node, context);
    const suggestions: Suggestion[] = target ? suggestionsFor(site, target) : [];
    findings.push({
      ruleId: RULE_ID,
      messageId: 'missingLocation',
      data: { status: String(code) },
      range: [site.status.node.range[0], site.status.node.range[1]],
      suggestions,
    });
  }
  return findings;
}
