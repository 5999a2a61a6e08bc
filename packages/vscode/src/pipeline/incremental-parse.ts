import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { mayHoldDisableDirective, parseAt, parsePathFor, type ParseResult } from './parse-source.js';
import { shiftComments, shiftPosition, shiftTrees, type PositionShift } from './shift-positions.js';

type Program = TSESTree.Program & { comments?: TSESTree.Comment[] };
type Statement = TSESTree.ProgramStatement;

/** A successful parse, kept so that the next version of the text can be parsed from it. */
export interface ParsedSource {
  readonly text: string;
  /** The path the parser was given (parsePathFor): it decides the script kind and JSX. */
  readonly filePath: string;
  /** Whether comments were collected (only texts that may hold a disable directive need them). */
  readonly withComments: boolean;
  readonly program: Program;
}

/**
 * - `unchanged`: the same text: the previous tree;
 * - `incremental`: the statements an edit touched were parsed again, the others reused;
 * - `full`: the whole text was parsed.
 */
export type ParseKind = 'full' | 'incremental' | 'unchanged';

export interface Reparsed {
  readonly result: ParseResult;
  readonly kind: ParseKind;
  /** What the next `reparse` starts from: this parse, or after a syntax error the last good one. */
  readonly source?: ParsedSource;
}

/** Appended to a region of a module, so that the region is parsed as a module too (top-level `await`). */
const MODULE_MARKER = '\nexport {};';

/**
 * Parses `text`, reusing what it can of `previous`: the same tree when the text is unchanged, else
 * the previous tree's top-level statements outside the edit, with only the touched statements
 * parsed again; a full parse whenever the result could differ from what a full parse gives.
 *
 * `previous` is consumed: the reused statements are moved to their new positions in place, so the
 * previous program (and any hover or lookup on it) must no longer be used once this returns,
 * unless the kind is `unchanged` or `full`.
 */
export function reparse(previous: ParsedSource | undefined, text: string, fileName: string, languageId?: string): Reparsed {
  const filePath = parsePathFor(fileName, languageId);
  const withComments = mayHoldDisableDirective(text);
  let previousIntact = true;
  if (previous && previous.filePath === filePath && previous.withComments === withComments) {
    if (previous.text === text) return { result: { ok: true, program: previous.program }, kind: 'unchanged', source: previous };
    let program: Program | undefined;
    try {
      program = reparseTouchedStatements(previous, text);
    } catch {
      previousIntact = false; // it may have thrown half way through moving the reused statements
    }
    if (program) return { result: { ok: true, program }, kind: 'incremental', source: { text, filePath, withComments, program } };
  }
  const result = parseAt(text, filePath, withComments);
  if (result.ok) return { result, kind: 'full', source: { text, filePath, withComments, program: result.program } };
  const keep = previous && previousIntact && previous.filePath === filePath ? previous : undefined;
  return { result, kind: 'full', ...(keep ? { source: keep } : {}) };
}

/** The text that changed: `[start, oldEnd)` of the old text is `[start, newEnd)` of the new one. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Compared a block at a time first: string equality of slices is a memory compare, far faster than a loop over characters. */
const BLOCK = 256;

/** The one span that differs between two texts: common prefix and common suffix, not overlapping. */
export function changedSpan(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const most = shorter - start;
  let common = 0;
  while (common + BLOCK <= most && before.slice(before.length - common - BLOCK, before.length - common) === after.slice(after.length - common - BLOCK, after.length - common)) common += BLOCK;
  while (common < most && before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)) common++;
  return { start, oldEnd: before.length - common, newEnd: after.length - common };
}

/**
 * The new program, or undefined when the fast path cannot show that it equals a full parse. The
 * region parsed again holds the statements the edit touched; at each side it also holds the
 * untouched statement there (an anchor; the file's start or end when there is none) unless that
 * side is closed. An anchor must come back as it was, which shows that the region's edge is a
 * statement boundary in the new text as in the old. A side is closed, and needs no anchor, when
 * the statement that ends there cannot be continued by any text after it (`closesItself`): the
 * statement before the edit (unchanged text), and the region's last statement once parsed. The
 * narrow region is tried first (each anchor is a statement parsed for nothing, half the work per
 * keystroke); when its last statement is open, the region with both anchors.
 */
function reparseTouchedStatements(previous: ParsedSource, text: string): Program | undefined {
  const change = changedSpan(previous.text, text);
  return reparseRegion(previous, text, change, 'narrow') ?? reparseRegion(previous, text, change, 'anchored');
}

