import { messageFor, qualifiedRuleName, RULE_IDS, RULE_SUMMARIES, ruleDocsUrl, type Finding, type RuleId } from '@authlint/core';
import type { DocumentAnalysis } from './analyze-document.js';
import { directivesOf, type Directive, type SuppressedFinding } from './disable-directives.js';
import { escapeMarkdown } from './hover-markdown.js';
import type { RangeData } from './positions.js';

export interface DisableCommentHover {
  readonly markdown: string;
  /** The comment's range. */
  readonly range: RangeData;
  /** The authlint rules the comment names, in the order written. */
  readonly rules: readonly RuleId[];
  /** The findings this comment keeps from being reported. */
  readonly suppressed: readonly Finding[];
}

/** Findings listed per rule; a block directive over a long file may hide many. */
const MAX_LISTED = 5;

const SCOPE: Readonly<Record<Directive['kind'], string>> = {
  'disable-next-line': 'on the next line',
  'disable-line': 'on this line',
  'disable': 'from here on',
  'enable': '',
};

function ruleNamedIn(name: string): RuleId | undefined {
  return RULE_IDS.find((id) => qualifiedRuleName(id) === name);
}

/**
 * The hover on an `eslint-disable*` comment that names authlint rules: per rule its one-line
 * summary, a link to its page, and what it would report where the comment applies (the findings the
 * comment suppresses). Undefined elsewhere, for comments that name no authlint rule (a bare
 * `eslint-disable` names every rule: the hover stays with ESLint's own), and when hovers are off.
 */
export function disableCommentHoverAt(analysis: DocumentAnalysis, offset: number): DisableCommentHover | undefined {
  if (!analysis.settings.hoverEnabled || !analysis.program) return undefined;
  const directive = directivesOf(analysis.program.comments, analysis.input.text)
    .find((d) => d.kind !== 'enable' && d.comment.range[0] <= offset && offset < d.comment.range[1]);
  if (!directive) return undefined;
  const rules = [...new Set(directive.rules.flatMap((name) => ruleNamedIn(name) ?? []))];
  if (rules.length === 0) return undefined;
  const suppressed = analysis.suppressed.filter((s: SuppressedFinding) => s.directiveOffset === directive.offset).map((s) => s.finding);
  const parts = rules.map((rule) => ruleSection(rule, directive, suppressed.filter((f) => f.ruleId === rule), analysis));
  return {
    markdown: parts.join('\n\n---\n\n'),
    range: analysis.lines.rangeAt(directive.comment.range),
    rules,
    suppressed,
  };
}

function ruleSection(rule: RuleId, directive: Directive, findings: readonly Finding[], analysis: DocumentAnalysis): string {
  const name = qualifiedRuleName(rule);
  const lines = [`**${name}** · [documentation](${ruleDocsUrl(rule)})`, '', escapeMarkdown(RULE_SUMMARIES[rule])];
  const scope = SCOPE[directive.kind];
  if (analysis.settings.severity[rule] === 'off') {
    lines.push('', `The rule is off here (authlint.severity.${rule} or the project's ESLint config): nothing to suppress.`);
  } else if (findings.length === 0) {
    lines.push('', `Suppresses nothing ${scope}: the rule reports nothing there.`);
  } else {
    lines.push('', `Suppressed ${scope}:`, '');
    for (const finding of findings.slice(0, MAX_LISTED)) {
      const line = analysis.lines.positionAt(finding.range[0]).line + 1;
      lines.push(`- line ${line}: ${escapeMarkdown(messageFor(finding.ruleId, finding.messageId, finding.data))}`);
    }
    if (findings.length > MAX_LISTED) lines.push(`- and ${findings.length - MAX_LISTED} more`);
  }
  return lines.join('\n');
}
