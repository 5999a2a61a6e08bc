import type { TSESTree } from '@typescript-eslint/types';
import { indexProgram } from './ast/ast-index.js';
import type { ScopeAnalysis } from './ast/name-resolver.js';
import { STATUS_WORD_PATTERNS } from './status/status-names.js';
import { findResponseSites } from './sites/find-sites.js';
import { importsDenialHelper } from './sites/helper-call-site.js';
import { PREFILTER_WORDS } from './sites/framework-registry.js';
import type { ResponseSite } from './sites/response-site.js';
import { createProjectView, type ProjectPlace } from './project/project-view.js';
import { createSiteContext, type SiteContext } from './sites/site-context.js';

/** A file made ready for the checks: its index, constants and response sites, computed once. */
export interface PreparedFile {
  readonly context: SiteContext | undefined;
  readonly sites: readonly ResponseSite[];
}

/**
 * Words without which a file cannot hold a 401 or a 403, the prefilter of the two 401/403 checks:
 * most files of a project are skipped on this test alone, before any tree walk. They are the 401/403 numbers, the status words that name
 * errors (`STATUS_WORD_PATTERNS`, anywhere in the text) and the words frameworks declare (Nest's
 * `canActivate`). The digits are bounded so that numbers such as 1401 (TypeScript's diagnostic codes) do not pass.
 */
export const MAY_HOLD_AUTH_STATUS = new RegExp([
  '(?<!\\d)40[13](?!\\d)',
  ...STATUS_WORD_PATTERNS.map(({ pattern }) => pattern.source.replace(/^\^/, '')),
  ...PREFILTER_WORDS,
].join('|'), 'i');

interface CachedFile {
  readonly text: string;
  readonly context: SiteContext;
  sites?: readonly ResponseSite[];
}

/**
 * One index and one list of sites per parsed program, whoever asks first: both ESLint rules, and
 * in the editor the diagnostics and every hover over the same version of a document.
 */
const cache = new WeakMap<TSESTree.Program, CachedFile>();

function cachedFile(program: TSESTree.Program, text: string, scopes?: ScopeAnalysis, project?: ProjectPlace): CachedFile {
  let file = cache.get(program);
  if (!file || file.text !== text) {
    file = { text, context: createSiteContext(indexProgram(program), text, scopes, (constants) => createProjectView(program, text, constants, project)) };
    cache.set(program, file);
  }
  return file;
}

/** The index, constants and imports of a program (hover needs them for files with no 401/403 too). */
export function siteContextFor(program: TSESTree.Program, text: string): SiteContext {
  return cachedFile(program, text).context;
}

export function responseSitesFor(program: TSESTree.Program, text: string): readonly ResponseSite[] {
  return sitesOf(cachedFile(program, text));
}

function sitesOf(file: CachedFile): readonly ResponseSite[] {
  file.sites ??= findResponseSites(file.context);
  return file.sites;
}

export interface PrepareOptions {
  /**
   * The host's scope analysis of this same program (ESLint: `context.sourceCode.scopeManager`),
   * typescript-eslint's or eslint-scope's. Without it the core runs its own when a name is first asked about.
   */
  readonly scopeManager?: ScopeAnalysis;
  /**
   * The asking check's prefilter: words without which it cannot fire (`CHECK_WORDS`). A file whose
   * text has none of them gets no sites. The 401/403 words unless given.
   */
  readonly words?: RegExp;
  /** Where the file sits in a project whose imports the host can follow; without it only the file's own declarations are read. */
  readonly project?: ProjectPlace;
}

const NOTHING_TO_CHECK: PreparedFile = { context: undefined, sites: [] };

/** Each prefilter's answer per program, so that checks sharing one (the two 401/403 checks) test the text once. */
const wordTests = new WeakMap<TSESTree.Program, { readonly text: string; readonly answers: Map<RegExp, boolean> }>();

function wordTestsOf(program: TSESTree.Program, text: string): Map<RegExp, boolean> {
  let tests = wordTests.get(program);
  if (!tests || tests.text !== text) {
    tests = { text, answers: new Map() };
    wordTests.set(program, tests);
  }
  return tests.answers;
}

/**
 * Prefilter answers a host already has for this text: the editor answers them from the text around
 * an edit (packages/vscode/src/pipeline/check-words-after-edit.ts) instead of reading the whole text again.
 */
export function recordCheckWords(program: TSESTree.Program, text: string, answers: ReadonlyMap<RegExp, boolean>): void {
  const tests = wordTestsOf(program, text);
  for (const [words, answer] of answers) tests.set(words, answer);
}

/** Whether the text has a check's words (`CHECK_WORDS`): a host asks first, to skip the rest of its work on most files. */
export function hasCheckWords(program: TSESTree.Program, text: string, words: RegExp): boolean {
  const answers = wordTestsOf(program, text);
  let answer = answers.get(words);
  if (answer === undefined) {
    answer = words.test(text);
    answers.set(words, answer);
  }
  return answer;
}

/** `mayCallImportedDenial`'s answer per program: the four checks that share the 401/403 words ask in turn. */
const denialImports = new WeakMap<TSESTree.Program, boolean>();

/**
 * Whether a file without the 401/403 words may hold a 403 all the same once its imports are followed:
 * it imports a helper named for a denial (`deny(res)`, whose 403 is in another module). Only for the
 * checks that use those words; the host asks only where the project model is on.
 */
export function mayCallImportedDenial(program: TSESTree.Program, words: RegExp): boolean {
  if (words !== MAY_HOLD_AUTH_STATUS) return false;
  let answer = denialImports.get(program);
  if (answer === undefined) denialImports.set(program, (answer = importsDenialHelper(program)));
  return answer;
}

/**
 * Makes a program ready for a check: nothing to do unless its text has the check's words (or, with a
 * project, it imports a denial helper). The sites are computed once per program, for the first check that goes on.
 */
export function prepareFile(program: TSESTree.Program, text: string, options: PrepareOptions = {}): PreparedFile {
  if (!goesOn(program, text, options)) return NOTHING_TO_CHECK;
  const file = cachedFile(program, text, options.scopeManager, options.project);
  return { context: file.context, sites: sitesOf(file) };
}

function goesOn(program: TSESTree.Program, text: string, options: PrepareOptions): boolean {
  const words = options.words ?? MAY_HOLD_AUTH_STATUS;
  return hasCheckWords(program, text, words) || (options.project !== undefined && mayCallImportedDenial(program, words));
}

/** Sites of one top-level statement per program, for the checks of every rule that asks (analyzeStatement). */
const statementSites = new WeakMap<TSESTree.Program, { readonly text: string; readonly statement: TSESTree.Node; readonly sites: readonly ResponseSite[] }>();

/**
 * `prepareFile` with only the sites inside `statement` (a statement of `program.body`), in the
 * context of the whole file: what the editor re-checks when only that statement changed.
 */
export function prepareStatement(program: TSESTree.Program, text: string, statement: TSESTree.Node, options: PrepareOptions = {}): PreparedFile {
  if (!goesOn(program, text, options)) return NOTHING_TO_CHECK;
  const file = cachedFile(program, text, options.scopeManager, options.project);
  let kept = statementSites.get(program);
  if (!kept || kept.text !== text || kept.statement !== statement) {
    kept = { text, statement, sites: file.sites ? file.sites.filter((s) => within(s.node, statement)) : findResponseSites(file.context, statement) };
    statementSites.set(program, kept);
  }
  return { context: file.context, sites: kept.sites };
}

function within(node: TSESTree.Node, container: TSESTree.Node): boolean {
  return node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}
