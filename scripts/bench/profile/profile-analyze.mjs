#!/usr/bin/env node
// @ts-check
// A workload to profile the core's analyse: a generated file (or a corpus file), parsed once, analysed
// N times. Run under the profiler and summarise:
//   node --cpu-prof --cpu-prof-dir=.cache/profiles scripts/bench/profile/profile-analyze.mjs --lines 16000 --style express
//   node --cpu-prof --cpu-prof-dir=.cache/profiles scripts/bench/profile/profile-analyze.mjs --file .corpus/node_modules/typescript/lib/typescript.js --force
//   node scripts/bench/profile/summarize-profile.mjs .cache/profiles/<newest>.cpuprofile
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../corpus/paths.mjs';
import { generateHandlerFile } from '../generate/handler-file.mjs';
import { importCore } from '../product/built-packages.mjs';
import { FORCE_ANALYSIS_MARKER, parseForCore } from '../product/parse.mjs';
import { measure } from '../timer.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => {
  const i = args.indexOf(n);
  return i === -1 ? d : args[i + 1];
};
const file = opt('--file');
const runs = Number(opt('--runs', 3));
let text = file ? fs.readFileSync(path.resolve(REPO_ROOT, file), 'utf8') : generateHandlerFile({ lines: Number(opt('--lines', 16000)), style: opt('--style', 'express') });
const extension = file ? path.extname(file) : '.ts';
if (args.includes('--force')) text += FORCE_ANALYSIS_MARKER;
const { analyze } = await importCore();
for (let i = 0; i < runs; i++) {
  // A fresh tree each run: the core caches its index per program, and each statement's lists per statement.
  const program = parseForCore(text, extension);
  const m = measure(() => analyze(program, text));
  console.log(`analyse ${i + 1}/${runs}: ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU, ${m.value.length} findings`);
}
