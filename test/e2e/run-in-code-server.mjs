#!/usr/bin/env node
// @ts-check
// Runs the extension's compiled in-host suite inside a real VS Code (code-server from the npm
// registry, cached in .e2e/), offline. See test/e2e/README.md.
//
//   node test/e2e/run-in-code-server.mjs [--extension DIR] [--suite FILE] [--workspace DIR]
//                                        [--timeout SECONDS] [--keep]
//
// The extension folder is copied (package.json, dist/, README, LICENSE; no node_modules) into a
// fresh --extensions-dir next to test/e2e/runner-extension, which runs the suite on
// onStartupFinished and writes a JSON result; chromium opens the workbench so that the extension
// host starts. Closing line: `e2e in-host: N passed, M failed`; exit code 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extensionHostLines, screenshot } from './lib/browser.mjs';
import { readExtension } from './lib/extension.mjs';
import { DEFAULT_EXTENSION_DIR, DEFAULT_WORKSPACE_DIR, RUNNER_EXTENSION_DIR, SUITE_RELATIVE_PATH, rel } from './lib/paths.mjs';
import { runMain, withCodeServer } from './lib/session.mjs';

const USAGE = `usage: node test/e2e/run-in-code-server.mjs [options]
  --extension DIR     extension folder (default packages/vscode; env AUTHLINT_E2E_EXTENSION)
  --suite FILE        compiled suite, relative to the extension folder or absolute
                      (default ${SUITE_RELATIVE_PATH}; env AUTHLINT_E2E_SUITE_PATH)
  --workspace DIR     folder to open (default test/fixtures; env AUTHLINT_E2E_WORKSPACE)
  --timeout SECONDS   how long to wait for the suite's result once the workbench is up (default 300)
  --keep              keep the temporary profile and logs even when everything passed`;

const LABEL = 'in-host';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function parse() {
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      suite: { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const timeoutS = Number(values.timeout ?? process.env.AUTHLINT_E2E_TIMEOUT ?? 300);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0) throw new Error(`--timeout must be a positive number of seconds`);
  return {
    extensionDir: path.resolve(values.extension ?? process.env.AUTHLINT_E2E_EXTENSION ?? DEFAULT_EXTENSION_DIR),
    suite: values.suite ?? process.env.AUTHLINT_E2E_SUITE_PATH ?? SUITE_RELATIVE_PATH,
    workspace: path.resolve(values.workspace ?? process.env.AUTHLINT_E2E_WORKSPACE ?? DEFAULT_WORKSPACE_DIR),
    timeoutMs: timeoutS * 1000,
    keep: values.keep,
  };
}

/** Last lines of the VS Code server's own logs, for a run that produced no result. */
function serverLogTails(runDir) {
  const logsRoot = path.join(runDir, 'user-data', 'logs');
  const out = [];
  const walk = (dir) => {
    for (const e of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/(remoteexthost|exthost|remoteagent)\.log$/.test(e.name)) out.push(p);
    }
  };
  walk(logsRoot);
  return out
    .map((p) => {
      const lines = readFileSync(p, 'utf8').trimEnd().split('\n').slice(-15);
      return `${p}:\n    ${lines.join('\n    ')}`;
    })
    .join('\n  ');
}

const START_MARKER = '[authlint-e2e] suite started';
const END_MARKER = '[authlint-e2e] suite finished';

/** The suite's console output, cut out of the extension host's forwarded console. */
function suiteOutput(consoleMessages) {
  const lines = extensionHostLines(consoleMessages);
  const start = lines.findIndex((l) => l.startsWith(START_MARKER));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.startsWith(END_MARKER));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

async function printSuiteOutput(consoleMessages) {
  // The forwarded console can trail the result file by a moment.
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline && !extensionHostLines(consoleMessages).some((l) => l.startsWith(END_MARKER))) await sleep(100);
  const lines = suiteOutput(consoleMessages);
  if (!lines.length) return;
  console.log(`e2e ${LABEL}: suite output:`);
  for (const text of lines) for (const line of text.split('\n')) console.log(`  | ${line}`);
}

