#!/usr/bin/env node
// @ts-check
// `npm run sweep` (runs in CI): robustness of the core, the ESLint plugin and the editor pipeline.
//   1. the core over every corpus file: parse, analyse (as shipped and forced past the prefilter), no exception;
//      and every corpus file through the real ESLint class with the recommended config: no crash;
//   2. every suggestion the rules make, on the corpus, on test/fixtures/**, on the pathological inputs and on
//      the suggestion cases (suggestion-cases.mjs: code each rule reports with a suggestion, per framework):
//      applied, the result parses, re-analysed the finding is gone and no new one appeared; the rules of
//      RULES_WITH_SWEPT_SUGGESTIONS must each have had suggestions applied cleanly, with the count per rule printed;
//   3. pathological inputs (pathological-inputs.mjs) within a fixed budget each, without exception,
//      through the core, the real ESLint class with the plugin, and the editor pipeline (which must
//      return, never throw, and honour authlint.maxFileSize).
// Every check has a deadline; a check past it is killed and failed. Prints `sweep: N passed, M failed`
// and exits 1 on any failure. Each job's line gives its wall time and its worker's CPU time (GC threads included).
// Options: --corpus-limit N (first N corpus files), --verbose, --only TEXT (only the jobs whose name, as printed,
// holds TEXT, e.g. --only 'core: minified-5mb'; the corpus is then left out, and so are the per-rule checks).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from '../corpus/install-corpus.mjs';
import { listCorpusFiles } from '../corpus/list-corpus-files.mjs';
import { REPO_ROOT, repoRelative } from '../corpus/paths.mjs';
import { ensureBuilt } from '../bench/product/built-packages.mjs';
import { bundlePipeline, PIPELINE_SOURCE } from '../bench/product/pipeline.mjs';
import { MULTI_FILE_PROJECT_BUDGET_MS } from './multi-file-project.mjs';
import { PATHOLOGICAL_INPUTS } from './pathological-inputs.mjs';
import { RULES_WITH_SWEPT_SUGGESTIONS, SUGGESTION_CASES } from './suggestion-cases.mjs';
import { runPool } from './task-pool.mjs';

const WORKER = fileURLToPath(new URL('./sweep-worker.mjs', import.meta.url));
const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
const CODE_FILE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

/**
 * Budgets (ms). A corpus or fixture file gets a base plus time per MB (the 9 MB typescript.js: about
 * 100 s); a pathological input gets its own fixed budget per host (pathological-inputs.mjs).
 */
export const BUDGETS = { fileBase: 10_000, filePerMb: 10_000 };

/**
 * ESLint's own parser (espree/acorn) recurses; on input nested past the stack it usually reports "Not
 * enough stack space", but sometimes V8 aborts the whole process instead ("RegExpCompiler Allocation
 * failed", irregexp compiling a regex with no stack left). That happens with the no-debugger-only config
 * too, without authlint loaded: it is counted as passed, with this note, only for the deep inputs.
 */
const ESLINT_PARSER_ABORT = /RegExpCompiler Allocation failed/;

function listFixtures() {
  if (!fs.existsSync(FIXTURES)) return [];
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (CODE_FILE.test(e.name) && !/\.d\.[cm]?ts$/.test(e.name)) out.push(full);
    }
  };
  walk(FIXTURES);
  return out;
}