/**
 * Statements that end where they end whatever text follows: the types whose final `;` is their
 * own terminator, and declarations whose final `}` closes them (`else`, `catch`, `finally`, a call
 * or a member access cannot attach to them). An `if` is never one: an `else` may follow.
 */
const ENDS_AT_OWN_SEMICOLON: ReadonlySet<string> = new Set([
  'ExpressionStatement', 'VariableDeclaration', 'ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration',
  'ExportDefaultDeclaration', 'TSTypeAliasDeclaration', 'TSImportEqualsDeclaration', 'TSExportAssignment',
  'TSDeclareFunction', 'TSModuleDeclaration', 'ThrowStatement', 'BreakStatement', 'ContinueStatement', 'EmptyStatement',
  'DebuggerStatement', 'DoWhileStatement',
]);
const ENDS_AT_OWN_BRACE: ReadonlySet<string> = new Set([
  'FunctionDeclaration', 'ClassDeclaration', 'TSInterfaceDeclaration', 'TSEnumDeclaration', 'TSModuleDeclaration',
]);

/** Whether no text after `statement` (in `source`, offsets relative to `base`) can make it longer. */
export function closesItself(statement: Statement, source: string, base = 0): boolean {
  const last = source.charCodeAt(statement.range[1] - 1 - base);
  if (last === 0x3b /* ; */) return ENDS_AT_OWN_SEMICOLON.has(statement.type);
  if (last !== 0x7d /* } */) return false;
  const declared = (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') ? statement.declaration : statement;
  return !!declared && declared.range[1] === statement.range[1] && ENDS_AT_OWN_BRACE.has(declared.type);
}

type RegionKind = 'narrow' | 'anchored';

function reparseRegion(previous: ParsedSource, text: string, change: TextChange, kind: RegionKind): Program | undefined {
  const before = previous.text;
  const body = previous.program.body;
  const delta = text.length - before.length;

  const leadIndex = firstIndexWhere(body, (s) => s.range[1] >= change.start) - 1;
  // The first statement that starts after the change.
  const trailIndex = firstIndexWhere(body, (s) => s.range[0] > change.oldEnd);
  const leadCandidate = leadIndex >= 0 ? body[leadIndex] : undefined;
  const trailCandidate = trailIndex < body.length ? body[trailIndex] : undefined;
  // Narrow: a closed statement before the edit stays outside the region, and so does the statement after it.
  const leadOutside = kind === 'narrow' && leadCandidate !== undefined && closesItself(leadCandidate, before);
  const lead = leadOutside ? undefined : leadCandidate;
  const trail = kind === 'narrow' ? undefined : trailCandidate;
  const prefix = body.slice(0, leadOutside ? leadIndex + 1 : Math.max(leadIndex, 0));
  const suffix = trailCandidate ? body.slice(kind === 'narrow' ? trailIndex : trailIndex + 1) : [];
  // The region starts where the statement before it ends, not at its first statement: decorators
  // before `export` lie outside the range of the statement they belong to.
  const beforeRegion = prefix.at(-1);
  const regionStart = beforeRegion ? beforeRegion.range[1] : 0;
  const oldRegionEnd = trailCandidate ? (trail ? trail.range[1] : trailCandidate.range[0]) : before.length;
  const regionText = text.slice(regionStart, oldRegionEnd + delta);

  const wasModule = previous.program.sourceType === 'module';
  const parsed = parseAt(wasModule ? regionText + MODULE_MARKER : regionText, previous.filePath, previous.withComments);
  if (!parsed.ok) return undefined;
  let statements = parsed.program.body;
  if (wasModule) {
    const marker = statements.at(-1);
    if (marker?.type !== 'ExportNamedDeclaration' || marker.range[0] !== regionText.length + 1 || marker.range[1] !== regionText.length + MODULE_MARKER.length) return undefined;
    statements = statements.slice(0, -1);
    if ((statements.at(-1)?.range[1] ?? 0) > regionText.length) return undefined;
    // A module without import or export statements is one through `import.meta`, wherever that is.
    if (!hasModuleSyntax(prefix) && !hasModuleSyntax(statements) && !hasModuleSyntax(suffix)) return undefined;
  } else if (parsed.program.sourceType === 'module') {
    return undefined; // the file became a module: a top-level `await` outside the region may now parse differently
  }

  if (lead) {
    const first = statements[0];
    if (first?.type !== lead.type || first.range[0] !== lead.range[0] - regionStart || first.range[1] !== lead.range[1] - regionStart) return undefined;
  }
  if (trail) {
    const last = statements.at(-1);
    if (last?.type !== trail.type || last.range[1] !== regionText.length || last.range[0] !== trail.range[0] + delta - regionStart) return undefined;
    if (lead && statements.length < 2) return undefined;
  } else if (trailCandidate) {
    // No anchor after the region: whatever ends the region must be closed, so that the statement
    // after it starts where it started.
    const last = statements.at(-1);
    if (last ? !closesItself(last, regionText) : !(leadOutside || leadIndex < 0)) return undefined;
  }

  // A string statement is a directive only in the file's leading run of them: one that leads the
  // region is a directive standalone, and one right after the region may become or stop being one.
  const prefixAllDirectives = prefix.every(isDirective);
  if (!prefixAllDirectives && statements[0] && isDirective(statements[0])) return undefined;
  if (prefixAllDirectives && suffix[0]?.type === 'ExpressionStatement' && suffix[0].expression.type === 'Literal') return undefined;

  // Every check has passed: from here on the reused statements are moved, the previous tree is consumed.
  const start = beforeRegion ? beforeRegion.loc.end : { line: 1, column: 0 };
  const regionShift: PositionShift = { offset: regionStart, lines: start.line - 1, line: 1, columns: start.column };
  let suffixShift: PositionShift | undefined;
  if (trail) {
    const oldEnd = trail.loc.end;
    const newEnd = shiftPosition(statements.at(-1)!.loc.end, regionShift);
    suffixShift = { offset: delta, lines: newEnd.line - oldEnd.line, line: oldEnd.line, columns: newEnd.column - oldEnd.column };
  } else if (trailCandidate) {
    const oldStart = trailCandidate.loc.start;
    const newStart = positionAfter(text, regionStart, regionStart + regionText.length, start);
    suffixShift = { offset: delta, lines: newStart.line - oldStart.line, line: oldStart.line, columns: newStart.column - oldStart.column };
  }
  const end = suffixShift ? shiftPosition(previous.program.loc.end, suffixShift) : positionAfter(text, regionStart, text.length, start);

  let comments: TSESTree.Comment[] | undefined;
  if (previous.withComments) {
    const old = previous.program.comments ?? [];
    const reused = old.slice(0, firstIndexWhere(old, (c) => c.range[0] >= regionStart));
    const moved = trailCandidate ? old.slice(firstIndexWhere(old, (c) => c.range[0] >= oldRegionEnd)) : [];
    const region = parsed.program.comments ?? [];
    shiftComments(region, regionShift);
    if (suffixShift) shiftComments(moved, suffixShift);
    comments = reused.concat(region, moved);
  }
  shiftTrees(statements, regionShift);
  if (suffixShift) shiftTrees(suffix, suffixShift);

  return {
    type: previous.program.type,
    range: [0, text.length],
    body: prefix.concat(statements, suffix),
    comments,
    sourceType: previous.program.sourceType,
    tokens: undefined,
    loc: { start: { line: 1, column: 0 }, end },
  } as Program;
}

/** The index of the first item (of items in source order) for which `isPast` holds; `length` if none. */
function firstIndexWhere<T>(items: readonly T[], isPast: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isPast(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function isDirective(statement: Statement): boolean {
  return statement.type === 'ExpressionStatement' && typeof statement.directive === 'string';
}

/** TypeScript's external-module indicators among top-level statements (all but `import.meta`). */
function hasModuleSyntax(statements: readonly Statement[]): boolean {
  return statements.some((s) => {
    switch (s.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportDefaultDeclaration':
      case 'ExportNamedDeclaration':
      case 'TSExportAssignment':
        return true;
      case 'TSImportEqualsDeclaration':
        return s.moduleReference.type === 'TSExternalModuleReference';
      default:
        return false;
    }
  });
}

/**
 * The line and column of `to`, counting from `from` at `position`, with TypeScript's line breaks
 * (CR LF, CR, LF, U+2028, U+2029), as typescript-estree's `loc` counts them.
 */
function positionAfter(text: string, from: number, to: number, position: TSESTree.Position): TSESTree.Position {
  let line = position.line;
  let lineStart = from - position.column;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: to - lineStart };
}
