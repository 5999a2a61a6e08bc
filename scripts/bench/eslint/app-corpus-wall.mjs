#!/usr/bin/env node
// @ts-check
// What authlint adds to the wall and CPU time of linting the application corpus, the second measure
// of issue 9's share target beside ESLint's own rule timing (app-corpus-share.mjs). Each run is one
// fresh Node process that lints every app once, as CI would (no ESLint stats, no cache, and a project
// model that starts empty); the setups are interleaved round by round, their order alternating:
//   baseline  `no-debugger` only
//   on        + authlint's recommended config, project model on (the default)
//   off       + the same, `settings.authlint.followImports: false`
//   npm run build && node scripts/bench/eslint/app-corpus-wall.mjs [--rounds N] [--setups baseline,on,off] [app ids...]
// Prints each run, then per setup the median wall and CPU time and what it adds to the baseline's.
// Needs the unpacked corpus (.corpus-apps, see docs/corpus.md).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { appDir, loadApps } from '../../corpus/apps/app-table.mjs';
import { listAppFiles } from '../../corpus/apps/app-files.mjs';
import { importPlugin } from '../product/built-packages.mjs';
import { flatConfig } from './app-corpus-config.mjs';

const FOLLOW_IMPORTS = { baseline: undefined, on: true, off: false };
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (args[0] === '--child') {
  // One run: every app of the list, linted once; prints its wall and CPU milliseconds as JSON.
  const [, setup, ...ids] = args;
  const plugin = await importPlugin();
  const apps = loadApps().filter((a) => ids.includes(a.id));
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let messages = 0;
  for (const app of apps) {
    const eslint = new ESLint({ cwd: appDir(app), overrideConfigFile: true, overrideConfig: flatConfig(plugin, app, FOLLOW_IMPORTS[setup]), ignore: false, cache: false });
    for (const result of await eslint.lintFiles(listAppFiles(app))) messages += result.messages.length;
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  process.stdout.write(`${JSON.stringify({ setup, wallMs, cpuMs: (cpu.user + cpu.system) / 1000, messages })}\n`);
  process.exit(0);
}

const rounds = Number(option('--rounds', '2'));
const setups = option('--setups', 'baseline,on,off').split(',');
const only = args.filter((a, i) => !a.startsWith('--') && !['--rounds', '--setups'].includes(args[i - 1] ?? ''));
const ids = loadApps().filter((a) => (only.length === 0 || only.includes(a.id)) && fs.existsSync(appDir(a))).map((a) => a.id);
if (ids.length === 0) throw new Error('no unpacked app: see docs/corpus.md (node scripts/corpus/apps/install-apps.mjs)');
for (const setup of setups) if (!(setup in FOLLOW_IMPORTS)) throw new Error(`unknown setup ${setup} (baseline, on, off)`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`app-corpus-wall: ${ids.length} apps, ${rounds} rounds, ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`);
const runs = Object.fromEntries(setups.map((s) => [s, []]));
const self = fileURLToPath(import.meta.url);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? setups : [...setups].reverse();
  for (const setup of order) {
    const child = spawnSync(process.execPath, [self, '--child', setup, ...ids], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`run ${setup} failed: ${child.stderr.slice(0, 2000)}`);
    const run = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? 'null');
    runs[setup].push(run);
    console.log(`round ${round + 1} ${setup.padEnd(8)} ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, ${run.messages} messages, load ${os.loadavg()[0].toFixed(1)}`);
  }
}

const percent = (part, whole) => `${part >= 0 ? '+' : ''}${((part / whole) * 100).toFixed(1)}%`;
const base = runs.baseline && { wall: median(runs.baseline.map((r) => r.wallMs)), cpu: median(runs.baseline.map((r) => r.cpuMs)) };
console.log('\nsetup     median wall   median CPU   added to the baseline (wall / CPU)');
for (const setup of setups) {
  const wall = median(runs[setup].map((r) => r.wallMs));
  const cpu = median(runs[setup].map((r) => r.cpuMs));
  const added = base && setup !== 'baseline' ? `${percent(wall - base.wall, base.wall)} / ${percent(cpu - base.cpu, base.cpu)}` : '';
  console.log(`${setup.padEnd(9)} ${(wall / 1000).toFixed(1).padStart(9)} s ${(cpu / 1000).toFixed(1).padStart(10)} s   ${added}`);
}
console.log(`\nload at the end ${os.loadavg()[0].toFixed(1)}`);
