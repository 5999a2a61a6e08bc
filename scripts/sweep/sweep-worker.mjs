// @ts-check
// The sweep's worker process (forked by task-pool.mjs): answers one task at a time.
//   { kind: 'core-file', file, ext }            a corpus or fixture file through the core + its suggestions
//   { kind: 'core-case', name }                 a pathological input through the core (parse + analyze)
//   { kind: 'eslint-file', file }               a corpus file through the real ESLint class with the plugin
//                                               (espree for JavaScript: node shapes typescript-estree never makes)
//   { kind: 'eslint-case', name, ext }          a pathological input through the same
//   { kind: 'pipeline-case', name }             the same through the editor pipeline
//   { kind: 'suggestion-case', index }          a case of suggestion-cases.mjs: its rule's finding, every suggestion applied
//   { kind: 'multi-file-project' }              a generated project with cycles and unresolvable imports, both hosts (multi-file-project.mjs)
// Every result is `{ ok, detail, ..., cpuMs }` (cpuMs: the worker's CPU time on the task, GC threads included);
// an exception inside a check is caught here and is the failure.
import fs from 'node:fs';
import path from 'node:path';
import { importCore, importPlugin } from '../bench/product/built-packages.mjs';
import { FORCE_ANALYSIS_MARKER, parseForCore } from '../bench/product/parse.mjs';
import { loadPipeline } from '../bench/product/pipeline.mjs';
import { multiFileProjectCheck } from './multi-file-project.mjs';
import { PATHOLOGICAL_INPUTS } from './pathological-inputs.mjs';
import { SUGGESTION_CASES } from './suggestion-cases.mjs';
import { parseOnLargeStack } from './parse-deep.mjs';
import { verifySuggestions } from './verify-suggestions.mjs';

/** Findings of one pathological input whose suggestions are applied (spread over the file); 1 past 1 MB of text. */
const suggestionLimit = (text) => (text.length > 1024 * 1024 ? 1 : 25);

const core = await importCore();
let eslintInstance;
let pipeline;

const describe = (error) => `${error?.constructor?.name ?? 'Error'}: ${String(error?.message ?? error).split('\n')[0]}`;
/** The case of that name (the parent sends only names from the same table). */
const caseNamed = (name) => /** @type {(typeof PATHOLOGICAL_INPUTS)[number]} */ (PATHOLOGICAL_INPUTS.find((c) => c.name === name));
const texts = new Map();
function caseText(name) {
  if (!texts.has(name)) texts.set(name, caseNamed(name).build());
  return texts.get(name);
}

/**
 * The analysis forced past the text prefilter (so every file gets the whole analysis); when the prefilter
 * let the text through, the shipped analysis already was the whole one.
 */
function forcedAnalysis(program, text, findings) {
  return core.prepareFile(program, text).context !== undefined ? findings : core.analyze(program, text + FORCE_ANALYSIS_MARKER);
}

/**
 * Parse and analyse (as shipped and forced past the prefilter), keeping only the findings: the tree and
 * what the core holds for it (800 MB for the 5 MB minified input) must not stay alive through the
 * suggestions' re-parses, where the garbage collector would trace it again and again.
 */
function findingsOf(text, ext) {
  const program = parseForCore(text, ext);
  const findings = core.analyze(program, text);
  return { findings, forced: forcedAnalysis(program, text, findings) };
}

/** Parse, analyse (as shipped and forced past the prefilter), then every suggestion. */
function throughCore(text, ext) {
  const { findings, forced } = findingsOf(text, ext);
  const suggestions = verifySuggestions({ text, findings, parse: (t) => parseForCore(t, ext), analyze: core.analyze });
  return { findings, forced, suggestions };
}

/** How many suggestions of each rule applied cleanly: `{ 'require-allow': 2, ... }`. */
function appliedByRule(suggestions) {
  const applied = {};
  for (const s of suggestions) if (s.ok) applied[s.ruleId] = (applied[s.ruleId] ?? 0) + 1;
  return applied;
}

