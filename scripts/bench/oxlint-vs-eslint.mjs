#!/usr/bin/env node
// oxlint and ESLint side by side, both running only authlint's two rules from the built plugin
// (packages/eslint-plugin/dist), over examples/ and, once `npm run corpus` has installed it, the framework corpus:
//   node scripts/bench/oxlint-vs-eslint.mjs [--runs 5]
// Each run is a fresh process given the same explicit file list, timed from spawn to exit (what a user waits for).
// oxlint uses test/oxlint/.oxlintrc.json (no built-in rule) and its default threads (one per core); ESLint the corpus
// config of benchmark 1 without its no-debugger rule, single-threaded as there (its `concurrency` would need the
// config as an options module, since a flat config holding the plugin cannot be cloned to worker threads).
// Prints, per tool and file set, the median wall time, every run's time, the 1-minute load and the finding count.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCorpusFiles } from '../corpus/list-corpus-files.mjs';
import { CACHE_DIR, CORPUS_DIR, REPO_ROOT, repoRelative } from '../corpus/paths.mjs';
import { eslintConfig } from './eslint/eslint-configs.mjs';
import { machineInfo } from './machine.mjs';
import { importPlugin } from './product/built-packages.mjs';
import { formatMs, median } from './stats.mjs';

const THIS_FILE = fileURLToPath(import.meta.url);
const OXLINT_BIN = path.join(REPO_ROOT, 'node_modules/oxlint/bin/oxlint');
const OXLINT_CONFIG = path.join(REPO_ROOT, 'test/oxlint/.oxlintrc.json');
const SOURCE_FILE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;

/** Child mode: one ESLint run over a file list; prints the number of authlint findings. */
async function eslintChild(listFile) {
  const { ESLint } = await import('eslint');
  const plugin = await importPlugin();
  // Benchmark 1's setup (b) is its corpus config plus no-debugger plus authlint's recommended rules: drop no-debugger.
  const config = eslintConfig('b', { plugin }).filter((block) => block.rules?.['no-debugger'] === undefined);
  const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: config, cache: false, concurrency: 'off' });
  const results = await eslint.lintFiles(JSON.parse(fs.readFileSync(listFile, 'utf8')));
  const findings = results.flatMap((r) => r.messages).filter((m) => m.ruleId?.startsWith('authlint/')).length;
  process.stdout.write(`${JSON.stringify({ findings })}\n`);
}

function sourceFilesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(full);
    return SOURCE_FILE.test(entry.name) ? [repoRelative(full)] : [];
  });
}

function fileSets() {
  const sets = [{ name: 'examples/', files: sourceFilesUnder(path.join(REPO_ROOT, 'examples')) }];
  if (fs.existsSync(path.join(CORPUS_DIR, 'node_modules'))) {
    sets.push({ name: 'framework corpus', files: listCorpusFiles().map((f) => f.relPath) });
  } else {
    process.stderr.write('no corpus in .corpus/: run `npm run corpus` first to time it too\n');
  }
  return sets;
}

function timed(args) {
  const load = os.loadavg()[0];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return { wallMs, load, stdout: run.stdout };
}

const TOOLS = [
  {
    name: 'oxlint (JS plugin)',
    run: (files) => {
      // `--no-ignore`: the corpus lies under node_modules/, which oxlint skips otherwise.
      const { wallMs, load, stdout } = timed([OXLINT_BIN, '-c', OXLINT_CONFIG, '--no-ignore', '-f', 'json', ...files]);
      const output = JSON.parse(stdout);
      return { wallMs, load, findings: output.diagnostics.length, files: output.number_of_files, threads: output.threads_count };
    },
  },
  {
    name: 'ESLint',
    run: (files, listFile) => {
      const { wallMs, load, stdout } = timed([THIS_FILE, '--eslint-child', listFile]);
      return { wallMs, load, findings: JSON.parse(stdout).findings, files: files.length };
    },
  },
];

async function main() {
  const runsFlag = process.argv.indexOf('--runs');
  const runs = runsFlag === -1 ? 5 : Number(process.argv[runsFlag + 1]);
  await importPlugin(); // builds the plugin first if its dist is missing or stale
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const machine = machineInfo();
  console.log(`${machine.date}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Node ${machine.node}; ${runs} runs each, tools interleaved`);
  console.log('| files | tool | median wall | wall per run | load (median) | files linted | findings |');
  console.log('| --- | --- | ---: | --- | ---: | ---: | ---: |');
  for (const set of fileSets()) {
    const listFile = path.join(CACHE_DIR, 'oxlint-vs-eslint-files.json');
    fs.writeFileSync(listFile, JSON.stringify(set.files));
    /** @type {{ wallMs: number, load: number, findings: number, files: number, threads?: number }[][]} */
    const samples = TOOLS.map(() => []);
    for (let round = 0; round < runs; round++) {
      TOOLS.forEach((tool, i) => samples[i].push(tool.run(set.files, listFile)));
    }
    TOOLS.forEach((tool, i) => {
      const s = samples[i];
      const walls = s.map((r) => r.wallMs);
      const threads = s[0].threads === undefined ? '' : `, ${s[0].threads} threads`;
      console.log(`| ${set.name} | ${tool.name}${threads} | ${formatMs(median(walls))} | ${walls.map((w) => (w / 1000).toFixed(2)).join(', ')} s | ${median(s.map((r) => r.load)).toFixed(1)} | ${s[0].files} | ${s[0].findings} |`);
    });
  }
}

if (process.argv[2] === '--eslint-child') await eslintChild(process.argv[3]);
else await main();
