#!/usr/bin/env node
// @ts-check
// Benchmark 2: the core alone, per corpus file: parse time (typescript-estree, range + loc) against
// analyse time (`analyze` from packages/core/dist), both as the real analyse (with the core's text
// prefilter, which skips files that cannot hold a 401/403) and a forced analyse (the prefilter let
// through by a marker appended after the last character, so every file is fully indexed and walked).
//   node --expose-gc bench-core.mjs <out.json> [--passes N] [--limit N]
// Each file is measured in every pass; a file's figure is the median over the passes (the first pass
// also warms the JIT). Writes one record per file; the summary is computed by core-summary.mjs.
import fs from 'node:fs';
import { listCorpusFiles } from '../../corpus/list-corpus-files.mjs';
import { importCore } from '../product/built-packages.mjs';
import { FORCE_ANALYSIS_MARKER, parseForCore } from '../product/parse.mjs';
import { median } from '../stats.mjs';

const args = process.argv.slice(2);
const outFile = args[0];
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const passes = option('--passes', 3);
const limit = option('--limit', Infinity);

const { analyze, prepareFile } = await importCore();
const gc = globalThis.gc ?? (() => {});
const BIG = 256 * 1024;

const files = listCorpusFiles().slice(0, limit);
const texts = files.map((f) => fs.readFileSync(f.file, 'utf8'));
/** @type {{ parse: number[], analyze: number[], forced: number[] }[]} */
const samples = files.map(() => ({ parse: [], analyze: [], forced: [] }));
/**
 * @typedef {{ relPath: string, pkg: string, bytes: number, lines: number, largeFile: boolean, parseError?: string,
 *   findings?: number, prefilterPassed?: boolean, forcedFindings?: number, parseMs?: number, analyzeMs?: number,
 *   forcedMs?: number }} FileRecord
 */
/** @type {FileRecord[]} */
const records = files.map((f) => ({ relPath: f.relPath, pkg: f.pkg, bytes: f.bytes, lines: f.lines, largeFile: f.largeFile }));

function time(fn) {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
}

for (let pass = 0; pass < passes; pass++) {
  const started = performance.now();
  for (let i = 0; i < files.length; i++) {
    const text = texts[i];
    const big = text.length > BIG;
    if (big) gc();
    let parseMs;
    let program;
    try {
      [parseMs, program] = time(() => parseForCore(text, files[i].ext));
    } catch (error) {
      records[i].parseError = String(error.message).split('\n')[0];
      continue;
    }
    if (big) gc();
    const [analyzeMs, findings] = time(() => analyze(program, text));
    if (big) gc();
    // A tree of its own for the forced analyse: the core keeps each top-level statement's node lists
    // with the statement (for the editor, which reuses unchanged statements), so a second analyse of
    // the same tree would skip the walk and flatter the figure.
    const forcedProgram = parseForCore(text, files[i].ext);
    if (big) gc();
    const forcedText = text + FORCE_ANALYSIS_MARKER;
    const [forcedMs, forcedFindings] = time(() => analyze(forcedProgram, forcedText));
    samples[i].parse.push(parseMs);
    samples[i].analyze.push(analyzeMs);
    samples[i].forced.push(forcedMs);
    records[i].findings = findings.length;
    if (pass === 0) records[i].prefilterPassed = prepareFile(program, text).context !== undefined;
    records[i].forcedFindings = forcedFindings.length;
  }
  process.stderr.write(`bench-core: pass ${pass + 1}/${passes} over ${files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

for (let i = 0; i < files.length; i++) {
  if (records[i].parseError) continue;
  records[i].parseMs = median(samples[i].parse);
  records[i].analyzeMs = median(samples[i].analyze);
  records[i].forcedMs = median(samples[i].forced);
}

fs.writeFileSync(outFile, JSON.stringify({ passes, files: records }));