function suggestionSummary(suggestions) {
  return {
    suggestions: suggestions.length,
    appliedByRule: appliedByRule(suggestions),
    badSuggestions: suggestions.filter((s) => !s.ok).map(({ ruleId, suggestion, line, problems }) => ({ ruleId, suggestion, line, problems })),
    notes: suggestions.flatMap((s) => s.notes.map((n) => `line ${s.line}: ${n}`)),
  };
}

function coreFile({ file, ext }) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    const { findings, forced, suggestions } = throughCore(text, ext);
    return { ok: true, findings: findings.length, forcedFindings: forced.length, ...suggestionSummary(suggestions) };
  } catch (error) {
    return { ok: false, detail: `threw ${describe(error)}`, stack: error?.stack };
  }
}

async function coreCase({ name }) {
  const c = caseNamed(name);
  const text = caseText(name);
  let program;
  try {
    program = parseForCore(text, c.ext);
  } catch (error) {
    if (c.expect === 'parses') return { ok: false, detail: `valid input refused by the parser: ${describe(error)}` };
    const parserRefused = `parser refused it (${describe(error)})`;
    if (c.expect === 'parse-error') return { ok: true, detail: `clean parse error: ${describe(error)}` };
    // Too deep for the parser on a normal stack: parse on a large stack, then run the core on the tree here.
    try {
      program = await parseOnLargeStack(text, { jsx: false });
    } catch (deepError) {
      return { ok: true, detail: `${parserRefused}; not parseable on a large stack either (${describe(deepError)})` };
    }
    try {
      const findings = core.analyze(program, text);
      forcedAnalysis(program, text, findings);
      return { ok: true, detail: `${parserRefused}; the ${name} tree parsed on a large stack analyses on a normal one: ${findings.length} findings` };
    } catch (analyzeError) {
      return { ok: false, detail: `${parserRefused}; on the tree parsed on a large stack, analyze threw ${describe(analyzeError)}`, stack: analyzeError?.stack };
    }
  }
  if (c.expect === 'parse-error') return { ok: false, detail: 'invalid input parsed without error' };
  try {
    const findings = core.analyze(program, text);
    forcedAnalysis(program, text, findings);
    program = undefined; // not kept through the re-parses (findingsOf)
    const suggestions = verifySuggestions({ text, findings, parse: (t) => parseForCore(t, c.ext), analyze: core.analyze, limit: suggestionLimit(text) });
    // The input itself passed; each bad suggestion is a failed check of its own (run-sweep.mjs).
    return { ok: true, detail: `${findings.length} findings, ${suggestions.length} suggestions tried`, ...suggestionSummary(suggestions) };
  } catch (error) {
    return { ok: false, detail: `analyze threw ${describe(error)}`, stack: error?.stack };
  }
}

/** The real ESLint class with authlint's recommended config (setup b of the benchmark). */
async function eslintWithPlugin() {
  if (!eslintInstance) {
    const { ESLint } = await import('eslint');
    const { eslintConfig } = await import('../bench/eslint/eslint-configs.mjs');
    const { REPO_ROOT } = await import('../corpus/paths.mjs');
    eslintInstance = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: eslintConfig('b', { plugin: await importPlugin() }), ignore: true });
  }
  return eslintInstance;
}

async function eslintFile({ file }) {
  const eslint = await eslintWithPlugin();
  try {
    const [result] = await eslint.lintFiles([file]);
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) return { ok: false, detail: `ESLint could not parse it: ${fatal.message}` };
    return { ok: true, detail: `${result.messages.filter((m) => m.ruleId?.startsWith('authlint/')).length} authlint messages` };
  } catch (error) {
    return { ok: false, detail: `ESLint threw ${String(error.message).split('\n').slice(0, 3).join(' | ')}`, stack: error?.stack };
  }
}

