import { qualifiedRuleName, type Finding } from '@authlint/core';

/** A comment as typescript-estree returns it with `comment: true`. */
export interface CommentLike {
  readonly type: 'Line' | 'Block';
  readonly value: string;
  readonly range: readonly [number, number];
}

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  readonly kind: DirectiveKind;
  /** The comment that holds it. */
  readonly comment: CommentLike;
  /** Rule names as written (`authlint/no-403-for-unauthenticated`); empty means every rule. */
  readonly rules: readonly string[];
  readonly offset: number;
  /** For line directives: the ESLint line (1-based) the directive covers. */
  readonly line?: number;
}

/** ESLint's line breaks, which include U+2028 and U+2029: directives must count lines as ESLint does. */
const ESLINT_LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(ESLINT_LINE_BREAK)) starts.push(match.index + match[0].length);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const DIRECTIVE = /^(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)(?:\s|$)/u;

/** Reads the directives the way ESLint does: `-- description` dropped, rules split on commas. */
function parseDirective(comment: CommentLike, starts: readonly number[]): Directive | undefined {
  const directivePart = comment.value.split(/\s-{2,}\s/u)[0]!.trim();
  const match = DIRECTIVE.exec(directivePart);
  if (!match) return undefined;
  const kind = match[1]!.slice('eslint-'.length) as DirectiveKind;
  // ESLint reads `eslint-disable` / `eslint-enable` only in block comments.
  if (comment.type === 'Line' && (kind === 'disable' || kind === 'enable')) return undefined;
  const rules = directivePart.slice(match[1]!.length).split(',').map((r) => r.trim()).filter((r) => r !== '');
  const startLine = lineAt(starts, comment.range[0]);
  const endLine = lineAt(starts, Math.max(comment.range[0], comment.range[1] - 1));
  if (kind === 'disable-line' || kind === 'disable-next-line') {
    // ESLint ignores (and reports) a line directive that spans lines.
    if (startLine !== endLine) return undefined;
    return { kind, comment, rules, offset: comment.range[0], line: kind === 'disable-line' ? startLine : endLine + 1 };
  }
  return { kind, comment, rules, offset: comment.range[0] };
}

function covers(directive: Directive, rule: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(rule);
}

/**
 * ESLint's rule for block directives: walking the directives before the finding, a `disable` that
 * covers its rule turns it off and an `enable` that covers it turns it on again. Returns the
 * `disable` in force, if any.
 */
function disablingBlock(blocks: readonly Directive[], rule: string, offset: number): Directive | undefined {
  let disabling: Directive | undefined;
  for (const d of blocks) {
    if (d.offset > offset) break;
    if (covers(d, rule)) disabling = d.kind === 'disable' ? d : undefined;
  }
  return disabling;
}

/** The `eslint-disable*` / `eslint-enable` directives of a file's comments, read as ESLint reads them. */
export function directivesOf(comments: readonly CommentLike[] | undefined, text: string): Directive[] {
  if (!comments || comments.length === 0) return [];
  const starts = lineStartsOf(text);
  return comments.flatMap((c) => parseDirective(c, starts) ?? []);
}

/** A finding that a directive keeps from being reported, and that directive's offset. */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly directiveOffset: number;
}

/**
 * The findings that ESLint would still report under the file's `eslint-disable*` comments (`kept`),
 * so that "Disable authlint/<rule> for this line" works in the editor as it does in ESLint, and
 * both hosts show the same findings; and the others, each with the directive that suppresses it
 * (the hover on a directive says what it hides).
 */
export function splitByDisableDirectives(
  findings: readonly Finding[],
  comments: readonly CommentLike[] | undefined,
  text: string,
): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const directives = findings.length === 0 ? [] : directivesOf(comments, text);
  if (directives.length === 0) return { kept: [...findings], suppressed: [] };
  const starts = lineStartsOf(text);
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const lineDirectives = directives.filter((d) => d.line !== undefined);
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const rule = qualifiedRuleName(finding.ruleId);
    const line = lineAt(starts, finding.range[0]);
    const by = lineDirectives.find((d) => d.line === line && covers(d, rule)) ?? disablingBlock(blocks, rule, finding.range[0]);
    if (by) suppressed.push({ finding, directiveOffset: by.offset });
    else kept.push(finding);
  }
  return { kept, suppressed };
}

/** The findings that ESLint would still report under the file's `eslint-disable*` comments. */
export function applyDisableDirectives(findings: readonly Finding[], comments: readonly CommentLike[] | undefined, text: string): Finding[] {
  return splitByDisableDirectives(findings, comments, text).kept;
}
