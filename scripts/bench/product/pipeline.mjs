// @ts-check
// The editor pipeline (packages/vscode/src/pipeline, TypeScript, no `vscode` import), bundled with esbuild
// into .cache/ and loaded into Node; behind one small interface that the benchmarks and the sweep use:
//   analyze(text, fileName, settings?, previous?, project?) -> { status, findings, diagnostics, raw }   (never expected to throw;
//     `previous`, an earlier result for the same file, makes the parse incremental and is consumed by it;
//     `project`, a core ProjectPlace ({ graph, fileName }), makes the analysis follow the file's imports)
//   hover(analysis, offset)            -> hover data or undefined
//   settings(partial)                  -> pipeline settings (e.g. { maxFileSize })
// The only lines to change when the pipeline's names change are in `fromPipelineModule`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE_DIR, REPO_ROOT } from '../../corpus/paths.mjs';

export const PIPELINE_SOURCE = path.join(REPO_ROOT, 'packages/vscode/src/pipeline/index.ts');
const BUNDLE = path.join(CACHE_DIR, 'bench', 'pipeline.mjs');

/**
 * Bundles the pipeline (its own sources only; packages stay external and load from node_modules, the
 * core from packages/core/dist). A `require` is provided, since the pipeline loads its parser lazily
 * with `require`, as the extension's CommonJS bundle does.
 */
export async function bundlePipeline() {
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  const esbuild = await import('esbuild'); // loaded only to bundle: the activation probe must not pay for it
  await esbuild.build({
    entryPoints: [PIPELINE_SOURCE],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __authlintCreateRequire } from 'node:module'; const require = __authlintCreateRequire(import.meta.url);" },
  });
  return BUNDLE;
}

function fromPipelineModule(mod) {
  return {
    source: 'packages/vscode/src/pipeline (bundled with esbuild)',
    analyze: (text, fileName, settings, previous, project) => {
      const raw = mod.analyzeDocument({ text, fileName }, settings ?? mod.DEFAULT_SETTINGS, previous?.raw, project);
      return { status: raw.status, reason: raw.reason, findings: raw.findings, diagnostics: raw.diagnostics, raw };
    },
    hover: (analysis, offset) => mod.hoverAt(analysis.raw, offset),
    settings: (partial = {}) => mod.settingsFrom(partial),
  };
}

/** Loads the pipeline, bundling it first (always with `rebundle`, else only when no bundle exists). */
export async function loadPipeline({ rebundle = true } = {}) {
  if (rebundle || !fs.existsSync(BUNDLE)) await bundlePipeline();
  return fromPipelineModule(await import(pathToFileURL(BUNDLE).href));
}

export const PIPELINE_BUNDLE = BUNDLE;
