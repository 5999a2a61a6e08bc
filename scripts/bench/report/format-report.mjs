// @ts-check
// docs/benchmarks.md and the console summary, from the results of run-benchmarks.mjs.
import { formatBytes, formatSummary } from '../../corpus/list-corpus-files.mjs';
import { CONFIG_LABELS } from '../eslint/eslint-configs.mjs';
import { judgeTargets, ms, pct, x } from './targets.mjs';

const num = (n) => Math.round(n).toLocaleString('en-US');
const mark = (met) => (met ? 'met' : '**missed**');

function machineLines({ command, machine, seconds }) {
  const load = (l) => l.map((v) => v.toFixed(1)).join(' / ');
  return [
    `- Command: \`${command}\` (from the repository root, after \`npm ci\`; took ${Math.round(seconds / 60)} min)`,
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}`,
    `- Load average (1/5/15 min) at start: ${load(machine.load)}; at end: ${load(machine.loadAfter)}.${machine.load[0] > machine.cores ? ' The machine was shared with other work while this ran: absolute times are inflated, ratios (same conditions, interleaved) much less so; CPU times are given beside wall times for that reason.' : ''}`,
  ];
}

function targetsSection(results) {
  const rows = judgeTargets(results).map((t) => `| ${t.target} | ${t.measured}${t.note ? ` (${t.note})` : ''} | ${mark(t.met)} |`);
  return ['## Targets', '', '| target | measured | |', '| --- | --- | --- |', ...rows];
}

function corpusSection({ corpus }) {
  return [
    '## Corpus',
    '',
    'Installed by `npm run corpus` (scripts/corpus/install-corpus.mjs) into the git-ignored `.corpus/` with',
    '`npm install --prefix .corpus --no-save --ignore-scripts` of the exact versions below; a rerun with',
    'everything in place skips the install. Listed by scripts/corpus/list-corpus-files.mjs:',
    '',
    '- `.js .cjs .mjs .jsx .ts .cts .mts .tsx`; no declaration files (`.d.ts`) and no source maps: no runtime code in them;',
    "- each package's own files only (no nested `node_modules`, none of the dependencies the install pulls in);",
    '  next: only its server code, `dist/server/**` (the rest is client code and compiled third-party bundles);',
    '  hono: its ESM build only (`dist/cjs` is the same code again);',
    '- minified bundles left out (a `.min.` name, or over 20 KB with lines averaging over 500 characters) except',
    '  the one designated very large file, `typescript/lib/typescript.js` (typescript 6.0.3: 7.x no longer ships it).',
    '',
    formatSummary(corpus),
    '',
    'Almost all of it is JavaScript: the frameworks publish compiled JavaScript and `.d.ts` files, so the few',
    'TypeScript files are fastify\'s type tests. TypeScript-specific parsing is covered by the generated files of benchmark 3.',
  ];
}

function eslintSection({ eslint }) {
  if (!eslint) return [];
  const row = (k) => {
    const m = eslint.medians[k];
    return `| ${CONFIG_LABELS[k]} | ${ms(m.wallMs)} | ${ms(m.cpuMs)} | ${m.wallRuns.map((v) => (v / 1000).toFixed(1)).join(', ')} | ${m.load.toFixed(1)} | ${m.fatal} |`;
  };
  const s = eslint.stats;
  const perRule = Object.entries(s.b.perRule).map(([id, t]) => `\`${id}\` ${ms(t)}`).join(', ');
  return [
    '## 1. ESLint on the corpus',
    '',
    `The \`ESLint\` class over all ${eslint.files} corpus files, \`overrideConfigFile: true\` with explicit flat configs`,
    '(scripts/bench/eslint/eslint-configs.mjs): espree for JavaScript (sourceType from each package\'s `type`),',
    '`@typescript-eslint/parser` for TypeScript, inline `eslint-disable` comments ignored (`noInlineConfig`), no cache,',
    '`concurrency: "off"`. The corpus lies under `node_modules`, which ESLint ignores by default even with `ignore: false`,',
    'so the configs carry a global `ignores: ["!**/node_modules/"]`. Each run is a fresh Node process with the same',
    `flags; ${eslint.rounds} rounds, the three setups interleaved in rotating order; medians. Time is \`lintFiles\` only.`,
    '',
    ...(eslint.crashes?.length ? [
      `**authlint crashed ESLint on ${eslint.crashes.length} corpus files** (found by a file-by-file run with the plugin first; those files`,
      'are left out of every timed run below, for all three setups):',
      '',
      ...eslint.crashes.map((c) => `- ${c.file}: ${c.error}`),
      '',
    ] : ['A file-by-file run with the plugin first found no file on which authlint crashes ESLint.', '']),
    '| setup | median wall | median CPU | wall per round (s) | load (median) | parse errors |',
    '| --- | ---: | ---: | --- | ---: | ---: |',
    ...['a', 'b', 'c'].map(row),
    '',
    `- authlint's cost, (b - a) / a: **${pct(s.b.authlintRuleMs / (s.b.totalMs - s.b.authlintRuleMs))}** from ESLint's own timing of its rules (below); from the medians of the`,
    `  timed runs: ${pct(eslint.overheadWall)} wall, ${pct(eslint.overheadCpu)} CPU (paired per round: ${pct(eslint.pairedOverheadWall)} wall, ${pct(eslint.pairedOverheadCpu)} CPU). CPU time counts V8's GC and compiler`,
    '  threads too, so it can exceed wall time; with other work on the machine (see the load column) the rounds spread, and',
    "  ESLint's own per-rule timing below is the steadier measure of authlint's share.",
    `- ESLint's own per-rule timing (\`stats: true\`, one extra run each): in (b), authlint's rules took ${ms(s.b.authlintRuleMs)},`,
    `  **${(s.b.authlintShare * 100).toFixed(1)}%** of ESLint's total ${ms(s.b.totalMs)} (parse ${ms(s.b.parseMs)}); per rule: ${perRule}.`,
    `  The first authlint rule to run on a file pays for the shared index and response sites (cached per Program).`,
    `- In (c), the ${s.c.rules} rules of \`@eslint/js\` recommended took ${ms(s.c.ruleMs)}, ${(s.c.share * 100).toFixed(1)}% of its total ${ms(s.c.totalMs)};`,
    `  the costliest: ${s.c.top.map(([id, t]) => `\`${id}\` ${ms(t)}`).join(', ')}.`,
    `- authlint's findings on the corpus: ${eslint.authlintMessages.length} (listed below).`,
    '',
    ...(eslint.authlintMessages.length
      ? ['| file:line | rule |', '| --- | --- |', ...eslint.authlintMessages.map((m) => `| ${m.file.replace(/^.*?\.corpus\//, '.corpus/')}:${m.line}:${m.column} | ${m.ruleId} |`), '']
      : []),
  ];
}

