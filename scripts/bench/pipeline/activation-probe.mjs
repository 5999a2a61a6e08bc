#!/usr/bin/env node
// @ts-check
// One cold start of the editor pipeline, as an extension activation followed by the first open document:
// load the (already bundled) pipeline, then analyse a generated 1k-line Express file, which loads the
// parser (typescript-estree + TypeScript) on first use. Prints JSON: loadMs (module load),
// firstDiagnosticsMs (from before the load to diagnostics in hand), sinceProcessStartMs (adds Node's boot).
// This is the unit-level figure: VS Code's own extension-host start and document events come on top.
const beforeLoad = performance.now();
const { loadPipeline } = await import('../product/pipeline.mjs');
const { generateHandlerFile } = await import('../generate/handler-file.mjs');
const text = generateHandlerFile({ lines: 1000, style: 'express' });
const generatedMs = performance.now() - beforeLoad;
const t0 = performance.now();
const pipeline = await loadPipeline({ rebundle: false });
const loaded = performance.now();
const analysis = pipeline.analyze(text, '/bench/express-1000.ts');
const done = performance.now();
if (analysis.status !== 'analyzed') throw new Error(`not analysed: ${analysis.status} ${analysis.reason ?? ''}`);
process.stdout.write(JSON.stringify({
  loadMs: loaded - t0,
  firstDiagnosticsMs: done - t0,
  sinceProcessStartMs: done - generatedMs,
  diagnostics: analysis.diagnostics.length,
  lines: 1000,
}));
