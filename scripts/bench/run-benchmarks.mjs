#!/usr/bin/env node
// @ts-check
// `npm run bench`: the four benchmarks of issue 4 on the corpus, figures printed and written to
// docs/benchmarks.md with the command and the machine.
//   npm run bench                          all four, 5 ESLint rounds, writes docs/benchmarks.md
//   npm run bench -- --rounds 3            fewer ESLint rounds
//   npm run bench -- --only core,pipeline  a subset (eslint, core, pipeline, scaling); prints, does not write
//   npm run bench -- --from-results        rewrites docs/benchmarks.md from the last run's .cache/bench/results.json
//   npm run bench -- --reuse core,pipeline  takes those benchmarks' figures from the last run's .cache/bench/*.json
//                                          instead of measuring them again (the command line in the report says so)
// Steps: corpus (installed if missing) -> build of core and plugin (if stale) -> pipeline bundled with
// esbuild into .cache/bench -> each benchmark in its own Node process -> report.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from '../corpus/install-corpus.mjs';
import { listCorpusFiles, summarizeCorpus } from '../corpus/list-corpus-files.mjs';
import { CACHE_DIR, REPO_ROOT } from '../corpus/paths.mjs';
import { summarizeCore } from './core/core-summary.mjs';
import { benchEslint } from './eslint/bench-eslint.mjs';
import { machineInfo } from './machine.mjs';
import { ensureBuilt } from './product/built-packages.mjs';
import { bundlePipeline, PIPELINE_SOURCE } from './product/pipeline.mjs';
import { formatConsoleSummary, formatReport } from './report/format-report.mjs';

const BENCHMARKS = ['eslint', 'core', 'pipeline', 'scaling'];
const CHILD_TIMEOUT_MS = 30 * 60_000;
const REPORT = path.join(REPO_ROOT, 'docs', 'benchmarks.md');

function parseArgs(argv) {
  const value = (name) => {
    const i = argv.indexOf(name);
    return i === -1 ? undefined : argv[i + 1];
  };
  const only = value('--only')?.split(',') ?? BENCHMARKS;
  for (const b of only) if (!BENCHMARKS.includes(b)) throw new Error(`unknown benchmark ${b} (one of ${BENCHMARKS.join(', ')})`);
  const full = only.length === BENCHMARKS.length;
  const reuse = value('--reuse')?.split(',') ?? [];
  return { only, reuse, rounds: Number(value('--rounds') ?? 5), corePasses: Number(value('--passes') ?? 3), write: argv.includes('--write') || (full && !argv.includes('--no-write')) };
}

let reused = [];

/** Runs one benchmark script in a fresh Node process (with --expose-gc) and reads the JSON it writes. */
function runChild(script, outName, extraArgs = []) {
  const out = path.join(CACHE_DIR, 'bench', outName);
  if (reused.includes(outName.replace(/\.json$/, ''))) return JSON.parse(fs.readFileSync(out, 'utf8'));
  const file = fileURLToPath(new URL(script, import.meta.url));
  const result = spawnSync(process.execPath, ['--expose-gc', file, out, ...extraArgs], { stdio: ['ignore', 'inherit', 'inherit'], timeout: CHILD_TIMEOUT_MS });
  if (result.status !== 0) throw new Error(`${script} failed (${result.error?.message ?? `exit ${result.status}`})`);
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/**
 * The generated report with the hand-written sections of the current one kept: everything from the
 * line HAND_WRITTEN_MARKER on (measurements of other scripts, such as oxlint against ESLint).
 */
const HAND_WRITTEN_MARKER = '<!-- Sections below are written by hand; npm run bench keeps them. -->';

/** @param {string} generated */
function withHandWrittenSections(generated) {
  const current = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, 'utf8') : '';
  const at = current.indexOf(HAND_WRITTEN_MARKER);
  return at === -1 ? generated : `${generated.trimEnd()}\n\n${current.slice(at)}`;
}

function rewriteFromResults() {
  const saved = JSON.parse(fs.readFileSync(path.join(CACHE_DIR, 'bench', 'results.json'), 'utf8'));
  console.log(formatConsoleSummary(saved));
  fs.writeFileSync(REPORT, withHandWrittenSections(formatReport(saved)));
  console.log(`bench: figures of ${saved.machine.date} rewritten to ${path.relative(REPO_ROOT, REPORT)}`);
}

async function main() {
  if (process.argv.includes('--from-results')) {
    rewriteFromResults();
    return;
  }
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  reused = options.reuse;
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const machineBefore = machineInfo();
  const step = (name, fn) => {
    const t = performance.now();
    const value = fn();
    const settle = (v) => {
      console.log(`bench: ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      return v;
    };
    return value instanceof Promise ? value.then(settle) : settle(value);
  };

  step('corpus', () => ensureCorpus());
  step('build', () => ensureBuilt());
  const pipelineExists = fs.existsSync(PIPELINE_SOURCE);
  if (pipelineExists) await step('pipeline bundle', () => bundlePipeline());
  const files = listCorpusFiles();
  const corpus = summarizeCorpus(files);

  const results = { corpus, pipelineExists };
  if (options.only.includes('core')) results.core = step('core (benchmark 2)', () => summarizeCore(runChild('./core/bench-core.mjs', 'core.json', ['--passes', String(options.corePasses)])));
  if (options.only.includes('scaling')) {
    results.scaling = step('scaling (benchmark 4)', () => runChild('./core/bench-scaling.mjs', 'scaling.json'));
    if (!results.core) results.core = summarizeCore(runChild('./core/bench-core.mjs', 'core.json', ['--passes', '1']));
  }
  if (options.only.includes('pipeline')) results.pipeline = step('pipeline (benchmark 3)', () => runChild('./pipeline/bench-pipeline.mjs', 'pipeline.json'));
  if (options.only.includes('eslint')) results.eslint = step('eslint (benchmark 1)', () => benchEslint(files, { rounds: options.rounds }));

  const machine = { ...machineBefore, loadAfter: machineInfo().load };
  const seconds = (performance.now() - started) / 1000;
  fs.writeFileSync(path.join(CACHE_DIR, 'bench', 'results.json'), JSON.stringify({ command, machine, seconds, results }, null, 2));
  console.log(formatConsoleSummary({ results, machine }));
  if (options.write) {
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, withHandWrittenSections(formatReport({ command, machine, seconds, results })));
    console.log(`bench: figures written to ${path.relative(REPO_ROOT, REPORT)}`);
  }
  console.log(`bench: done in ${seconds.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
