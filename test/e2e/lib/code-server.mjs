// @ts-check
// Starting and stopping one code-server on 127.0.0.1 with a fresh profile.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE_BIN, rel } from './paths.mjs';
import { isRunning, stopTree, track } from './processes.mjs';

const HOST = '127.0.0.1';

/** User settings for a quiet, trusted, offline workbench. */
export const DEFAULT_SETTINGS = {
  // Without this the folder opens in Restricted Mode and our extensions are disabled.
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'editor.hover.sticky': true,
  'window.restoreWindows': 'none',
};

/** A port the kernel says is free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address()); // listening on TCP
      srv.close(() => resolve(port));
    });
  });
}

/** Creates <runDir>/user-data/User/settings.json and an empty extensions dir. */
export function prepareProfile(runDir, settings = {}) {
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    `${JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2)}\n`,
  );
  return { userDataDir, extensionsDir };
}

/** The parent's environment minus what would make code-server attach to another instance or
 * change its auth, plus `extra` (which reaches the extension host's process.env). */
function childEnv(runDir, extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(k)) continue;
    if (['PASSWORD', 'HASHED_PASSWORD', 'NODE_OPTIONS', 'GITHUB_TOKEN'].includes(k)) continue;
    env[k] = v;
  }
  // Keep code-server's own config/data/cache out of the user's home.
  env.XDG_CONFIG_HOME = path.join(runDir, 'xdg', 'config');
  env.XDG_DATA_HOME = path.join(runDir, 'xdg', 'data');
  env.XDG_CACHE_HOME = path.join(runDir, 'xdg', 'cache');
  // No extension gallery: code-server would otherwise query open-vsx.org for updates of the
  // built-in extensions, and this machine (and CI) must send nothing off 127.0.0.1.
  env.EXTENSIONS_GALLERY = '{}';
  return { ...env, ...extra };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n  ');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server and waits until it answers /healthz.
 * @param {{ runDir: string, folder: string, userDataDir: string, extensionsDir: string,
 *           env?: Record<string,string>, startTimeoutMs?: number }} options
 */
export async function startCodeServer({ runDir, folder, userDataDir, extensionsDir, env = {}, startTimeoutMs = 60_000 }) {
  const logFile = path.join(runDir, 'code-server.log');
  const configFile = path.join(runDir, 'code-server-config.yaml');
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    writeFileSync(configFile, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);
    const args = [
      CODE_SERVER_ENTRY,
      '--config', configFile,
      '--bind-addr', `${HOST}:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
      // Safety net: should this launcher be killed with SIGKILL, code-server ends itself once
      // no browser is connected.
      '--idle-timeout-seconds', '300',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      folder,
    ];
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`$ ${NODE_BIN} ${args.join(' ')}\n`);
    const child = spawn(NODE_BIN, args, {
      cwd: runDir,
      env: childEnv(runDir, env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group; ended by pid in stop()
    });
    track(child.pid, 'code-server');
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    /** @type {{ code: number | null, signal: NodeJS.Signals | null, error?: Error } | undefined} */
    let exited;
    const exitPromise = new Promise((resolve) => {
      child.once('exit', (code, sig) => {
        exited = { code, signal: sig };
        resolve(exited);
      });
      child.once('error', (err) => {
        exited = { code: null, signal: null, error: err };
        resolve(exited);
      });
    });
    const base = `http://${HOST}:${port}`;
    const stop = async () => {
      const left = await stopTree(child.pid);
      out.end();
      if (left?.length) console.error(`e2e: code-server processes still running after SIGKILL: ${left.join(', ')}`);
    };
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline && !exited) {
      try {
        const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) {
          return {
            pid: child.pid,
            port,
            url: base,
            workbenchUrl: `${base}/?folder=${encodeURIComponent(folder)}`,
            logFile,
            exited: exitPromise,
            isRunning: () => !exited && isRunning(child.pid),
            stop,
          };
        }
      } catch {
        /* not listening yet */
      }
      await sleep(250);
    }
    await stop();
    const why = exited
      ? `exited (${exited.error ? exited.error.message : `code ${exited.code}, signal ${exited.signal}`})`
      : `did not answer ${base}/healthz within ${startTimeoutMs / 1000} s`;
    lastError = new Error(`code-server ${why}. ${rel(logFile)}:\n  ${tail(logFile)}`);
    // A port taken between freePort() and the bind is the one failure worth another try.
    if (!/EADDRINUSE/.test(tail(logFile, 5))) break;
  }
  throw lastError;
}