function coreRow(label, t) {
  return `| ${label} | ${t.files} | ${num(t.lines)} | ${ms(t.parseMs)} | ${ms(t.analyzeMs)} | ${ms(t.forcedMs)} | ${x(t.parseOverAnalyze)} | ${x(t.parseOverForced)} | ${num(t.analyzeLinesPerSec)} | ${num(t.forcedLinesPerSec)} |`;
}

function coreSection({ core }) {
  if (!core) return [];
  return [
    '## 2. The core alone: parse against analyse',
    '',
    'Per corpus file: `parse` of `@typescript-eslint/typescript-estree` (range + loc), then `analyze` of the built',
    '`packages/core/dist`, twice: as shipped, where a text prefilter skips files with no sign of a 401/403 (no 401,',
    '403, unauthorized, forbidden, canActivate, ...), and **forced**, with a marker comment appended after the last',
    'character so the prefilter lets every file through and the whole index and site search run (no range moves).',
    `Median of ${core.passes} passes per file, the first pass also warming the JIT; GC forced before big files. Totals:`,
    '',
    '| files | n | lines | parse | analyse | analyse forced | parse / analyse | parse / forced | lines/s analyse | lines/s forced |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    coreRow('all', core.all),
    coreRow('all but typescript.js', core.withoutLargeFile),
    coreRow('passing the prefilter', core.prefilterPassed),
    '',
    `- ${(core.prefilterPassed.share * 100).toFixed(1)}% of the files (${core.prefilterPassed.files}) pass the prefilter; they hold ${num(core.prefilterPassed.lines)} of the ${num(core.all.lines)} lines (typescript.js is one of them).`,
    `- Per file, forced: median parse/analyse ratio ${x(core.perFileForcedRatio.median)}; ${(core.perFileForcedRatio.atLeast10x * 100).toFixed(0)}% of the files reach 10x.`,
    `- Parse errors: ${core.parseErrors.length}. Findings of the shipped analyse over the corpus: ${core.findings}.`,
    '- Slowest files, forced analyse:',
    ...core.slowest.map((r) => `  - ${r.relPath}: ${num(r.lines)} lines, parse ${ms(r.parseMs)}, analyse ${ms(r.forcedMs)} (${x(r.ratio)})`),
    '- Worst parse/analyse ratio among files of 200+ lines, forced:',
    ...core.worstRatio.map((r) => `  - ${r.relPath}: ${num(r.lines)} lines, parse ${ms(r.parseMs)}, analyse ${ms(r.forcedMs)} (${x(r.ratio)})`),
  ];
}

