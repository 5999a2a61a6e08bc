import type { RuleId } from '../finding.js';

/** Where each rule's page lives: ESLint's `meta.docs.url` and the editor's diagnostic links both point here. */
const RULE_DOCS_BASE_URL = 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/';

export function ruleDocsUrl(ruleId: RuleId | string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}

/** The rule's name as ESLint configs, disable comments and the editor's diagnostics spell it. */
export function qualifiedRuleName(ruleId: RuleId): `authlint/${RuleId}` {
  return `authlint/${ruleId}`;
}

/** Each rule's one-line summary, written once: the ESLint plugin's `meta.docs.description` (createCoreRule reads it) and the editor's hovers. */
export const RULE_SUMMARIES: Readonly<Record<RuleId, string>> = {
  'no-403-for-unauthenticated': 'Disallow 403 Forbidden where the requester is not authenticated (that is 401 Unauthorized)',
  'require-www-authenticate': 'Require a WWW-Authenticate header on every 401 Unauthorized response (RFC 9110, section 15.5.2)',
  'no-401-for-forbidden': 'Disallow 401 Unauthorized for a known requester who lacks permission (that is 403 Forbidden)',
  'no-403-for-rate-limit': 'Disallow 403 Forbidden or 401 Unauthorized for a rate limit (that is 429 Too Many Requests)',
  'require-location': 'Require a Location header on 301, 302, 303, 307 and 308 redirects',
  'require-allow': 'Require an Allow header on 405 Method Not Allowed responses',
  'no-body-with-204-304': 'Disallow content on 204 No Content and 304 Not Modified responses',
};
