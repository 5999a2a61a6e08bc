// @ts-check
// One e2e session: cached code-server install -> fresh profile with the given extensions ->
// code-server on 127.0.0.1 -> chromium on the workbench -> body(session) -> everything ended.
// Both launchers (in-host suite and browser check) go through here.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer } from '../install-code-server.mjs';
import { launchBrowser, openWorkbench, screenshot } from './browser.mjs';
import { prepareProfile, startCodeServer } from './code-server.mjs';
import { installExtensionCopy } from './extension.mjs';
import { rel } from './paths.mjs';
import { cleanupAll, onCleanup } from './processes.mjs';

/**
 * Options: `label` names the logs and the temp folder; `workspace` is the folder the workbench
 * opens; `env` reaches the extension host's process.env (as a function, it sees where each
 * extension was installed); `keep` keeps the temp run folder even after a passing run.
 * @template T
 * @param {{
 *   label: string,
 *   workspace: string,
 *   extensions: { info: import('./extension.mjs').ExtensionInfo, wholeFolder?: boolean }[],
 *   env?: Record<string, string> | ((ctx: { runDir: string, installed: Record<string, string> }) => Record<string, string>),
 *   settings?: Record<string, unknown>,
 *   keep?: boolean,
 *   log?: (line: string) => void,
 * }} options
 * @param {(session: {
 *   page: import('playwright-core').Page, runDir: string, workspace: string,
 *   codeServer: Awaited<ReturnType<typeof startCodeServer>>, consoleLog: string,
 *   consoleMessages: { type: string, text: string }[],
 *   installed: Record<string, string>, timings: Record<string, number>,
 * }) => Promise<T & { ok: boolean }>} body
 * @returns {Promise<T & { ok: boolean }>}
 */
export async function withCodeServer(options, body) {
  const { label, extensions, env = {}, settings = {}, keep = false, log = (l) => console.log(l) } = options;
  const workspace = path.resolve(options.workspace);
  if (!existsSync(workspace) || !statSync(workspace).isDirectory()) {
    throw new Error(`workspace folder ${rel(workspace)} does not exist`);
  }
  /** @type {Record<string, number>} */
  const timings = {};
  let t = Date.now();
  const lap = (name) => {
    const now = Date.now();
    timings[name] = now - t;
    t = now;
  };

  await ensureCodeServer({ log });
  lap('install');

  const runDir = mkdtempSync(path.join(os.tmpdir(), `authlint-e2e-${label}-`));
  let ok = false;
  let codeServer;
  let browser;
  const teardown = async () => {
    if (browser) await browser.stop();
    browser = undefined;
    if (codeServer) await codeServer.stop();
    codeServer = undefined;
  };
  const unregister = onCleanup(teardown);
  try {
    const { userDataDir, extensionsDir } = prepareProfile(runDir, settings);
    /** @type {Record<string, string>} */
    const installed = {};
    for (const ext of extensions) installed[ext.info.id] = installExtensionCopy(ext.info, extensionsDir, ext);
    mkdirSync(path.join(runDir, 'tmp'), { recursive: true });

    const childEnv = typeof env === 'function' ? env({ runDir, installed }) : env;
    codeServer = await startCodeServer({ runDir, folder: workspace, userDataDir, extensionsDir, env: childEnv });
    lap('codeServerStart');
    log(`e2e ${label}: code-server pid ${codeServer.pid} on ${codeServer.url} (log ${codeServer.logFile})`);

    browser = await launchBrowser({ runDir });
    log(`e2e ${label}: chromium pid ${browser.pid ?? '?'}; opening the workbench on ${rel(workspace)}`);
    try {
      await openWorkbench(browser.page, codeServer.workbenchUrl);
    } catch (err) {
      await screenshot(browser.page, `${label}-workbench-failed`);
      throw new Error(`the workbench did not load: ${err.message}`);
    }
    lap('workbenchOpen');

    const result = await body({
      page: browser.page,
      runDir,
      workspace,
      codeServer,
      consoleLog: browser.consoleLog,
      consoleMessages: browser.consoleMessages,
      installed,
      timings,
    });
    lap('body');
    ok = result.ok;
    return result;
  } finally {
    await teardown();
    unregister();
    if (ok && !keep) rmSync(runDir, { recursive: true, force: true });
    else log(`e2e ${label}: logs and profile kept in ${runDir}`);
  }
}

/** Standard main() wrapper: runs fn, maps errors to exit code 1, always ends what was started. */
export function runMain(label, fn) {
  fn()
    .then(async (code) => {
      await cleanupAll();
      process.exitCode = code ?? 0;
    })
    .catch(async (err) => {
      console.error(`e2e ${label}: ${err?.stack && process.env.AUTHLINT_E2E_DEBUG ? err.stack : err?.message || err}`);
      await cleanupAll();
      console.log(`e2e ${label}: 0 passed, 1 failed`);
      process.exitCode = 1;
    });
}
