#!/usr/bin/env node
// @ts-check
// `npm run corpus`: installs the pinned corpus into .corpus/ (skipped when already complete) and prints
// its summary: package versions, file count, lines and bytes. `--json` prints the summary as JSON.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS_PACKAGES } from './corpus-packages.mjs';
import { listCorpusFiles, summarizeCorpus, formatSummary } from './list-corpus-files.mjs';
import { CORPUS_DIR } from './paths.mjs';

const INSTALL_TIMEOUT_MS = 9 * 60_000;

/** The installed version of a package in the corpus, or undefined. */
function installedVersion(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Packages whose installed version differs from the pin (or that are missing). */
export function missingPackages() {
  return CORPUS_PACKAGES.filter((p) => installedVersion(p.name) !== p.version);
}

/** Installs the corpus unless every pinned package is already there; returns what it did. */
export function ensureCorpus({ log = console.log } = {}) {
  const missing = missingPackages();
  if (missing.length === 0) return { installed: false, seconds: 0 };
  log(`corpus: installing ${CORPUS_PACKAGES.length} pinned packages into .corpus/ (missing or wrong version: ${missing.map((p) => p.name).join(', ')})`);
  fs.mkdirSync(CORPUS_DIR, { recursive: true });
  const dependencies = Object.fromEntries(CORPUS_PACKAGES.map((p) => [p.name, p.version]));
  // Its own root, so npm never mistakes the workspace root above it for the project.
  fs.writeFileSync(
    path.join(CORPUS_DIR, 'package.json'),
    `${JSON.stringify({ name: 'authlint-corpus', private: true, description: 'Third-party code for authlint benchmarks and sweeps; installed by scripts/corpus/install-corpus.mjs', dependencies }, null, 2)}\n`,
  );
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(local_)?prefix$/i.test(key)) delete env[key];
  const args = [
    'install', '--prefix', CORPUS_DIR, '--no-save', '--no-package-lock', '--ignore-scripts',
    // next's native SWC binaries and sharp are optional and never read; peers are not needed to read code.
    '--omit=optional', '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error',
    ...CORPUS_PACKAGES.map((p) => `${p.name}@${p.version}`),
  ];
  const started = performance.now();
  const result = spawnSync('npm', args, { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: INSTALL_TIMEOUT_MS });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw new Error(`corpus: npm install failed to run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`corpus: npm install exited with ${result.status}`);
  const still = missingPackages();
  if (still.length > 0) throw new Error(`corpus: still missing after install: ${still.map((p) => `${p.name}@${p.version}`).join(', ')}`);
  return { installed: true, seconds };
}

async function main() {
  const started = performance.now();
  const json = process.argv.includes('--json');
  const log = json ? (...a) => console.error(...a) : console.log;
  const { installed, seconds } = ensureCorpus({ log });
  log(installed ? `corpus: installed in ${seconds.toFixed(1)} s` : 'corpus: already complete, install skipped');
  const summary = summarizeCorpus(listCorpusFiles());
  if (json) console.log(JSON.stringify(summary, null, 2));
  else console.log(formatSummary(summary));
  log(`corpus: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