async function main() {
  const opts = parse();
  const extension = readExtension(opts.extensionDir);
  const runner = readExtension(RUNNER_EXTENSION_DIR);
  const suiteInSource = path.resolve(extension.dir, opts.suite);
  if (!existsSync(suiteInSource)) {
    throw new Error(
      `suite ${rel(suiteInSource)} does not exist: build it first` +
        (extension.dir === path.resolve(DEFAULT_EXTENSION_DIR) ? ' (npm run build -w authlint-vscode)' : ''),
    );
  }
  // The suite is loaded from where it was built (as test-electron loads extensionTestsPath), so
  // paths relative to its own file mean the same under both launchers; the extension itself runs
  // from its installed copy.

  const started = Date.now();
  let summary;
  try {
    summary = await withCodeServer(
      {
        label: LABEL,
        workspace: opts.workspace,
        keep: opts.keep,
        extensions: [{ info: extension }, { info: runner, wholeFolder: true }],
        env: ({ runDir }) => {
          return {
            AUTHLINT_E2E_SUITE: suiteInSource,
            AUTHLINT_E2E_RESULT: path.join(runDir, 'result.json'),
            AUTHLINT_E2E_EXTENSION_ID: extension.id,
            AUTHLINT_E2E_WORKSPACE: opts.workspace,
          };
        },
      },
      async ({ page, runDir, codeServer, consoleMessages, timings }) => {
        const resultFile = path.join(runDir, 'result.json');
        const deadline = Date.now() + opts.timeoutMs;
        let result;
        let problem;
        while (!result) {
          if (existsSync(resultFile)) {
            try {
              result = JSON.parse(readFileSync(resultFile, 'utf8'));
              break;
            } catch (err) {
              problem = `unreadable result ${resultFile}: ${err.message}`;
              break;
            }
          }
          if (!codeServer.isRunning()) {
            problem = `code-server exited before the suite reported (log ${codeServer.logFile})`;
            break;
          }
          if (page.isClosed()) {
            problem = 'the workbench page closed before the suite reported';
            break;
          }
          if (Date.now() > deadline) {
            const startedMarker = existsSync(`${resultFile}.started`);
            problem = startedMarker
              ? `the suite started but wrote no result within ${opts.timeoutMs / 1000} s (--timeout)`
              : `the test runner never started within ${opts.timeoutMs / 1000} s: the extension host did not come up or did not activate authlint-e2e.test-runner`;
            break;
          }
          await sleep(500);
        }
        const shot = await screenshot(page, LABEL);
        await printSuiteOutput(consoleMessages);
        if (problem) {
          const tails = serverLogTails(runDir);
          console.error(`e2e ${LABEL}: ${problem}`);
          if (tails) console.error(`  server logs:\n  ${tails}`);
          if (shot) console.error(`  screenshot: ${shot}`);
          return { ok: false, passed: 0, failed: 1, timings };
        }
        for (const f of result.failures ?? []) {
          console.log(`  FAIL ${f.title}: ${String(f.message).trimEnd().split('\n').join('\n       ')}`);
          if (f.stack && process.env.AUTHLINT_E2E_DEBUG) console.log(`    ${f.stack.split('\n').join('\n    ')}`);
        }
        if (!result.countsReported) {
          console.log(`e2e ${LABEL}: the suite reported no counts; it counts as one test (see test/e2e/README.md to report per-test counts)`);
        }
        const ok = result.failed === 0 && result.passed > 0;
        if (result.passed === 0 && result.failed === 0) console.error(`e2e ${LABEL}: the suite ran no test`);
        return { ok, passed: result.passed, failed: result.failed, suiteMs: result.durationMs, vscode: result.vscodeVersion, timings };
      },
    );
  } catch (err) {
    console.error(`e2e ${LABEL}: ${err.message}`);
    console.log(`e2e ${LABEL}: 0 passed, 1 failed`);
    return 1;
  }
  const t = summary.timings;
  const s = (ms) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
  console.log(
    `e2e ${LABEL}: ${summary.vscode ? `VS Code ${summary.vscode}; ` : ''}install check ${s(t.install)}, code-server start ${s(t.codeServerStart)}, ` +
      `workbench ${s(t.workbenchOpen)}, suite ${summary.suiteMs === undefined ? 'no result' : s(summary.suiteMs)}, total ${s(Date.now() - started)}`,
  );
  console.log(`e2e ${LABEL}: ${summary.passed} passed, ${summary.failed} failed`);
  return summary.ok ? 0 : 1;
}

runMain(LABEL, main);
