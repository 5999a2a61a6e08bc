import { analyze, analyzeStatement, describeStatusAt, recordCheckWords, RULE_IDS, type AnalyzeOptions, type Finding, type ProjectPlace, type StatusHover } from '@authlint/core';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { toDiagnostic, type DiagnosticData } from './diagnostics.js';
import { splitByDisableDirectives, type SuppressedFinding } from './disable-directives.js';
import { hoverMarkdown } from './hover-markdown.js';
import { reparse, type ParseKind, type ParsedSource, type Reparsed } from './incremental-parse.js';
import { LineIndex, type RangeData } from './positions.js';
import { DEFAULT_SETTINGS, type AuthlintSettings } from './settings.js';
import { editedStatement, matchedWords, reusedFindings, wordAnswers, type EditedStatement, type ReuseState } from './statement-reuse.js';

export interface DocumentInput {
  readonly text: string;
  /** The file's path (or the URI path of an untitled or virtual document). */
  readonly fileName: string;
  /** VS Code language id; decides the script kind when the name has no known extension. */
  readonly languageId?: string;
}

/**
 * - `analyzed`: parsed and checked (findings may be empty);
 * - `disabled`: `authlint.enable` is off;
 * - `too-large`: longer than `authlint.maxFileSize`;
 * - `parse-error`: not valid syntax for now (mid-edit): no findings, as under ESLint;
 * - `failed`: the core threw; reported, never thrown.
 */
export type AnalysisStatus = 'analyzed' | 'disabled' | 'too-large' | 'parse-error' | 'failed';

export interface DocumentAnalysis {
  readonly status: AnalysisStatus;
  /** Why there are no findings, for the output channel. */
  readonly reason?: string;
  /** The analysed input; its text is the one every offset refers to (without a byte order mark). */
  readonly input: DocumentInput;
  readonly settings: AuthlintSettings;
  /** Findings of the rules that are not off, after `eslint-disable` comments, in source order. */
  readonly findings: readonly Finding[];
  /** Findings that `eslint-disable*` comments keep from being reported, each with its comment's offset. */
  readonly suppressed: readonly SuppressedFinding[];
  readonly diagnostics: readonly DiagnosticData[];
  /** The parsed tree, kept for hovers on the same text. */
  readonly program?: TSESTree.Program;
  /**
   * The latest good parse of this document (of this text, or after a syntax error of an earlier
   * one), from which the next analysis parses only what changed.
   */
  readonly parsed?: ParsedSource;
  readonly lines: LineIndex;
  /**
   * `reparsed`: how the text was parsed (absent when it was not: disabled, too large); `reused`:
   * only the edited statement was checked again, the other statements' findings were moved.
   */
  readonly timings: { readonly parseMs: number; readonly analyzeMs: number; readonly reparsed?: ParseKind; readonly reused?: boolean };
  /** What the next keystroke's analysis needs to check only the statement it edits (statement-reuse.ts). */
  readonly reuse?: ReuseState;
}

