#!/usr/bin/env node
// @ts-check
// Benchmark 4, controlled half: the same kind of code at doubling sizes (generated handler files of
// 1k to 64k lines, each style), analyse time (median of several runs) against lines, fitted exponent.
// The corpus half (real files of every size) is in core-summary.mjs.
//   node --expose-gc bench-scaling.mjs <out.json>
import fs from 'node:fs';
import { generateHandlerFile } from '../generate/handler-file.mjs';
import { importCore } from '../product/built-packages.mjs';
import { parseForCore } from '../product/parse.mjs';
import { fitPowerLaw, median } from '../stats.mjs';

export const SCALING_SIZES = [1000, 2000, 4000, 8000, 16000, 32000, 64000];
const STYLES = ['express', 'koa', 'nest'];
const RUNS = 5;

const outFile = process.argv[2];
const { analyze } = await importCore();
const gc = globalThis.gc ?? (() => {});

// Warm the JIT on a mid-size file first, so the smallest size is not measured cold.
{
  const warm = generateHandlerFile({ lines: 4000, style: 'express', seed: 99 });
  for (let i = 0; i < 5; i++) analyze(parseForCore(warm), warm);
}

const rows = [];
for (const style of STYLES) {
  for (const lines of SCALING_SIZES) {
    const text = generateHandlerFile({ lines, style });
    gc();
    const t0 = performance.now();
    parseForCore(text);
    const parseMs = performance.now() - t0;
    const runs = [];
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      // A fresh tree each run: the core caches its index per program, and each top-level statement's
      // node lists per statement (for the editor), so a second analyse of one tree would skip the walk.
      const program = parseForCore(text);
      gc();
      const t = performance.now();
      findings = analyze(program, text).length;
      runs.push(performance.now() - t);
    }
    rows.push({ style, lines, bytes: Buffer.byteLength(text), parseMs, analyzeMs: median(runs), findings });
    process.stderr.write(`bench-scaling: ${style} ${lines} lines: parse ${parseMs.toFixed(0)} ms, analyse ${median(runs).toFixed(1)} ms\n`);
  }
}

const fits = Object.fromEntries(STYLES.map((style) => [style, fitPowerLaw(rows.filter((r) => r.style === style).map((r) => [r.lines, r.analyzeMs]))]));
const all = fitPowerLaw(rows.map((r) => [r.lines, r.analyzeMs]));
fs.writeFileSync(outFile, JSON.stringify({ runs: RUNS, rows, fits, all }));
