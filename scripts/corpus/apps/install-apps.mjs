#!/usr/bin/env node
// @ts-check
// `npm run corpus:apps` (step 1): unpacks every application of apps.json into .corpus-apps/<id>/.
// npm apps come from the registry by exact version (`npm pack`, then tar; no dependency is installed:
// the code is only read). GitHub apps come from a local snapshot in the mirror folder, at the pinned
// commit (`git archive` of its server folders); an app whose snapshot is absent is skipped with a message, so a machine
// without the mirrors still gets the npm part. An app's `ownPackages` (its own error packages) are unpacked into
// <id>/node_modules/<name>, for the project model to follow. An app already unpacked at its pin is left as it is.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadApps, appDir, describeSource, mirrorGitDir, APPS_DIR } from './app-table.mjs';

const STAMP = '.authlint-pin';
const COMMAND_TIMEOUT_MS = 5 * 60_000;

/** @param {string} command @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [options] */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: COMMAND_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${String(result.stderr).trim()}`);
  return String(result.stdout ?? '');
}

/** @param {import('./app-table.mjs').NpmPackage} pkg @param {string} dest */
function unpackNpm(pkg, dest) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'authlint-app-'));
  try {
    const packed = JSON.parse(run('npm', ['pack', `${pkg.name}@${pkg.version}`, '--json', '--silent', '--pack-destination', tmp]));
    const tarball = path.join(tmp, packed[0].filename);
    fs.mkdirSync(dest, { recursive: true });
    run('tar', ['-xzf', tarball, '-C', dest, '--strip-components=1', '--no-same-owner']);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Only the app's server folders are taken: snapshots lack files of 4 MiB and more (screenshots, videos),
 * and `git archive` of a whole tree stops at the first missing one.
 * @param {{ github: string, commit: string }} source @param {string[]} folders @param {string} dest
 */
function unpackGit(source, folders, dest) {
  const gitDir = mirrorGitDir(source);
  fs.mkdirSync(dest, { recursive: true });
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', source.commit, '--', ...folders], { timeout: COMMAND_TIMEOUT_MS, maxBuffer: 1024 * 1024 * 1024 });
  if (archive.status !== 0) throw new Error(`git archive ${source.github}@${source.commit}: ${String(archive.stderr).trim()}`);
  run('tar', ['-xf', '-', '-C', dest], { input: archive.stdout });
}

/**
 * @param {import('./app-table.mjs').App} app
 * @returns {'ready' | 'installed' | 'skipped'}
 */
function installApp(app) {
  const dest = appDir(app);
  const pin = describeSource(app);
  const stampFile = path.join(dest, STAMP);
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === pin) return 'ready';
  const source = app.source;
  if ('github' in source && !fs.existsSync(mirrorGitDir(source))) {
    console.log(`skip ${app.id}: no snapshot of ${source.github} at ${mirrorGitDir(source)} (fetch github:${source.github} to lint it)`);
    return 'skipped';
  }
  fs.rmSync(dest, { recursive: true, force: true });
  if ('npm' in source) for (const pkg of source.npm) unpackNpm(pkg, path.join(dest, pkg.name));
  else unpackGit(source, app.folders, dest);
  for (const pkg of app.ownPackages ?? []) unpackNpm(pkg, path.join(dest, 'node_modules', pkg.name));
  for (const [link, target] of Object.entries(app.workspaceLinks ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dest, link)), { recursive: true });
    fs.symlinkSync(path.relative(path.dirname(path.join(dest, link)), path.join(dest, target)), path.join(dest, link), 'dir');
  }
  fs.writeFileSync(stampFile, pin);
  return 'installed';
}

function main() {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const apps = loadApps().filter((a) => only.length === 0 || only.includes(a.id));
  fs.mkdirSync(APPS_DIR, { recursive: true });
  let failed = 0;
  for (const app of apps) {
    const started = performance.now();
    try {
      const state = installApp(app);
      if (state !== 'skipped') console.log(`${state.padEnd(9)} ${app.id.padEnd(16)} ${describeSource(app)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.error(`failed    ${app.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed > 0) process.exit(1);
}

main();
