import type { RuleId } from '../finding.js';
import { CHALLENGE_ADVICE_MESSAGES } from '../sites/framework-registry.js';

/**
 * Every message the checks can produce, by rule and message id. ESLint's `meta.messages` and the
 * editor's diagnostics are both made from this table, with `{{name}}` placeholders filled from
 * `Finding.data`.
 */
export const MESSAGES: Readonly<Record<RuleId, Readonly<Record<string, string>>>> = {
  'no-403-for-unauthenticated': {
    unauthenticated:
      '403 Forbidden is sent here because the requester is not authenticated ({{reason}}); that is 401 Unauthorized. '
      + '401 means "I don\'t know who you are" (logging in could help); 403 means "I know who you are, and the answer is no".',
    guardDeniesUnauthenticated:
      'This guard returns false when the requester is not authenticated ({{reason}}), and Nest answers false with 403 Forbidden. '
      + 'Throw UnauthorizedException (401) for a missing or invalid identity; keep false for permission checks.',
    mixedGuard:
      'One 403 Forbidden answers two different failures: no identity ({{unauthenticated}}) should be 401, '
      + 'a failed permission check ({{forbidden}}) 403. Split the condition.',
    suggestUse401WithChallenge: 'Use 401 Unauthorized ({{replacement}}) and send WWW-Authenticate: {{challenge}}',
    suggestUse401: 'Use 401 Unauthorized ({{replacement}})',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
    suggestSplitGuard: 'Split into a 401 branch for the missing identity and a 403 branch for the permission check',
  },
  'require-www-authenticate': {
    // The frameworks' own advice where a 401 cannot carry the header (each module's `challengeAdvice`); first, so
    // that an id the rule also uses would be overridden, which framework-registry.test.ts catches.
    ...CHALLENGE_ADVICE_MESSAGES,
    missingChallenge:
      'This 401 Unauthorized response has no WWW-Authenticate header. RFC 9110 (section 15.5.2) says the server '
      + 'MUST send one with a 401, naming the scheme the client should authenticate with (e.g. {{challenge}}).',
    koaHeadersDropped:
      'This 401 is thrown after WWW-Authenticate was set on ctx, but Koa\'s error handler removes every header set '
      + 'before a throw. Pass it in the error\'s props: ctx.throw(401, msg, { headers: { \'WWW-Authenticate\': ... } }).',
    errorWithoutHeaders:
      'This 401 error carries no WWW-Authenticate header (RFC 9110, section 15.5.2 requires one), and this form cannot take one. '
      + 'Set it on the response before passing the error on, or use an error with a headers property.',
    errorHandlerSendsNoChallenge:
      'This 401 error goes to the error handler {{handler}} (line {{line}}), which answers without a WWW-Authenticate header '
      + '(RFC 9110, section 15.5.2 requires one with every 401). Add it there for 401 errors, e.g. {{challenge}}.',
    missingMcpChallenge:
      'This MCP server\'s 401 Unauthorized response has no WWW-Authenticate header. RFC 9110 (section 15.5.2) requires one, and the '
      + 'MCP authorization spec requires it to name the protected-resource metadata (RFC 9728, section 5.1) so that clients can start '
      + 'the OAuth flow: WWW-Authenticate: {{challenge}}.',
    missingResourceMetadata:
      'This MCP server\'s 401 sends a WWW-Authenticate challenge without resource_metadata. The MCP authorization spec requires it '
      + '(RFC 9728, section 5.1): without the URL of the protected-resource metadata, MCP clients cannot start the OAuth flow. '
      + 'Add {{parameter}} to the challenge.',
    suggestAddChallenge: 'Add the header: WWW-Authenticate: {{challenge}}',
    suggestAddResourceMetadata: 'Add {{parameter}} to the challenge',
    suggestAddChallengeInHandler: 'Add WWW-Authenticate: {{challenge}} to every 401 error in {{handler}}',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
  },
  'no-401-for-forbidden': {
    forbidden:
      '401 Unauthorized is sent here, but the requester is known and fails a permission check ({{reason}}); that is 403 Forbidden. '
      + 'Logging in again changes nothing (RFC 9110, section 15.5.4), so the client should not be asked to authenticate.',
    mixedGuard:
      'One 401 Unauthorized answers two different failures: no identity ({{unauthenticated}}) is 401, '
      + 'a failed permission check ({{forbidden}}) is 403. Split the condition.',
    insufficientScope:
      'This 401 tells a Bearer client that its token lacks a scope (insufficient_scope); RFC 6750 (section 3.1) answers that '
      + 'with 403 Forbidden (a WWW-Authenticate with error="insufficient_scope" may stay). Only invalid_token is a 401.',
    suggestUse403: 'Use 403 Forbidden ({{replacement}})',
    suggestSplitGuard: 'Split into a 401 branch for the missing identity and a 403 branch for the permission check',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
  },
  'no-403-for-rate-limit': {
    rateLimited:
      '{{status}} is sent here for a rate limit ({{reason}}); that is 429 Too Many Requests (RFC 6585, section 4). '
      + 'A 403 or 401 tells the client that waiting will not help; 429 tells it to slow down, with Retry-After saying when to try again.',
    limiterStatus:
      'This rate limiter answers with {{status}}; a rate limit is 429 Too Many Requests (RFC 6585, section 4), '
      + 'which clients and proxies know to retry later. Leave the status at the library\'s default, 429.',
    suggestUse429WithRetryAfter: 'Use 429 Too Many Requests ({{replacement}}) and send Retry-After: {{seconds}}',
    suggestUse429: 'Use 429 Too Many Requests ({{replacement}})',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
  },
  'require-location': {
    missingLocation:
      'This {{status}} redirect has no Location header, so the client has nowhere to go. RFC 9110 (sections 15.4.2 to 15.4.9) '
      + 'says the server SHOULD send the target URI in Location; the framework\'s redirect helper (res.redirect, ctx.redirect, '
      + 'reply.redirect, c.redirect, Response.redirect) sets it for you.',
    suggestRedirectHelper: 'Send it with {{helper}}, which sets Location: {{url}}',
    suggestAddLocation: 'Add the header: Location: {{url}}',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
  },
  'require-allow': {
    missingAllow:
      'This 405 Method Not Allowed response has no Allow header. RFC 9110 (section 15.5.6) says the origin server MUST '
      + 'send one, listing the methods the resource supports (this file shows {{methods}}).',
    missingAllowUnknownMethods:
      'This 405 Method Not Allowed response has no Allow header. RFC 9110 (section 15.5.6) says the origin server MUST '
      + 'send one, listing the methods the resource supports, e.g. Allow: GET, HEAD, POST (an empty Allow when it supports none).',
    suggestAddAllow: 'Add the header: Allow: {{methods}}',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
  },
  'no-body-with-204-304': {
    contentOnNoContentStatus:
      'This {{status}} {{phrase}} response is given content, but a {{status}} cannot contain any (RFC 9110, section {{section}}): '
      + 'the server ends the response after its headers and the content never reaches the client. Send the {{status}} without it, or send the content with 200 OK.',
    contentThrows:
      'This {{status}} {{phrase}} Response is built with content, but a {{status}} cannot contain any (RFC 9110, section {{section}}), '
      + 'and the Fetch Response constructor throws a TypeError for it at run time. Pass null as the body, or send the content with 200 OK.',
    suggestDropContent: 'Send the {{status}} without content',
    suggestUse200: 'Keep the content and answer 200 OK',
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\'s shape.',
  },
};

/** Fills `{{name}}` placeholders the way ESLint does. */
function formatMessage(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, key: string) => (key in data ? data[key]! : whole));
}

export function messageFor(ruleId: RuleId, messageId: string, data?: Readonly<Record<string, string>>): string {
  const template = MESSAGES[ruleId][messageId];
  if (template === undefined) throw new Error(`authlint: no message ${ruleId}/${messageId}`);
  return formatMessage(template, data);
}