function buildJobs({ corpusLimit, pipelineExists, withCorpus }) {
  const jobs = [];
  for (const f of withCorpus ? listCorpusFiles().slice(0, corpusLimit) : []) {
    const budgetMs = BUDGETS.fileBase + (BUDGETS.filePerMb * f.bytes) / 1024 / 1024;
    jobs.push({ group: 'corpus', label: f.relPath, task: { kind: 'core-file', file: f.file, ext: f.ext }, budgetMs });
    jobs.push({ group: 'corpus-eslint', label: f.relPath, task: { kind: 'eslint-file', file: f.file }, budgetMs });
  }
  for (const file of listFixtures()) {
    jobs.push({ group: 'fixture', label: repoRelative(file), task: { kind: 'core-file', file, ext: path.extname(file) }, budgetMs: BUDGETS.fileBase });
  }
  SUGGESTION_CASES.forEach((c, index) => {
    jobs.push({ group: 'suggestion-case', label: `${c.rule} (${c.framework})`, task: { kind: 'suggestion-case', index }, budgetMs: BUDGETS.fileBase });
  });
  for (const c of PATHOLOGICAL_INPUTS) {
    jobs.push({ group: 'core', label: c.name, task: { kind: 'core-case', name: c.name }, budgetMs: c.budgetMs });
    jobs.push({ group: 'eslint', label: `${c.name}${c.ext}`, task: { kind: 'eslint-case', name: c.name, ext: c.ext }, budgetMs: c.budgetMs, deep: c.expect === 'either' });
    if (pipelineExists) jobs.push({ group: 'pipeline', label: c.name, task: { kind: 'pipeline-case', name: c.name }, budgetMs: c.budgetMs });
  }
  if (pipelineExists) jobs.push({ group: 'project', label: 'multi-file project', task: { kind: 'multi-file-project' }, budgetMs: MULTI_FILE_PROJECT_BUDGET_MS });
  // Longest first, so the big files do not start last and stretch the run.
  return jobs.sort((a, b) => b.budgetMs - a.budgetMs);
}

const jobName = (job) => `${job.group}: ${job.label}`;

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** One job's outcome as checks: the job itself, then one check per suggestion it tried. */
function checksOf(job, outcome) {
  const name = jobName(job);
  if (outcome.timedOut) return [{ name, ok: false, detail: `over its budget of ${(job.budgetMs / 1000).toFixed(0)} s (killed)` }];
  if (outcome.crashed && job.group === 'eslint' && job.deep && ESLINT_PARSER_ABORT.test(outcome.stderr ?? '')) {
    return [{ name, ok: true, detail: `${outcome.crashed}: V8 aborted inside ESLint's parser (RegExpCompiler Allocation failed at stack exhaustion); ESLint does the same on this input without authlint (known, not authlint's)` }];
  }
  if (outcome.crashed) return [{ name, ok: false, detail: `${outcome.crashed}${outcome.stderr ? `; stderr: ${outcome.stderr.trim().split('\n').slice(0, 3).join(' / ')}` : ''}` }];
  const r = outcome.result;
  /** @type {{ name: string, ok: boolean, detail: string, stack?: string, count?: number }[]} */
  const checks = [{ name, ok: r.ok, detail: `${r.detail ?? (r.findings !== undefined ? `${r.findings} findings` : '')} (${seconds(outcome.ms)}${r.cpuMs === undefined ? '' : `, CPU ${seconds(r.cpuMs)}`})`, stack: r.stack }];
  const bad = r.badSuggestions ?? [];
  for (const s of bad) checks.push({ name: `suggestion: ${job.label}:${s.line} ${s.ruleId}/${s.suggestion}`, ok: false, detail: s.problems.join('; ') });
  const good = (r.suggestions ?? 0) - bad.length;
  if (good > 0) checks.push({ name: `suggestions: ${job.label}`, ok: true, detail: `${good} applied cleanly`, count: good });
  return checks;
}

/** Clean suggestions per rule, over every job; a rule of RULES_WITH_SWEPT_SUGGESTIONS with none is a failed check. */
function perRuleChecks(applied) {
  return RULES_WITH_SWEPT_SUGGESTIONS.map((rule) => {
    const n = applied.get(rule) ?? 0;
    return { name: `suggestions of ${rule}`, ok: n > 0, detail: n > 0 ? `${n} applied cleanly over the sweep` : 'none applied: the sweep exercises no suggestion of this rule' };
  });
}

