#!/usr/bin/env node
// @ts-check
// authlint's share of ESLint time on the application corpus (issue 9's target), by ESLint's own rule
// timing (`stats`): every app of scripts/corpus/apps/apps.json linted once with `no-debugger` (the
// baseline every config pays: parse, scope analysis, traversal) plus authlint's recommended config,
// with the project model on (the default) or off.
//   npm run build && node scripts/bench/eslint/app-corpus-share.mjs [--project on|off|both] [app ids...]
// Prints one line per app and the total: files, ESLint's total, parse and authlint milliseconds, and
// authlint's share of the total. Needs the unpacked corpus (.corpus-apps, see docs/corpus.md).
import { ESLint } from 'eslint';
import fs from 'node:fs';
import os from 'node:os';
import { appDir, loadApps } from '../../corpus/apps/app-table.mjs';
import { listAppFiles } from '../../corpus/apps/app-files.mjs';
import { importPlugin } from '../product/built-packages.mjs';
import { flatConfig } from './app-corpus-config.mjs';

const args = process.argv.slice(2);
const projectFlag = args.includes('--project') ? args[args.indexOf('--project') + 1] : 'both';
const modes = projectFlag === 'both' ? ['on', 'off'] : [projectFlag];
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--project');

/** ESLint's own times, summed over the files of one lint run. */
function sumStats(results) {
  let totalMs = 0;
  let parseMs = 0;
  let authlintMs = 0;
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      totalMs += pass.total ?? 0;
      parseMs += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) if (rule.startsWith('authlint/')) authlintMs += time.total;
    }
  }
  return { totalMs, parseMs, authlintMs };
}

const plugin = await importPlugin();
const apps = loadApps().filter((a) => only.length === 0 || only.includes(a.id)).filter((a) => fs.existsSync(appDir(a)));
if (apps.length === 0) throw new Error('no unpacked app: see docs/corpus.md (node scripts/corpus/apps/install-apps.mjs)');
const percent = (part, whole) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '-');

console.log(`app-corpus-share: ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`);
for (const mode of modes) {
  const sum = { files: 0, totalMs: 0, parseMs: 0, authlintMs: 0 };
  console.log(`\nproject model ${mode}\napp                 files   total ms   parse ms   authlint ms  share`);
  for (const app of apps) {
    const files = listAppFiles(app);
    const eslint = new ESLint({ cwd: appDir(app), overrideConfigFile: true, overrideConfig: flatConfig(plugin, app, mode === 'on'), ignore: false, cache: false, stats: true });
    const times = sumStats(files.length > 0 ? await eslint.lintFiles(files) : []);
    sum.files += files.length;
    sum.totalMs += times.totalMs;
    sum.parseMs += times.parseMs;
    sum.authlintMs += times.authlintMs;
    console.log(`${app.id.padEnd(18)} ${String(files.length).padStart(6)} ${times.totalMs.toFixed(0).padStart(10)} ${times.parseMs.toFixed(0).padStart(10)} ${times.authlintMs.toFixed(0).padStart(13)}  ${percent(times.authlintMs, times.totalMs)}`);
  }
  console.log(`${'total'.padEnd(18)} ${String(sum.files).padStart(6)} ${sum.totalMs.toFixed(0).padStart(10)} ${sum.parseMs.toFixed(0).padStart(10)} ${sum.authlintMs.toFixed(0).padStart(13)}  ${percent(sum.authlintMs, sum.totalMs)}`);
}
console.log(`\nload at the end ${os.loadavg()[0].toFixed(1)}`);