async function eslintCase({ name, ext }) {
  const eslintInstance = await eslintWithPlugin();
  const text = caseText(name);
  try {
    const [result] = await eslintInstance.lintText(text, { filePath: path.join('sweep', `${name}${ext}`) });
    const fatal = result.messages.find((m) => m.fatal);
    const authlint = result.messages.filter((m) => m.ruleId?.startsWith('authlint/')).length;
    return { ok: true, detail: fatal ? `parse error reported as a message: ${fatal.message.split('\n')[0]}` : `linted: ${authlint} authlint messages` };
  } catch (error) {
    // On the 5,000-deep inputs ESLint's own parser and traversal can run out of stack, depending on how much
    // stack the worker has left; that is ESLint's, as long as no authlint frame is in the trace.
    const deep = caseNamed(name).expect === 'either';
    const inAuthlint = /packages[\\/](core|eslint-plugin)[\\/]/.test(String(error?.stack));
    if (deep && error instanceof RangeError && !inAuthlint) {
      return { ok: true, detail: `ESLint itself ran out of stack (${describe(error)}); no authlint frame in the trace (known, not authlint's)` };
    }
    return { ok: false, detail: `ESLint threw ${describe(error)}`, stack: error?.stack };
  }
}

const PIPELINE_STATUSES = new Set(['analyzed', 'parse-error', 'too-large', 'disabled', 'failed']);

async function pipelineCase({ name }) {
  pipeline ??= await loadPipeline({ rebundle: false });
  const c = caseNamed(name);
  const text = caseText(name);
  const fileName = `/sweep/${name}${c.ext}`;
  const problems = [];
  const outcomes = [];
  for (const [label, settings] of [['default settings', pipeline.settings()], ['maxFileSize 10 MB', pipeline.settings({ maxFileSize: 10 * 1024 * 1024 })]]) {
    try {
      const result = pipeline.analyze(text, fileName, settings);
      if (!PIPELINE_STATUSES.has(result.status)) problems.push(`${label}: unknown status ${result.status}`);
      if (result.status === 'failed') problems.push(`${label}: the analysis failed inside the pipeline: ${String(result.reason).split('\n')[0]}`);
      const tooLarge = text.length > settings.maxFileSize;
      if (tooLarge !== (result.status === 'too-large')) problems.push(`${label}: ${text.length} characters against maxFileSize ${settings.maxFileSize}, yet status ${result.status}`);
      for (const offset of [0, Math.floor(text.length / 2), text.length]) pipeline.hover(result, offset);
      outcomes.push(`${label}: ${result.status}${result.status === 'analyzed' ? ` (${result.diagnostics.length} diagnostics)` : ''}`);
    } catch (error) {
      problems.push(`${label}: threw ${describe(error)}`);
    }
  }
  return { ok: problems.length === 0, detail: problems.length ? problems.join('; ') : outcomes.join('; ') };
}

/** A case that its rule must report with a suggestion; then every suggestion of every finding in it is applied. */
function suggestionCase({ index }) {
  const c = SUGGESTION_CASES[index];
  try {
    const { findings, suggestions } = throughCore(c.code, c.ext);
    if (!findings.some((f) => f.ruleId === c.rule && f.suggestions.length > 0)) {
      return { ok: false, detail: `${c.rule} reports nothing with a suggestion here (findings: ${findings.map((f) => `${f.ruleId}/${f.messageId}`).join(', ') || 'none'})` };
    }
    return { ok: true, findings: findings.length, ...suggestionSummary(suggestions) };
  } catch (error) {
    return { ok: false, detail: `threw ${describe(error)}`, stack: error?.stack };
  }
}

const HANDLERS = { 'suggestion-case': suggestionCase, 'core-file': coreFile, 'eslint-file': eslintFile, 'core-case': coreCase, 'eslint-case': eslintCase, 'pipeline-case': pipelineCase, 'multi-file-project': multiFileProjectCheck };

process.on('message', async ({ id, task }) => {
  let result;
  const cpuBefore = process.cpuUsage();
  try {
    result = await HANDLERS[task.kind](task);
  } catch (error) {
    result = { ok: false, detail: `the sweep's own check threw ${describe(error)}`, stack: error?.stack };
  }
  const cpu = process.cpuUsage(cpuBefore);
  // A forked worker: `process.send` exists.
  /** @type {NonNullable<typeof process.send>} */ (process.send)({ id, result: { ...result, cpuMs: (cpu.user + cpu.system) / 1000 } });
});
