import { forbidden401 } from '../auth/identified-requester.js';
import { inNonHttpHook } from '../auth/non-http-hook.js';
import { challengesLackingResourceMetadata } from '../auth/mcp-challenge-value.js';
import { mcpResourceMetadataUrl, type ResourceMetadataUrl } from '../auth/mcp-server-file.js';
import { addChallengeWithResourceMetadata, addResourceMetadataToLiteral, challengeWithResourceMetadata } from '../edits/resource-metadata-edits.js';
import { WWW_AUTHENTICATE } from '../http/header-names.js';
import type { Finding, Suggestion, TextEdit } from '../finding.js';
import { addChallengeEdits, challengeNeedAs401 } from '../sites/challenge-need.js';
import { fillChallenge, type ErrorHandler } from '../sites/error-handlers.js';
import { errorHandlersIn } from '../sites/framework-registry.js';
import type { ResponseSite } from '../sites/response-site.js';
import type { SiteContext } from '../sites/site-context.js';
import { sharedVocabulary } from '../auth/check-vocabulary.js';
import type { SharedSettings } from '../options/vocabulary-setting.js';
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

/**
 * An MCP server's 401 whose challenge is sent but names no `resource_metadata` (RFC 9728, section
 * 5.1; MCP authorization 2025-06-18): the parameter added to each literal value, where the URL is known.
 */
function lackingResourceMetadata(site: ResponseSite, context: SiteContext, url: ResourceMetadataUrl): Finding | undefined {
  const values = challengesLackingResourceMetadata(site.node, site.headerCarrier, context);
  if (!values) return undefined;
  const edits = values.map((value) => addResourceMetadataToLiteral(value, url, context));
  const complete = edits.every((edit) => edit !== undefined);
  const parameter = challengeWithResourceMetadata('', url).trim();
  return {
    ruleId: RULE_ID,
    messageId: 'missingResourceMetadata',
    data: { parameter },
    range: [site.status.node.range[0], site.status.node.range[1]],
    suggestions: complete ? [{ messageId: 'suggestAddResourceMetadata', data: { parameter }, edits, safe: false }] : [],
  };
}

/** The add-header edits at a site: the plain challenge, or in an MCP server the challenge with `resource_metadata`. */
function challengeEdits(site: ResponseSite, challenge: string, mcpUrl: ResourceMetadataUrl | undefined): readonly TextEdit[] | undefined {
  if (!mcpUrl) return addChallengeEdits(site, challenge);
  if (site.addHeader.kind !== 'edit') return undefined;
  const { build } = site.addHeader;
  const edits = addChallengeWithResourceMetadata((value) => build(WWW_AUTHENTICATE, value), challenge, mcpUrl);
  return edits && edits.length > 0 ? edits : undefined;
}

/** A 401 that leaves without a WWW-Authenticate header on the same response. */
export function checkRequireWwwAuthenticate(file: PreparedFile, options: RequireWwwAuthenticateOptions & SharedSettings = {}): Finding[] {
  const context = file.context;
  if (!context) return [];
  const findings: Finding[] = [];
  const has401 = file.sites.some((s) => s.status.code === 401);
  const mcpUrl = has401 ? mcpResourceMetadataUrl(context, options.resourceMetadataUrl) : undefined;
  const baseChallenge = options.challenge ?? DEFAULT_CHALLENGE;
  // What the messages show; an MCP server's challenge names its metadata URL.
  const challenge = mcpUrl ? challengeWithResourceMetadata(baseChallenge, mcpUrl) : baseChallenge;
  const errorHandlers = file.sites.some((s) => s.delivery === 'error' && s.status.code === 401) ? errorHandlersIn(context) : [];
  for (const site of file.sites) {
    if (site.status.code !== 401) continue;
    // A Hocuspocus extension or socket gateway closes a connection: there is no HTTP response to challenge.
    if (inNonHttpHook(site.node, context)) continue;
    const need = challengeNeedAs401(site, context, { ...options, errorHandlers });
    const lacking = need === 'none' && mcpUrl && site.delivery !== 'guard-deny' ? lackingResourceMetadata(site, context, mcpUrl) : undefined;
    if (need === 'none' && !lacking) continue;
    // no-401-for-forbidden's site: the fix is the status, not the header. The shared vocabulary is what both
    // rules read; names in no-401-for-forbidden's own options cannot reach here (a rule sees only its own options).
    if (forbidden401(site, { ...context, vocabulary: sharedVocabulary(options) })) continue;
    if (lacking) {
      findings.push(lacking);
      continue;
    }
    const edits = challengeEdits(site, baseChallenge, mcpUrl);
    // A metadata URL read from the file is a guess the user should look at; the rule's option is not.
    const safe = !mcpUrl || Boolean(options.resourceMetadataUrl?.trim());
    const suggestions: Suggestion[] = edits
      ? [{ messageId: 'suggestAddChallenge', data: { challenge }, edits, safe }]
      : [];
    const handler = need === 'handler-sends-none' ? errorHandlers[0] : undefined;
    // A URL that is not a literal cannot go into the handler's quoted challenge.
    if (handler && (!mcpUrl || mcpUrl.kind === 'literal')) suggestions.push(...handlerSuggestions(handler, challenge));
    const messageId = handler ? 'errorHandlerSendsNoChallenge' : need === 'dropped' ? 'koaHeadersDropped'
      : site.addHeader.kind === 'advice' ? site.addHeader.advice : mcpUrl ? 'missingMcpChallenge' : 'missingChallenge';
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