function categoryOf(check) {
  if (/the 401 it makes has no WWW-Authenticate/.test(check.detail)) return 'a 403 -> 401 suggestion leaves the 401 without WWW-Authenticate (a new require-www-authenticate finding)';
  if (/over its budget/.test(check.detail)) return 'over its time budget';
  if (check.name.startsWith('suggestions of ')) return 'a rule whose suggestions the sweep never applied';
  if (check.name.startsWith('suggestion-case: ')) return 'a suggestion case its rule does not report';
  if (/still there/.test(check.detail)) return 'finding still there after its suggestion';
  if (/new finding/.test(check.detail)) return 'a suggestion brings a new finding';
  if (/does not parse|edits overlap|out of bounds/.test(check.detail)) return 'a suggestion breaks the code';
  if (/worker exited/.test(check.detail)) return 'process crashed';
  if (check.name.startsWith('corpus-eslint: ')) return 'authlint crashed ESLint on a corpus file';
  if (/threw/.test(check.detail)) return 'exception';
  return 'other';
}

async function main() {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const limitAt = argv.indexOf('--corpus-limit');
  const corpusLimit = limitAt === -1 ? Infinity : Number(argv[limitAt + 1]);
  const verbose = argv.includes('--verbose');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt === -1 ? undefined : argv[onlyAt + 1] ?? '';

  if (only === undefined) {
    const corpus = ensureCorpus();
    console.log(`sweep: corpus ${corpus.installed ? `installed in ${corpus.seconds.toFixed(0)} s` : 'already installed'}`);
  }
  ensureBuilt();
  const pipelineExists = fs.existsSync(PIPELINE_SOURCE);
  if (pipelineExists) await bundlePipeline();
  else console.log('sweep: packages/vscode/src/pipeline not found: pipeline checks skipped');

  const jobs = buildJobs({ corpusLimit, pipelineExists, withCorpus: only === undefined }).filter((job) => only === undefined || jobName(job).includes(only));
  const size = Math.max(1, Math.min(2, os.availableParallelism?.() ?? 2));
  console.log(`sweep: ${jobs.length} jobs on ${size} worker processes`);
  /** @type {{ name: string, ok: boolean, detail: string, stack?: string, count?: number }[]} */
  const checks = [];
  /** @type {Map<string, number>} */
  const applied = new Map();
  let finished = 0;
  await runPool(WORKER, jobs, {
    size,
    onResult(job, outcome) {
      finished++;
      for (const [rule, n] of Object.entries(outcome.result?.appliedByRule ?? {})) applied.set(rule, (applied.get(rule) ?? 0) + n);
      for (const c of checksOf(job, outcome)) {
        checks.push(c);
        if (!c.ok || verbose || !job.group.startsWith('corpus')) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
      }
      if (finished % 250 === 0) console.log(`  ... ${finished}/${jobs.length} jobs`);
    },
  });

  console.log(`\nsweep: suggestions applied cleanly, by rule: ${[...applied].sort().map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}`);
  for (const c of only === undefined ? perRuleChecks(applied) : []) {
    checks.push(c);
    console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  }
  const count = (c) => c.count ?? 1;
  const passed = checks.filter((c) => c.ok).reduce((t, c) => t + count(c), 0);
  const failed = checks.filter((c) => !c.ok);
  const corpusChecks = checks.filter((c) => c.name.startsWith('corpus: '));
  const eslintChecks = checks.filter((c) => c.name.startsWith('corpus-eslint: '));
  console.log(`\nsweep: corpus files through the core without exception: ${corpusChecks.filter((c) => c.ok).length}/${corpusChecks.length}`);
  console.log(`sweep: corpus files through ESLint with the plugin without a crash: ${eslintChecks.filter((c) => c.ok).length}/${eslintChecks.length}`);
  if (failed.length) {
    const categories = new Map();
    for (const c of failed) categories.set(categoryOf(c), (categories.get(categoryOf(c)) ?? 0) + 1);
    console.log('sweep: failures by kind:');
    for (const [category, n] of categories) console.log(`  ${String(n).padStart(4)}  ${category}`);
    console.log(`sweep: failures (${failed.length}):`);
    for (const c of failed) {
      console.log(`  ${c.name}\n      ${c.detail}`);
      if (c.stack && verbose) console.log(c.stack.split('\n').slice(0, 8).map((l) => `      ${l}`).join('\n'));
    }
  }
  console.log(`sweep: finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`sweep: ${passed} passed, ${failed.length} failed`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error.stack ?? error.message);
  console.log('sweep: 0 passed, 1 failed');
  process.exit(1);
});