export interface HoverData {
  readonly markdown: string;
  readonly range: RangeData;
  readonly offsets: readonly [number, number];
  readonly status: StatusHover;
  /** authlint findings at the hovered status. */
  readonly findings: readonly Finding[];
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Each rule's options from the settings, with the shared vocabulary, as the ESLint plugin passes them; `false` for a rule that is off. */
function analyzeOptions(settings: AuthlintSettings): AnalyzeOptions {
  return Object.fromEntries(RULE_IDS.map((id) => [id, settings.severity[id] === 'off' ? false : { ...settings.options[id], vocabulary: settings.vocabulary }])) as AnalyzeOptions;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} M` : `${Math.round(chars / 1024)} K`;
}

/**
 * Parses and checks one document: text + file name + settings -> findings and diagnostics as
 * plain data. Never throws; a file it cannot read gets no findings and a reason.
 *
 * `previous`, the analysis of an earlier version of the same document, makes the parse incremental.
 * It is consumed: the statements reused from its tree are moved to their new positions, so its
 * `program` (and hovers on it) must not be used afterwards. Its findings and diagnostics stay valid
 * (they hold no node's arrays).
 *
 * `project`, where the host can read the workspace, lets the analysis follow the file's imports.
 */
export function analyzeDocument(given: DocumentInput, settings: AuthlintSettings = DEFAULT_SETTINGS, previous?: DocumentAnalysis, project?: ProjectPlace): DocumentAnalysis {
  // A byte order mark is not part of the text, as in VS Code's model and ESLint's SourceCode:
  // offsets count from the first character after it.
  const input = given.text.charCodeAt(0) === 0xfeff ? { ...given, text: given.text.slice(1) } : given;
  const lines = new LineIndex(input.text);
  const empty = (status: AnalysisStatus, reason?: string, parse?: Parse, analyzeMs = 0): DocumentAnalysis => ({
    status, ...(reason !== undefined ? { reason } : {}), input, settings, findings: [], suppressed: [], diagnostics: [],
    ...(parse?.result.ok ? { program: parse.result.program } : {}), ...(parse?.source ? { parsed: parse.source } : {}), lines,
    timings: parse ? { parseMs: parse.ms, analyzeMs, reparsed: parse.kind } : { parseMs: 0, analyzeMs },
  });
  if (!settings.enable) return empty('disabled', 'authlint.enable is off');
  if (input.text.length > settings.maxFileSize) {
    return empty('too-large', `skipped: ${formatSize(input.text.length)} characters is more than authlint.maxFileSize (${formatSize(settings.maxFileSize)})`);
  }
  const t0 = now();
  // Read before the parse moves the previous tree's statements.
  const edited = previous?.reuse && previous.parsed?.text === previous.reuse.text && sameProject(previous.reuse, project) ? editedStatement(previous.reuse, previous.parsed.program, input.text) : undefined;
  const reparsed = reparse(previous?.parsed, input.text, input.fileName, input.languageId);
  const parse: Parse = { ...reparsed, ms: now() - t0 };
  const parsed = parse.result;
  if (!parsed.ok) return empty('parse-error', `not analysed until it parses: ${parsed.error}`, parse);
  const t1 = now();
  try {
    const options = analyzeOptions(settings);
    const optionsKey = JSON.stringify(options);
    const reused = edited && reusedAnalysis(edited, parsed.program, input.text, options, optionsKey, project);
    // The prefilters' answers, kept for the next keystroke, are handed to the core so that it does not read the whole text for them again.
    const words = reused?.words ?? wordAnswers(input.text);
    if (!reused) recordCheckWords(parsed.program, input.text, matchedWords(words));
    const raw = reused?.findings ?? analyze(parsed.program, input.text, options, project);
    const { kept: findings, suppressed } = splitByDisableDirectives(raw, parsed.program.comments, input.text);
    const diagnostics = findings.flatMap((f) => toDiagnostic(f, lines, settings) ?? []);
    const reuse: ReuseState = { text: input.text, optionsKey, raw, words, ...(project ? { project } : {}) };
    return {
      status: 'analyzed', input, settings, findings, suppressed, diagnostics, program: parsed.program, ...(parse.source ? { parsed: parse.source } : {}), lines,
      timings: { parseMs: parse.ms, analyzeMs: now() - t1, reparsed: parse.kind, ...(reused ? { reused: true } : {}) },
      reuse,
    };
  } catch (error) {
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    return empty('failed', `the analysis failed: ${message}`, parse, now() - t1);
  }
}

type Parse = Reparsed & { readonly ms: number };

function reusedAnalysis(edited: EditedStatement, program: TSESTree.Program, text: string, options: AnalyzeOptions, optionsKey: string, project: ProjectPlace | undefined): ReturnType<typeof reusedFindings> {
  return reusedFindings(edited, program, text, optionsKey, (statement, words) => {
    recordCheckWords(program, text, matchedWords(words));
    return analyzeStatement(program, text, statement, options, project);
  });
}

/**
 * Whether the previous analysis read the same project: the same graph (the editor starts a new one
 * when a module is created or deleted, or a summary may hold a changed module) for the same file.
 * A change of a module the file's analysis read also drops the file's previous analysis
 * (AnalysisCache.delete, from WorkspaceImports), so what the kept findings read is still there.
 */
function sameProject(state: ReuseState, project: ProjectPlace | undefined): boolean {
  return state.project?.graph === project?.graph && state.project?.fileName === project?.fileName;
}

/**
 * The hover at `offset` of an analysed document: undefined when hovers are off, when the document
 * was not parsed, or when no status is set or compared there. A core error gives no hover and is
 * handed to `onError` (the extension logs it).
 */
export function hoverAt(analysis: DocumentAnalysis, offset: number, onError?: (error: unknown) => void): HoverData | undefined {
  if (!analysis.settings.hoverEnabled || !analysis.program) return undefined;
  let status: StatusHover | undefined;
  try {
    status = describeStatusAt(analysis.program, analysis.input.text, offset);
  } catch (error) {
    onError?.(error);
    return undefined;
  }
  if (!status) return undefined;
  const [start, end] = status.range;
  const findings = analysis.findings.filter((f) => f.range[0] < end && start < f.range[1]);
  return {
    markdown: hoverMarkdown(status, findings),
    range: analysis.lines.rangeAt(status.range),
    offsets: [start, end],
    status,
    findings,
  };
}
