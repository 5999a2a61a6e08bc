#!/usr/bin/env node
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
  const program = parseForCore(warm);
  for (let i = 0; i < 5; i++) analyze(program, `${warm}// warm ${i}\n`);
}

const rows = [];
for (const style of STYLES) {
  for (const lines of SCALING_SIZES) {
    const text = generateHandlerFile({ lines, style });
    gc();
    const t0 = performance.now();
    const program = parseForCore(text);
    const parseMs = performance.now() - t0;
    const runs = [];
    let findings = 0;
    for (let i = 0; i < RUNS; i++) {
      // The core keeps one index per program and text: a different trailing comment each run makes every
      // run do the whole analysis, as a fresh parse would (no range moves).
      const runText = `${text}// run ${i}\n`;
      gc();
      const t = performance.now();
      findings = analyze(program, runText).length;
      runs.push(performance.now() - t);
    }
    rows.push({ style, lines, bytes: Buffer.byteLength(text), parseMs, analyzeMs: median(runs), findings });
    process.stderr.write(`bench-scaling: ${style} ${lines} lines: parse ${parseMs.toFixed(0)} ms, analyse ${median(runs).toFixed(1)} ms\n`);
  }
}

const fits = Object.fromEntries(STYLES.map((style) => [style, fitPowerLaw(rows.filter((r) => r.style === style).map((r) => [r.lines, r.analyzeMs]))]));
const all = fitPowerLaw(rows.map((r) => [r.lines, r.analyzeMs]));
fs.writeFileSync(outFile, JSON.stringify({ runs: RUNS, rows, fits, all }));