function pipelineSection({ pipeline, pipelineExists }) {
  if (!pipeline) return [];
  const rows = pipeline.documents.map((d) => `| ${d.style} | ${num(d.lines)} | ${formatBytes(d.bytes)}${d.defaultSettings === 'too-large' ? ' (skipped at the default maxFileSize)' : ''} | ${d.diagnostics} | ${d.runs} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.max)} |`);
  const hoverRows = pipeline.hover.flatMap((h) => [
    `| ${h.style} | random offsets | ${h.random.lookups} | ${h.random.hits} | ${ms(h.random.p50)} | ${ms(h.random.p95)} | ${ms(h.random.max)} |`,
    `| ${h.style} | on a status | ${h.onStatus.lookups} | ${h.onStatus.hits} | ${ms(h.onStatus.p50)} | ${ms(h.onStatus.p95)} | ${ms(h.onStatus.max)} |`,
  ]);
  const keystrokeRows = (pipeline.keystrokes ?? []).map((d) => `| ${d.style} | ${num(d.lines)} | ${d.keystrokes} | ${d.incremental} / ${d.full} / ${d.unchanged} | ${ms(d.p50)} | ${ms(d.p95)} | ${ms(d.max)} | ${ms(d.parseP50)} + ${ms(d.analyzeP50)} |`);
  const a = pipeline.activation;
  return [
    '## 3. The editor pipeline',
    '',
    `Measured: ${pipelineExists ? '`analyzeDocument` and `hoverAt` of packages/vscode/src/pipeline (pure, no `vscode` import), bundled with esbuild into `.cache/bench/` at the start of the run, the core bundled from its sources with it (packages/vscode/tsconfig.json maps `@authlint/core` to them, as in the extension\'s own bundle)' : pipeline.source}.`,
    'One call = parse (typescript-estree) + analyse + `eslint-disable` comments + diagnostics with line/character ranges.',
    'Files generated by scripts/bench/generate/handler-file.mjs (fixed seed): Express, Koa and NestJS handlers, guards and',
    'middleware, some answering 401/403 (mistakes and correct code), between plain helpers. `authlint.maxFileSize` raised to',
    '16 MB so the 20k-line files are analysed (the default, 500,000 characters, skips them).',
    '',
    ...(keystrokeRows.length > 0 ? [
      'Per keystroke, as the extension re-analyses after an edit (the previous analysis passed, so only the top-level',
      'statements the edit touches are parsed again and the others reused): at handler body lines picked with a fixed seed,',
      'type a character at the end of an identifier and delete it, press Enter, type `audit(req);` a character at a time',
      '(the editor closing the parenthesis), delete the new line; each keystroke one call. The first line typed at is',
      'warm-up. Parse kinds: incremental / full (the incremental parse could not show it would equal a full parse) / unchanged.',
      '',
      '| style | lines | keystrokes | parse kinds | p50 | p95 | max | parse + analyse, p50 |',
      '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
      ...keystrokeRows,
      '',
      'Cold calls (a full parse: opening a file, a change of settings that needs comments, an edit parsed in full), 5 warm-up calls, then:',
    ] : ['5 warm-up calls, then:']),
    '',
    '| style | lines | size | diagnostics | calls | p50 | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Split of a cold 5k-line call (pipeline's own timings, medians): ${Object.entries(pipeline.split).map(([style, s]) => `${style} parse ${ms(s.parseMs)} + analyse ${ms(s.analyzeMs)}`).join('; ')}.`,
    '',
    'Hover (`hoverAt` on the analysed 5k-line files): 2,000 random offsets, and every offset where a status is written.',
    '',
    '| style | offsets | lookups | hovers returned | p50 | p95 | max |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...hoverRows,
    '',
    `Activation to first diagnostics (unit level, ${a.processes} fresh Node processes, median): loading the pipeline bundle`,
    `${ms(a.loadMs)}; from before that load to the diagnostics of a ${num(a.lines)}-line Express file in hand (which loads`,
    `typescript-estree and TypeScript on first use): **${ms(a.firstDiagnosticsMs)}**; ${ms(a.sinceProcessStartMs)} counting Node's own start.`,
    "VS Code's extension-host start and document events come on top of this; the extension's own bundle is not measured here.",
  ];
}

