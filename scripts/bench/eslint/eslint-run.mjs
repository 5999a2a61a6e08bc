#!/usr/bin/env node
// @ts-check
// One timed ESLint run, in its own process (so every run starts equally cold):
//   node eslint-run.mjs <a|b|c> <file-list.json> [--stats]
//   node eslint-run.mjs <a|b|c> <file-list.json> --scan-crashes   lints file by file, prints the files a rule crashed on
// Prints one JSON line: wall and CPU time of lintFiles, the 1-minute load average around it, message counts, and (with --stats) ESLint's own
// per-rule, parse and total times summed over the files.
import { ESLint } from 'eslint';
import fs from 'node:fs';
import os from 'node:os';
import { REPO_ROOT } from '../../corpus/paths.mjs';
import { importPlugin } from '../product/built-packages.mjs';
import { eslintConfig } from './eslint-configs.mjs';

const [kind, listFile, ...flags] = process.argv.slice(2);
const stats = flags.includes('--stats');
const files = JSON.parse(fs.readFileSync(listFile, 'utf8'));
const plugin = kind === 'b' ? await importPlugin() : undefined;

const eslint = new ESLint({
  cwd: REPO_ROOT,
  overrideConfigFile: true,
  overrideConfig: eslintConfig(kind, { plugin }),
  ignore: true, // keeps the config's `!**/node_modules/` (see eslint-configs.mjs)
  cache: false,
  fix: false,
  stats,
  concurrency: 'off',
  errorOnUnmatchedPattern: true,
});

if (flags.includes('--scan-crashes')) {
  const crashes = [];
  for (const file of files) {
    try {
      await eslint.lintFiles([file]);
    } catch (error) {
      crashes.push({ file, error: String(error.message).split('\n').slice(0, 3).join(' | ') });
    }
  }
  process.stdout.write(`${JSON.stringify({ kind, crashes })}\n`);
  process.exit(0);
}

const loadBefore = os.loadavg()[0];
const cpuStart = process.cpuUsage();
const started = performance.now();
const results = await eslint.lintFiles(files);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
const load = (loadBefore + os.loadavg()[0]) / 2;

const messagesByRule = {};
const authlintMessages = [];
let fatal = 0;
const ruleMs = {};
let parseMs = 0;
let totalMs = 0;
for (const result of results) {
  for (const m of result.messages) {
    const rule = m.ruleId ?? (m.fatal ? '(parse error)' : '(none)');
    messagesByRule[rule] = (messagesByRule[rule] ?? 0) + 1;
    if (m.fatal) fatal++;
    if (m.ruleId?.startsWith('authlint/')) {
      authlintMessages.push({ file: result.filePath, line: m.line, column: m.column, ruleId: m.ruleId, message: m.message, suggestions: (m.suggestions ?? []).map((s) => s.desc) });
    }
  }
  for (const pass of result.stats?.times?.passes ?? []) {
    parseMs += pass.parse?.total ?? 0;
    totalMs += pass.total ?? 0;
    for (const [rule, t] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + t.total;
  }
}

process.stdout.write(`${JSON.stringify({ kind, stats, files: results.length, wallMs, cpuMs, load, fatal, messagesByRule, authlintMessages, ...(stats ? { ruleMs, parseMs, totalMs } : {}) })}\n`);
