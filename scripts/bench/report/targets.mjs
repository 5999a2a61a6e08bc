// @ts-check
// The targets of issue 4 and how each is judged from the benchmark results.

/** Exponents up to this count as linear (a fit over real files of different shapes is never exactly 1). */
export const LINEAR_MAX_EXPONENT = 1.15;

export function judgeTargets(results) {
  const targets = [];
  const { eslint, core, pipeline, scaling } = results;
  if (eslint) {
    // Judged on ESLint's own timing of authlint's rules against the rest of run (b): the extra work itself.
    // Wall and CPU medians of separate runs are printed too, but on a shared 2-core machine the rounds
    // spread by more than 5%, so they cannot carry a 5% verdict on their own.
    const statsRatio = eslint.stats.b.authlintRuleMs / (eslint.stats.b.totalMs - eslint.stats.b.authlintRuleMs);
    targets.push({
      target: "authlint's recommended rules add at most 5% to ESLint time (a) on the corpus",
      measured: `(b - a) / a = ${pct(statsRatio)} by ESLint's own rule timing (authlint's rules ${(eslint.stats.b.authlintShare * 100).toFixed(1)}% of run b); medians of ${eslint.rounds} interleaved rounds: ${pct(eslint.overheadWall)} wall, ${pct(eslint.overheadCpu)} CPU`,
      met: statsRatio <= 0.05,
    });
  }
  if (core) {
    targets.push({
      target: 'analyse at least 10x faster than parse',
      measured: `corpus total: ${x(core.all.parseOverAnalyze)} as shipped (text prefilter on), ${x(core.all.parseOverForced)} forced (every file analysed); without the 9 MB file ${x(core.withoutLargeFile.parseOverForced)} forced`,
      met: core.all.parseOverForced >= 10,
    });
  }
  if (pipeline) {
    // Judged per keystroke (the extension re-analyses after each edit, with the previous analysis);
    // the cold call (a full parse: opening a file, or an edit the incremental parse hands back) beside it.
    const cold5k = pipeline.documents.filter((d) => d.lines === 5000);
    const coldWorst = cold5k.reduce((w, d) => (d.p95 > w.p95 ? d : w));
    const keys5k = (pipeline.keystrokes ?? []).filter((d) => d.lines === 5000);
    if (keys5k.length > 0) {
      const worst = keys5k.reduce((w, d) => (d.p95 > w.p95 ? d : w));
      const count = keys5k.reduce((t, d) => t + d.keystrokes, 0);
      const fallbacks = keys5k.reduce((t, d) => t + d.full, 0);
      targets.push({
        target: 'editor pipeline p95 under 20 ms for a 5k-line file',
        measured: `per keystroke p95 ${ms(worst.p95)} (worst of ${keys5k.map((d) => `${d.style} ${ms(d.p95)}`).join(', ')}; ${count} keystrokes, ${fallbacks} parsed in full); a cold call (full parse, as on opening the file) p95 ${ms(coldWorst.p95)}`,
        met: worst.p95 < 20,
      });
    } else {
      targets.push({
        target: 'editor pipeline p95 under 20 ms for a 5k-line file',
        measured: `p95 ${ms(coldWorst.p95)} per cold call (worst of ${cold5k.map((d) => `${d.style} ${ms(d.p95)}`).join(', ')}); no per-keystroke figures`,
        met: coldWorst.p95 < 20,
      });
    }
    const hoverP95 = Math.max(...pipeline.hover.flatMap((h) => [h.random.p95, h.onStatus.p95]));
    const hits = pipeline.hover.reduce((t, h) => t + h.onStatus.hits + h.random.hits, 0);
    targets.push({
      target: 'hover p95 under 2 ms',
      measured: `p95 ${ms(hoverP95)} (worst of random and on-status offsets, three 5k-line files; ${hits} lookups returned a hover)`,
      met: hoverP95 < 2,
      note: hits === 0 ? 'no lookup returned a hover: the core hover (describeStatusAt) did nothing when measured' : undefined,
    });
  }
  if (core || scaling) {
    const corpusK = core?.scaling.forcedVsLines.exponent;
    const generatedK = scaling?.all.exponent;
    const ks = [corpusK, generatedK].filter((k) => k !== undefined);
    targets.push({
      target: 'linear scaling (fitted exponent of analyse time against size about 1)',
      measured: [
        corpusK !== undefined ? `corpus ${corpusK.toFixed(2)} (r² ${core.scaling.forcedVsLines.r2.toFixed(2)})` : undefined,
        generatedK !== undefined ? `generated 1k-64k lines ${generatedK.toFixed(2)} (r² ${scaling.all.r2.toFixed(2)})` : undefined,
      ].filter(Boolean).join('; '),
      met: ks.every((k) => k <= LINEAR_MAX_EXPONENT),
    });
  }
  return targets;
}

export const pct = (r) => `${r >= 0 ? '+' : ''}${(r * 100).toFixed(1)}%`;
export const x = (r) => `${r.toFixed(1)}x`;
export function ms(v) {
  if (!Number.isFinite(v)) return 'n/a';
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${v.toFixed(0)} ms`;
  if (v >= 10) return `${v.toFixed(1)} ms`;
  if (v >= 1) return `${v.toFixed(2)} ms`;
  return `${v.toFixed(3)} ms`;
}
