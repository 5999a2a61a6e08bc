import { messageFor, qualifiedRuleName, sortEdits, type Finding, type RuleId, type Suggestion, type TextEdit } from '@authlint/core';
import { CommandId } from './command-id.js';
import { LineIndex } from './positions.js';

export const FIX_ALL_KIND = 'source.fixAll.authlint';

/** A code action as plain data; edits are offsets into the analysed text. */
export interface CodeActionData {
  readonly title: string;
  readonly kind: 'quickfix' | typeof FIX_ALL_KIND;
  readonly isPreferred?: boolean;
  readonly edits?: readonly TextEdit[];
  readonly command?: { readonly command: string; readonly title: string; readonly arguments: readonly unknown[] };
  /** The finding the action answers (quick fixes only). */
  readonly finding?: Finding;
}

export function suggestionTitle(ruleId: RuleId, suggestion: Suggestion): string {
  return `${messageFor(ruleId, suggestion.messageId, suggestion.data)} (${qualifiedRuleName(ruleId)})`;
}

/** The suggestion to prefer: the first safe one, else the first (the "safest" on offer). */
export function preferredSuggestion(suggestions: readonly Suggestion[]): Suggestion | undefined {
  return suggestions.find((s) => s.safe) ?? suggestions[0];
}

function endOfLineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

const NEXT_LINE_DIRECTIVE = /^([ \t]*)\/\/\s*eslint-disable-next-line(?=\s|$)([^\r\n]*)$/;

/**
 * Inserts `// eslint-disable-next-line authlint/<rule>` above the finding's line, indented like it;
 * when the line above is already such a comment naming other rules, the rule is added to it.
 */
export function disableLineEdit(finding: Finding, text: string, lines = new LineIndex(text)): TextEdit {
  const rule = qualifiedRuleName(finding.ruleId);
  const line = lines.lineOf(finding.range[0]);
  const start = lines.lineStart(line);
  if (line > 0) {
    const aboveStart = lines.lineStart(line - 1);
    const aboveEnd = lines.lineEnd(line - 1);
    const match = NEXT_LINE_DIRECTIVE.exec(text.slice(aboveStart, aboveEnd));
    if (match) {
      const rest = match[2]!;
      const description = /\s-{2,}\s/.exec(rest);
      const rulesPart = description ? rest.slice(0, description.index) : rest;
      if (rulesPart.trim() !== '') {
        const at = aboveStart + match[0].length - rest.length + rulesPart.trimEnd().length;
        return { range: [at, at], text: `, ${rule}` };
      }
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(start, lines.lineEnd(line)))![0];
  return { range: [start, start], text: `${indent}// eslint-disable-next-line ${rule}${endOfLineOf(text)}` };
}

/** Each suggestion of a finding, titled "<message> (authlint/<rule>)", the safest preferred. */
function suggestionActions(finding: Finding): CodeActionData[] {
  const preferred = preferredSuggestion(finding.suggestions);
  return finding.suggestions.map((suggestion) => ({
    title: suggestionTitle(finding.ruleId, suggestion),
    kind: 'quickfix',
    ...(suggestion === preferred ? { isPreferred: true } : {}),
    edits: suggestion.edits,
    finding,
  }));
}

/** "Disable authlint/<rule> for this line" and "Show documentation for authlint/<rule>", for the finding's rule. */
function ruleActions(finding: Finding, text: string, lines: LineIndex): CodeActionData[] {
  const rule = qualifiedRuleName(finding.ruleId);
  return [
    { title: `Disable ${rule} for this line`, kind: 'quickfix', edits: [disableLineEdit(finding, text, lines)], finding },
    {
      title: `Show documentation for ${rule}`,
      kind: 'quickfix',
      command: { command: CommandId.ShowRuleDocumentation, title: `Show documentation for ${rule}`, arguments: [finding.ruleId] },
      finding,
    },
  ];
}

/** The quick fixes of one finding, in menu order: its suggestions, then disable and documentation. */
export function quickFixesFor(finding: Finding, text: string, lines = new LineIndex(text)): CodeActionData[] {
  return quickFixesForFindings([finding], text, lines);
}

/**
 * The quick fixes of the findings in a range: every finding's suggestions, then disable and
 * documentation once per rule (for its first finding), as vscode-eslint dedupes them: two findings
 * of one rule do not list "Disable ... for this line" twice.
 */
export function quickFixesForFindings(findings: readonly Finding[], text: string, lines = new LineIndex(text)): CodeActionData[] {
  const firstOfRule = new Map<RuleId, Finding>();
  for (const finding of findings) if (!firstOfRule.has(finding.ruleId)) firstOfRule.set(finding.ruleId, finding);
  return [
    ...findings.flatMap(suggestionActions),
    ...[...firstOfRule.values()].flatMap((finding) => ruleActions(finding, text, lines)),
  ];
}

/**
 * The edits of every safe suggestion in the file, the way ESLint applies fixes in one pass: a
 * suggestion whose edits touch or overlap one already taken waits for the next run.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const spans: { start: number; end: number; edits: readonly TextEdit[] }[] = [];
  for (const finding of findings) {
    const safe = finding.suggestions.find((s) => s.safe);
    if (!safe || safe.edits.length === 0) continue;
    spans.push({
      start: Math.min(...safe.edits.map((e) => e.range[0])),
      end: Math.max(...safe.edits.map((e) => e.range[1])),
      edits: safe.edits,
    });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: TextEdit[] = [];
  let lastEnd = -Infinity;
  for (const span of spans) {
    if (span.start <= lastEnd) continue;
    taken.push(...span.edits);
    lastEnd = span.end;
  }
  return sortEdits(taken);
}

export function fixAllAction(findings: readonly Finding[]): CodeActionData | undefined {
  const edits = fixAllEdits(findings);
  return edits.length > 0 ? { title: 'Fix all safe authlint problems', kind: FIX_ALL_KIND, edits } : undefined;
}
