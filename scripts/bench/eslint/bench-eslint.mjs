// @ts-check
// Benchmark 1: ESLint over the whole corpus with setups a, b and c (eslint-configs.mjs), each run in a
// fresh Node process with the same flags and environment, the setups interleaved round by round (the
// order rotating, so none always runs first), medians over the rounds. Then one run of b and of c with
// ESLint's `stats` option for its own per-rule times (timing every listener costs a little, so those
// runs are kept out of the medians).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR } from '../../corpus/paths.mjs';
import { median, sum } from '../stats.mjs';
import { CONFIG_KINDS } from './eslint-configs.mjs';

const RUNNER = fileURLToPath(new URL('./eslint-run.mjs', import.meta.url));
const RUN_TIMEOUT_MS = 20 * 60_000;

function runOnce(kind, listFile, { stats = false, scanCrashes = false } = {}) {
  const args = [RUNNER, kind, listFile, ...(stats ? ['--stats'] : []), ...(scanCrashes ? ['--scan-crashes'] : [])];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`ESLint run ${kind}${stats ? ' --stats' : ''} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout);
}

/** Runs benchmark 1 over `files` (corpus records); `log` reports progress. */
export function benchEslint(files, { rounds = 5, log = console.log } = {}) {
  const listFile = path.join(CACHE_DIR, 'bench', 'eslint-files.json');
  fs.mkdirSync(path.dirname(listFile), { recursive: true });
  // First, file by file with the plugin: a rule that throws aborts a whole lintFiles call, so files it
  // crashes on are found here, reported, and left out of every timed run (of a and c too, to compare alike).
  fs.writeFileSync(listFile, JSON.stringify(files.map((f) => f.relPath)));
  const { crashes } = runOnce('b', listFile, { scanCrashes: true });
  for (const c of crashes) log(`  eslint: authlint crashed on ${c.file}: ${c.error}`);
  const crashed = new Set(crashes.map((c) => c.file));
  files = files.filter((f) => !crashed.has(f.relPath));
  fs.writeFileSync(listFile, JSON.stringify(files.map((f) => f.relPath)));

  /** @type {Record<string, ReturnType<typeof runOnce>[]>} */
  const runs = Object.fromEntries(CONFIG_KINDS.map((k) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    const order = CONFIG_KINDS.map((_, i) => CONFIG_KINDS[(i + round) % CONFIG_KINDS.length]);
    for (const kind of order) {
      const run = runOnce(kind, listFile);
      runs[kind].push(run);
      log(`  eslint round ${round + 1}/${rounds} ${kind}: ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, load ${run.load.toFixed(1)}`);
    }
  }
  log('  eslint: stats runs of b and c');
  const statsB = runOnce('b', listFile, { stats: true });
  const statsC = runOnce('c', listFile, { stats: true });

  const medians = Object.fromEntries(CONFIG_KINDS.map((k) => [k, {
    wallMs: median(runs[k].map((r) => r.wallMs)),
    cpuMs: median(runs[k].map((r) => r.cpuMs)),
    load: median(runs[k].map((r) => r.load)),
    wallRuns: runs[k].map((r) => r.wallMs),
    cpuRuns: runs[k].map((r) => r.cpuMs),
    fatal: runs[k][0].fatal,
    messagesByRule: runs[k][0].messagesByRule,
  }]));
  const overhead = (field) => (medians.b[field] - medians.a[field]) / medians.a[field];
  // Paired per round as well: each round's b against the same round's a, median of those ratios.
  const pairedOverhead = (field) => median(runs.b.map((r, i) => (r[field] - runs.a[i][field]) / runs.a[i][field]));

  const authlintRules = Object.entries(statsB.ruleMs).filter(([id]) => id.startsWith('authlint/'));
  const authlintRuleMs = sum(authlintRules.map(([, ms]) => ms));
  const cRuleMs = sum(Object.values(statsC.ruleMs));
  const topC = Object.entries(statsC.ruleMs).sort((x, y) => y[1] - x[1]).slice(0, 5);

  return {
    rounds,
    files: files.length,
    crashes,
    medians,
    overheadWall: overhead('wallMs'),
    overheadCpu: overhead('cpuMs'),
    pairedOverheadWall: pairedOverhead('wallMs'),
    pairedOverheadCpu: pairedOverhead('cpuMs'),
    stats: {
      b: { totalMs: statsB.totalMs, parseMs: statsB.parseMs, ruleMs: statsB.ruleMs, authlintRuleMs, authlintShare: authlintRuleMs / statsB.totalMs, perRule: Object.fromEntries(authlintRules) },
      c: { totalMs: statsC.totalMs, parseMs: statsC.parseMs, ruleMs: cRuleMs, share: cRuleMs / statsC.totalMs, rules: Object.keys(statsC.ruleMs).length, top: topC },
    },
    authlintMessages: statsB.authlintMessages,
  };
}