function scalingSection({ core, scaling }) {
  if (!core && !scaling) return [];
  const f = core?.scaling;
  const fit = (v) => `exponent **${v.exponent.toFixed(2)}** (r² ${v.r2.toFixed(2)}, ${v.n} files)`;
  return [
    '## 4. Scaling: analyse time against file size',
    '',
    ...(f ? [
      `Across the corpus (forced analyse, files of ${f.minLines}+ lines, log-log least squares):`,
      '',
      `- against lines: ${fit(f.forcedVsLines)}; against bytes: ${fit(f.forcedVsBytes)};`,
      `- without typescript.js: ${fit(f.forcedVsLinesWithoutLarge)};`,
      `- for comparison, parse against lines: ${fit(f.parseVsLines)}.`,
      '',
      'Real files differ in shape (density of calls, of conditions), so r² is low and the exponent is a trend, not a law.',
      '',
    ] : []),
    ...(scaling ? [
      `The same code at doubling sizes (generated files, median of ${scaling.runs} analyses each):`,
      '',
      `| lines | ${Object.keys(scaling.fits).join(' | ')} |`,
      `| ---: | ${Object.keys(scaling.fits).map(() => '---:').join(' | ')} |`,
      ...[...new Set(scaling.rows.map((r) => r.lines))].map((lines) => `| ${num(lines)} | ${Object.keys(scaling.fits).map((style) => ms(scaling.rows.find((r) => r.lines === lines && r.style === style).analyzeMs)).join(' | ')} |`),
      `| exponent | ${Object.values(scaling.fits).map((v) => `${v.exponent.toFixed(2)} (r² ${v.r2.toFixed(3)})`).join(' | ')} |`,
      '',
      `All styles together: exponent **${scaling.all.exponent.toFixed(2)}**.`,
    ] : []),
  ];
}

function readingSection(results) {
  const { eslint, core, pipeline, scaling } = results;
  const lines = ['## Reading', ''];
  for (const t of judgeTargets(results)) lines.push(`- ${t.met ? 'Met' : 'Missed'}: ${t.target}: ${t.measured}.`);
  lines.push('');
  if (eslint) {
    lines.push(`- In ESLint, authlint's rules are ${(eslint.stats.b.authlintShare * 100).toFixed(1)}% of lint time by ESLint's own timing, against`,
      `  ${(eslint.stats.c.share * 100).toFixed(1)}% for the ${eslint.stats.c.rules} rules of \`@eslint/js\` recommended: most of any run is parsing and traversal, which (a) already pays.`);
  }
  if (core) {
    lines.push(`- The text prefilter lets ${(core.prefilterPassed.share * 100).toFixed(1)}% of the corpus files through; on those, and on every file when forced,`,
      `  analysing costs 1/${core.all.parseOverForced.toFixed(1)} of parsing. The shipped figure (${x(core.all.parseOverAnalyze)}) is the one users get; the forced one is the honest`,
      '  measure of the analysis itself.');
  }
  if (pipeline) {
    const s = Object.values(pipeline.split);
    const parseShare = s.reduce((t, v) => t + v.parseMs / (v.parseMs + v.analyzeMs), 0) / s.length;
    lines.push(`- In the editor pipeline, parsing (typescript-estree) is ${(parseShare * 100).toFixed(0)}% of a cold 5k-line call: a cold call's latency is the parser's.`);
    const keys = (pipeline.keystrokes ?? []).filter((d) => d.lines === 5000);
    if (keys.length > 0) {
      const p = keys.reduce((t, d) => t + d.parseP50, 0) / keys.length;
      const an = keys.reduce((t, d) => t + d.analyzeP50, 0) / keys.length;
      lines.push(`  Per keystroke the incremental parse takes ${ms(p)} and the analysis ${ms(an)} (medians, 5k lines): there the analysis leads.`);
    }
  }
  if (scaling) {
    lines.push(`- Doubling a generated file multiplies analyse time by about ${(2 ** scaling.all.exponent).toFixed(2)} (exponent ${scaling.all.exponent.toFixed(2)}).`);
  }
  lines.push('', 'Profiles and proposed fixes for missed targets are in the closing note of issue 4 (taken with `node --cpu-prof`',
    'on the scripts in scripts/bench/profile/; scripts/bench/README.md says how).');
  return lines;
}

export function formatReport({ command, machine, seconds, results }) {
  return [
    '# Benchmarks',
    '',
    'Latest figures of `npm run bench` (issue 4); the file is rewritten by each full run. Scripts: scripts/bench/.',
    '',
    ...machineLines({ command, machine, seconds }),
    '',
    ...targetsSection(results),
    '',
    ...corpusSection(results),
    '',
    ...eslintSection(results),
    '',
    ...coreSection(results),
    '',
    ...pipelineSection(results),
    '',
    ...scalingSection(results),
    '',
    ...readingSection(results),
    '',
  ].join('\n');
}

export function formatConsoleSummary({ results, machine }) {
  const lines = ['', `bench: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.load[0].toFixed(1)} -> ${machine.loadAfter[0].toFixed(1)}`];
  for (const t of judgeTargets(results)) lines.push(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.measured}`);
  return lines.join('\n');
}
