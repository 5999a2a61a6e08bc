#!/usr/bin/env node
// @ts-check
// The memory and time of the project model's module summaries (issue 9): summarises every linted file
// of the given apps (and what their error classes extend) through the ESLint plugin's disk host, and
// prints the heap the summaries hold and the time, per 10,000 files.
// `npm run build && node --expose-gc scripts/corpus/apps/project-summary-memory.mjs [ids...]`
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadApps, REPO_ROOT } from './app-table.mjs';
import { listAppFiles } from './app-files.mjs';

const { projectPlaceFor } = await import(pathToFileURL(path.join(REPO_ROOT, 'packages/eslint-plugin/dist/project-host.js')).href);
const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
if (!gc) throw new Error('run with node --expose-gc');
const only = process.argv.slice(2);
const files = loadApps().filter((a) => only.length === 0 || only.includes(a.id)).flatMap((a) => listAppFiles(a));
gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
let graph;
for (const file of files) {
  const place = projectPlaceFor(file, {});
  graph = place?.graph;
  // Asking for a name the module does not export makes the graph summarise the whole module.
  place?.graph.lookup(file, { specifier: `./${path.basename(file)}`, imported: '\0none' });
}
const seconds = (performance.now() - started) / 1000;
gc();
const held = process.memoryUsage().heapUsed - before;
const per10k = (/** @type {number} */ n) => (n * 10_000) / files.length;
console.log(`${files.length} files, ${graph?.size ?? 0} module summaries: ${(held / 1024 / 1024).toFixed(1)} MB held (${(per10k(held) / 1024 / 1024).toFixed(1)} MB per 10,000 files), ${seconds.toFixed(1)} s (${per10k(seconds).toFixed(1)} s per 10,000 files)`);
