import type { Finding, ProjectPlace, TextEdit } from '@authlint/core';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { answerWords, answerWordsAfterEdit, PREFILTERS, type WordsAnswer } from './check-words-after-edit.js';
import { changedSpan, type TextChange } from './incremental-parse.js';

type Statement = TSESTree.ProgramStatement;
type Program = TSESTree.Program & { comments?: TSESTree.Comment[] };

/**
 * What an analysis keeps so that the next keystroke re-checks only the statement it edited: the
 * findings before `eslint-disable` comments, the options they were found with, and the text's
 * answers to the checks' prefilters.
 */
export interface ReuseState {
  readonly text: string;
  readonly optionsKey: string;
  readonly raw: readonly Finding[];
  readonly words: ReadonlyMap<RegExp, WordsAnswer>;
  /** The project the findings read, when imports were followed. */
  readonly project?: ProjectPlace;
}

/** The edited statement, read from the previous tree before the incremental parse moves it. */
export interface EditedStatement {
  readonly state: ReuseState;
  readonly change: TextChange;
  readonly index: number;
  readonly count: number;
  readonly range: readonly [number, number];
  readonly fingerprint: string;
  readonly comments: string;
  /** Whether the edit adds or removes line breaks (which moves the line numbers in messages). */
  readonly linesMoved: boolean;
}

/** Each check's prefilter on the text (the four 401/403 checks share one). */
export function wordAnswers(text: string): Map<RegExp, WordsAnswer> {
  return new Map(PREFILTERS.map((pattern) => [pattern, answerWords(pattern, text)]));
}

/** The prefilters' answers on a text one edit away from the one `state` answers, read around the edit. */
function wordAnswersAfterEdit(state: ReuseState, text: string, change: TextChange): Map<RegExp, WordsAnswer> {
  return new Map([...state.words].map(([pattern, answer]) => [pattern, answerWordsAfterEdit(pattern, answer, text, change)]));
}

export const matchedWords = (words: ReadonlyMap<RegExp, WordsAnswer>): Map<RegExp, boolean> => new Map([...words].map(([pattern, answer]) => [pattern, answer.matched]));

/**
 * Names an inert statement may not call however unused they are elsewhere: the loaders, the
 * middleware chain and route registration, which whole-file scans look for by name.
 */
const SCANNED_CALLEES: ReadonlySet<string> = new Set([
  'require', 'next', 'use', 'route', 'all', 'get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'on', 'onError', 'setHeaders', 'import', 'eval',
]);

const wordCount = (text: string, name: string) => text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;

/**
 * The outward fingerprint of a top-level statement: everything in it that another statement's
 * findings could read, which is its syntax tree (names, literals, shapes; not positions, not
 * layout) and its comments, except **inert statements**. An inert statement, inside a function, is an expression
 * statement that is a bare name or a call of a name with names as its only arguments
 * (`audit`, `audit(req)`), where the called name occurs nowhere else in the file (no declaration,
 * import, property, string or comment spells it), is none of SCANNED_CALLEES, and no argument is a
 * name the file declares at its top level. Nothing outside the statement can refer to such a call,
 * and no whole-file scan of the core reacts to it (they look for named middleware, routes, error
 * handlers, strings and objects). The statement's own findings are computed again anyway.
 *
 * Two versions of a statement with the same fingerprint differ only in inert statements and layout:
 * the findings of the other statements are the same, moved by the edit's length.
 */
