import { AUTH_STATUS_GUIDE, messageFor, qualifiedRuleName, ruleDocsUrl, type Finding, type StatusHover, type StatusInfo } from '@authlint/core';

const CLASS_LABELS: Readonly<Record<StatusInfo['statusClass'], string>> = {
  'informational': 'Informational (1xx)',
  'success': 'Success (2xx)',
  'redirection': 'Redirection (3xx)',
  'client-error': 'Client error (4xx)',
  'server-error': 'Server error (5xx)',
};

const REQUIREMENT_WORDS = { must: 'MUST', should: 'SHOULD', may: 'MAY' } as const;

/** Codes whose hover carries the 401-versus-403 guide. */
const AUTH_CODES: ReadonlySet<number> = new Set([401, 403]);

/** Escapes text that comes from source code or messages so Markdown shows it as written. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
  // A paragraph that starts like a heading, a list or a quote would become one.
  return escaped.replace(/^(?=[#+-]|\d+[.)])/, '\\');
}

function link(title: string, url: string): string {
  return `[${escapeMarkdown(title)}](${url})`;
}

/**
 * The hover for a status value, as Markdown: code and phrase, class, our summary, the 401-versus-403
 * guide for those two codes, what the spec asks of the response (Allow on a 405, Location on a redirect,
 * no content on a 204 or 304), the headers the spec ties to the status, links to the spec and to MDN,
 * and the authlint findings at that spot. Pure: the same inputs give the same text.
 */
export function hoverMarkdown(hover: StatusHover, findings: readonly Finding[] = []): string {
  const { info } = hover;
  const parts: string[] = [];
  const usage = hover.usage === 'comparison' ? 'compared here' : 'sent here';
  parts.push(`**${info.code} ${escapeMarkdown(info.phrase)}** · ${CLASS_LABELS[info.statusClass]} · ${usage}`);
  parts.push(escapeMarkdown(info.summary));

  if (AUTH_CODES.has(info.code)) {
    const guide = AUTH_STATUS_GUIDE;
    parts.push([
      '**401 or 403?**',
      '',
      `- ${escapeMarkdown(guide.meaningOf401)}`,
      `- ${escapeMarkdown(guide.meaningOf403)}`,
      '',
      ...guide.bullets.map((b) => `- ${escapeMarkdown(b)}`),
    ].join('\n'));
  }

  if (info.asks.length > 0) {
    parts.push(['**What the spec asks**', '', ...info.asks.map((a) => `- ${escapeMarkdown(a)}`)].join('\n'));
  }

  if (info.headers.length > 0) {
    parts.push([
      '**Headers**',
      '',
      ...info.headers.map((h) => `- \`${h.name}\` (${REQUIREMENT_WORDS[h.requirement]}): ${escapeMarkdown(h.note)}`),
    ].join('\n'));
  }

  const links = [link(info.spec.title, info.spec.url)];
  if (info.mdn) links.push(link(`MDN: ${info.code} ${info.phrase}`, info.mdn));
  parts.push(links.join(' · '));

  for (const finding of findings) {
    const rule = qualifiedRuleName(finding.ruleId);
    parts.push(`---\n\n**authlint** ${link(rule, ruleDocsUrl(finding.ruleId))}: ${escapeMarkdown(messageFor(finding.ruleId, finding.messageId, finding.data))}`);
  }
  return parts.join('\n\n');
}
