// @ts-check
// Benchmarks 2 and 4 from the per-file records of bench-core.mjs: parse against analyse, lines per
// second, and analyse time against file size (fitted exponent of a log-log least-squares line).
import { fitPowerLaw, median, sum } from '../stats.mjs';

/** Files below this many lines are left out of the scaling fit: their time is fixed overhead and timer noise. */
export const SCALING_MIN_LINES = 50;

function totals(records) {
  const parseMs = sum(records.map((r) => r.parseMs));
  const analyzeMs = sum(records.map((r) => r.analyzeMs));
  const forcedMs = sum(records.map((r) => r.forcedMs));
  const lines = sum(records.map((r) => r.lines));
  const bytes = sum(records.map((r) => r.bytes));
  return {
    files: records.length,
    lines,
    bytes,
    parseMs,
    analyzeMs,
    forcedMs,
    parseOverAnalyze: parseMs / analyzeMs,
    parseOverForced: parseMs / forcedMs,
    analyzeLinesPerSec: lines / (analyzeMs / 1000),
    forcedLinesPerSec: lines / (forcedMs / 1000),
    parseLinesPerSec: lines / (parseMs / 1000),
  };
}

export function summarizeCore({ passes, files }) {
  const measured = files.filter((r) => r.parseMs !== undefined);
  const parseErrors = files.filter((r) => r.parseError).map((r) => ({ relPath: r.relPath, error: r.parseError }));
  const withoutLarge = measured.filter((r) => !r.largeFile);
  const passed = measured.filter((r) => r.prefilterPassed);
  const perFileForcedRatio = measured.filter((r) => r.forcedMs > 0).map((r) => r.parseMs / r.forcedMs);
  const slowest = [...measured].sort((a, b) => b.forcedMs - a.forcedMs).slice(0, 5)
    .map((r) => ({ relPath: r.relPath, lines: r.lines, parseMs: r.parseMs, forcedMs: r.forcedMs, ratio: r.parseMs / r.forcedMs }));
  const worstRatio = measured.filter((r) => r.lines >= 200).sort((a, b) => a.parseMs / a.forcedMs - b.parseMs / b.forcedMs).slice(0, 5)
    .map((r) => ({ relPath: r.relPath, lines: r.lines, parseMs: r.parseMs, forcedMs: r.forcedMs, ratio: r.parseMs / r.forcedMs }));
  return {
    passes,
    parseErrors,
    all: totals(measured),
    withoutLargeFile: totals(withoutLarge),
    prefilterPassed: { ...totals(passed), share: passed.length / measured.length },
    perFileForcedRatio: {
      median: median(perFileForcedRatio),
      atLeast10x: perFileForcedRatio.filter((x) => x >= 10).length / perFileForcedRatio.length,
    },
    findings: sum(measured.map((r) => r.findings ?? 0)),
    slowest,
    worstRatio,
    scaling: scalingFits(measured),
  };
}

/** Benchmark 4 over the corpus: analyse time against lines (and bytes), forced so every file is analysed. */
export function scalingFits(measured) {
  const sized = measured.filter((r) => r.lines >= SCALING_MIN_LINES);
  return {
    minLines: SCALING_MIN_LINES,
    forcedVsLines: fitPowerLaw(sized.map((r) => [r.lines, r.forcedMs])),
    forcedVsBytes: fitPowerLaw(sized.map((r) => [r.bytes, r.forcedMs])),
    forcedVsLinesWithoutLarge: fitPowerLaw(sized.filter((r) => !r.largeFile).map((r) => [r.lines, r.forcedMs])),
    parseVsLines: fitPowerLaw(sized.map((r) => [r.lines, r.parseMs])),
    realVsLinesPrefilterPassed: fitPowerLaw(sized.filter((r) => r.prefilterPassed).map((r) => [r.lines, r.analyzeMs])),
  };
}