export function outwardFingerprint(statement: Statement, text: string, topLevelNames: ReadonlySet<string>): string {
  const candidates = new Map<TSESTree.Node, string>();
  collectCandidates(statement, false, candidates);
  const inert = new Set<TSESTree.Node>();
  const inCandidates = new Map<string, number>();
  for (const [node, name] of candidates) inCandidates.set(name, (inCandidates.get(name) ?? 0) + wordCount(text.slice(node.range[0], node.range[1]), name));
  for (const [node, name] of candidates) {
    if (SCANNED_CALLEES.has(name) || topLevelNames.has(name) || wordCount(text, name) !== inCandidates.get(name)) continue;
    const expression = (node as TSESTree.ExpressionStatement).expression;
    if (expression.type === 'CallExpression' && expression.arguments.some((a) => a.type !== 'Identifier' || topLevelNames.has(a.name))) continue;
    inert.add(node);
  }
  const out: string[] = [];
  serialize(statement, inert, out);
  return `${out.join('')}\n${textWithout(statement, inert, text)}`;
}

/**
 * The statement's text without its inert statements, each run of white space as one space: its
 * comments (which a few recognizers' text tests read, as `/\bstrapi\./`) but not its layout.
 */
function textWithout(statement: Statement, inert: ReadonlySet<TSESTree.Node>, text: string): string {
  const cuts = [...inert].sort((a, b) => a.range[0] - b.range[0]);
  let kept = '';
  let from = statement.range[0];
  for (const cut of cuts) {
    kept += text.slice(from, cut.range[0]);
    from = cut.range[1];
  }
  kept += text.slice(from, statement.range[1]);
  return kept.replace(/\s+/g, ' ');
}

/** Expression statements inside functions shaped as inert ones, with the name each calls or is. */
function collectCandidates(node: unknown, inFunction: boolean, out: Map<TSESTree.Node, string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collectCandidates(item, inFunction, out);
    return;
  }
  if (!node || typeof node !== 'object' || !('type' in node)) return;
  const n = node as TSESTree.Node;
  if (inFunction && n.type === 'ExpressionStatement') {
    const e = n.expression;
    if (e.type === 'Identifier') out.set(n, e.name);
    else if (e.type === 'CallExpression' && !e.optional && e.callee.type === 'Identifier') out.set(n, e.callee.name);
  }
  const entering = inFunction || n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression';
  for (const key of Object.keys(n)) {
    if (key === 'parent' || key === 'range' || key === 'loc') continue;
    const value = (n as unknown as Record<string, unknown>)[key];
    if (value && typeof value === 'object') collectCandidates(value, entering, out);
  }
}

function serialize(value: unknown, inert: ReadonlySet<TSESTree.Node>, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    out.push(typeof value === 'string' ? JSON.stringify(value) : String(value), ',');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (const item of value) if (!inert.has(item as TSESTree.Node)) serialize(item, inert, out);
    out.push(']');
    return;
  }
  out.push('{');
  const record = value as Record<string, unknown>;
  const literal = 'raw' in record && record['type'] === 'Literal';
  for (const key of Object.keys(record)) {
    if (key === 'parent' || key === 'range' || key === 'loc' || (literal && (key === 'value' || key === 'regex' || key === 'bigint'))) continue;
    out.push(key, ':');
    serialize(record[key], inert, out);
  }
  out.push('}');
}

