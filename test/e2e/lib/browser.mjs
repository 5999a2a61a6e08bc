// @ts-check
// Debian's chromium, driven by playwright-core, opening the code-server workbench.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importDependency } from './deps.mjs';
import { CHROMIUM_PATH, SCREENSHOT_DIR, rel } from './paths.mjs';
import { childrenOfSelf, stopTree, track } from './processes.mjs';

/** Flags that keep chromium off the (closed) network and quiet as root in a container. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Resolve no host name but the local ones: the workbench then cannot reach anything off
  // 127.0.0.1 even if some part of it tries (it fails at once instead of timing out).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** playwright-core from the repo's devDependencies (see lib/deps.mjs for the fallback). */
export function loadPlaywright() {
  return importDependency('playwright-core');
}

function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Starts headless chromium and one page. Console output of the page (which includes what the
 * extension host logs, forwarded by the workbench) goes to <runDir>/browser-console.log.
 * @param {{ runDir: string, viewport?: { width: number, height: number } }} options
 */
export async function launchBrowser({ runDir, viewport = { width: 1440, height: 900 } }) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  const { chromium } = await loadPlaywright();
  const before = new Set(childrenOfSelf());
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    handleSIGINT: false, // our own handlers end it by pid, after closing it politely
    handleSIGTERM: false,
    handleSIGHUP: false,
    // Chromium's crash database and dconf cache go to the run folder, not the user's home.
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(runDir, 'chromium-xdg', 'config'),
      XDG_CACHE_HOME: path.join(runDir, 'chromium-xdg', 'cache'),
    },
  });
  // playwright spawned chromium as our child; remember its pid to end it for sure.
  const pid = childrenOfSelf().find((p) => !before.has(p) && /chrom/i.test(cmdline(p)));
  if (pid) track(pid, 'chromium');
  const consoleLog = path.join(runDir, 'browser-console.log');
  const logStream = createWriteStream(consoleLog, { flags: 'a' });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  /** Every console message of the page, in order (extension host output included). */
  const consoleMessages = [];
  page.on('console', (msg) => {
    consoleMessages.push({ type: msg.type(), text: msg.text() });
    logStream.write(`[${msg.type()}] ${msg.text()}\n`);
  });
  page.on('pageerror', (err) => logStream.write(`[pageerror] ${err.message}\n`));
  page.on('requestfailed', (req) => logStream.write(`[requestfailed] ${req.failure()?.errorText ?? ''} ${req.url()}\n`));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      await withTimeout(browser.close(), 10_000, 'closing chromium');
    } catch (err) {
      console.error(`e2e: ${err.message}; ending it by pid`);
    }
    if (pid) await stopTree(pid, { graceMs: 3_000 });
    logStream.end();
  };
  return { browser, context, page, pid, consoleLog, consoleMessages, stop };
}

/** Opens the workbench and waits until it has rendered with the folder open. */
export async function openWorkbench(page, url, { timeoutMs = 120_000 } = {}) {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout: timeoutMs });
  // The status bar appears once the workbench has restored its layout and connected.
  await page.locator('#workbench\\.parts\\.statusbar').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Saves <SCREENSHOT_DIR>/<name>.png; never throws (a screenshot is evidence, not a test). */
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 15_000 });
    return rel(file);
  } catch (err) {
    console.error(`e2e: screenshot ${name} failed: ${err.message}`);
    return undefined;
  }
}

const EXT_HOST_PREFIX = /^%c\[Extension Host\] %c/;

/** The extension host's console output as forwarded to the page, without VS Code's styling. */
export function extensionHostLines(consoleMessages) {
  return consoleMessages
    .filter((m) => EXT_HOST_PREFIX.test(m.text))
    .map((m) => m.text.replace(EXT_HOST_PREFIX, '').replace(/ color: [^ ]* color: ?$/, ''));
}
