// @ts-check
// The built core and plugin (packages/*/dist): checks they are newer than their sources and builds them if not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../corpus/paths.mjs';

export const CORE_DIST = path.join(REPO_ROOT, 'packages/core/dist/index.js');
export const PLUGIN_DIST = path.join(REPO_ROOT, 'packages/eslint-plugin/dist/index.js');

const PACKAGES = [
  { workspace: '@authlint/core', src: path.join(REPO_ROOT, 'packages/core/src'), dist: CORE_DIST },
  { workspace: 'eslint-plugin-authlint', src: path.join(REPO_ROOT, 'packages/eslint-plugin/src'), dist: PLUGIN_DIST },
];

function newestSourceMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale({ src, dist }) {
  return !fs.existsSync(dist) || fs.statSync(dist).mtimeMs < newestSourceMtime(src);
}

/** Runs the core's and the plugin's build when a dist is missing or older than its sources. */
export function ensureBuilt({ log = console.log } = {}) {
  const stale = PACKAGES.filter(isStale);
  if (stale.length === 0) return { built: false };
  log(`build: ${stale.map((p) => p.workspace).join(', ')} missing or older than sources; running their build`);
  const args = ['run', 'build', ...PACKAGES.flatMap((p) => ['-w', p.workspace])];
  const result = spawnSync('npm', args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 5 * 60_000 });
  if (result.status !== 0) throw new Error(`build: npm ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  return { built: true };
}

export async function importCore() {
  return import(pathToFileURL(CORE_DIST).href);
}

export async function importPlugin() {
  return (await import(pathToFileURL(PLUGIN_DIST).href)).default;
}