/** The names declared at the top level of a program: its imports, functions, classes and variables. */
export function topLevelNames(program: TSESTree.Program): Set<string> {
  const names = new Set<string>();
  const addPattern = (p: TSESTree.Node | null | undefined): void => {
    if (!p) return;
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'ObjectPattern') for (const q of p.properties) addPattern(q.type === 'Property' ? q.value : q.argument);
    else if (p.type === 'ArrayPattern') for (const q of p.elements) addPattern(q);
    else if (p.type === 'RestElement') addPattern(p.argument);
    else if (p.type === 'AssignmentPattern') addPattern(p.left);
  };
  for (const statement of program.body) {
    const s = (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration ? statement.declaration : statement;
    if (s.type === 'ImportDeclaration') for (const specifier of s.specifiers) names.add(specifier.local.name);
    else if ((s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration' || s.type === 'TSEnumDeclaration') && s.id) names.add(s.id.name);
    else if (s.type === 'VariableDeclaration') for (const d of s.declarations) addPattern(d.id);
  }
  return names;
}

const commentsIn = (program: Program): string => JSON.stringify((program.comments ?? []).map((c) => c.value));
const newlinesIn = (text: string): number => {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
};

/** The statement the change from `state.text` to `text` lies in, read from the previous tree (before it is moved). */
export function editedStatement(state: ReuseState, program: Program, text: string): EditedStatement | undefined {
  const change = changedSpan(state.text, text);
  const body = program.body;
  const index = body.findIndex((s) => s.range[1] >= change.start);
  const statement = body[index];
  if (!statement || statement.range[0] > change.start || statement.range[1] < change.oldEnd) return undefined;
  return {
    state, change, index, count: body.length, range: [statement.range[0], statement.range[1]],
    fingerprint: outwardFingerprint(statement, state.text, topLevelNames(program)),
    comments: commentsIn(program),
    linesMoved: newlinesIn(state.text.slice(change.start, change.oldEnd)) !== newlinesIn(text.slice(change.start, change.newEnd)),
  };
}

/**
 * The findings of the new text without checking the other statements again, when the edit is one
 * `outwardFingerprint` calls inert; undefined when everything must be checked again.
 * `checkStatement` gives the findings inside the edited statement of the new tree.
 */
export function reusedFindings(
  edited: EditedStatement, program: Program, text: string, optionsKey: string,
  checkStatement: (statement: Statement, words: ReadonlyMap<RegExp, WordsAnswer>) => Finding[],
): { readonly findings: Finding[]; readonly words: ReadonlyMap<RegExp, WordsAnswer> } | undefined {
  const { state } = edited;
  if (state.optionsKey !== optionsKey || program.body.length !== edited.count) return undefined;
  const statement = program.body[edited.index]!;
  const delta = text.length - state.text.length;
  if (statement.range[0] !== edited.range[0] || statement.range[1] !== edited.range[1] + delta) return undefined;
  if (commentsIn(program) !== edited.comments) return undefined;
  const words = wordAnswersAfterEdit(state, text, edited.change);
  for (const [pattern, answer] of words) if (answer.matched !== state.words.get(pattern)?.matched) return undefined;
  if (outwardFingerprint(statement, text, topLevelNames(program)) !== edited.fingerprint) return undefined;
  const { linesMoved } = edited;
  const [start, end] = edited.range;
  const kept: Finding[] = [];
  for (const finding of state.raw) {
    if (finding.range[0] >= start && finding.range[1] <= end) continue;
    // A line number in a message, or an edit inside the edited statement, is not moved by a shift.
    if (linesMoved && 'line' in finding.data) return undefined;
    const moved = shiftFinding(finding, start, end, delta);
    if (!moved) return undefined;
    kept.push(moved);
  }
  const findings = [...kept, ...checkStatement(statement, words)].sort((a, b) => a.range[0] - b.range[0] || a.ruleId.localeCompare(b.ruleId));
  return { findings, words };
}

function shiftFinding(finding: Finding, start: number, end: number, delta: number): Finding | undefined {
  const range = shiftRange(finding.range, start, end, delta);
  if (!range) return undefined;
  const suggestions = [];
  for (const suggestion of finding.suggestions) {
    const edits: TextEdit[] = [];
    for (const edit of suggestion.edits) {
      const moved = shiftRange(edit.range, start, end, delta);
      if (!moved) return undefined;
      edits.push(moved === edit.range ? edit : { ...edit, range: moved });
    }
    suggestions.push({ ...suggestion, edits });
  }
  return { ...finding, range, suggestions };
}

/** A range outside the edited statement [start, end) at its new place; undefined for one that overlaps it. */
function shiftRange(range: readonly [number, number], start: number, end: number, delta: number): readonly [number, number] | undefined {
  if (range[1] <= start && range[0] < start) return range;
  if (range[0] >= end) return delta === 0 ? range : [range[0] + delta, range[1] + delta];
  return undefined;
}
