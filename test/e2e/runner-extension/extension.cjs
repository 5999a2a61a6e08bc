'use strict';
// Test-only extension for test/e2e/run-in-code-server.mjs. It does nothing unless the launcher
// set these in code-server's environment (which reaches the extension host):
//   AUTHLINT_E2E_SUITE         absolute path of the compiled suite (exports async run())
//   AUTHLINT_E2E_RESULT        where to write { passed, failed, failures, durationMs } as JSON
//   AUTHLINT_E2E_EXTENSION_ID  optional: fail early, with a clear message, if that extension is
//                              not installed in this extension host (it is not activated here:
//                              activation is the suite's business, as under test-electron)
const fs = require('fs');
const vscode = require('vscode');
const { runSuite, writeResult } = require('./run-suite.cjs');

function activate() {
  const suite = process.env.AUTHLINT_E2E_SUITE;
  const resultPath = process.env.AUTHLINT_E2E_RESULT;
  if (!suite || !resultPath) return;
  // Once per code-server: a reloaded window starts a new extension host; it must not run again.
  if (fs.existsSync(resultPath) || fs.existsSync(`${resultPath}.started`)) return;
  fs.writeFileSync(`${resultPath}.started`, `${new Date().toISOString()} pid ${process.pid}\n`);
  // Let activate() return first: the suite may wait for other extensions to activate.
  setTimeout(() => {
    main(suite, resultPath).catch((err) => {
      try {
        writeResult(resultPath, {
          passed: 0,
          failed: 1,
          failures: [{ title: 'authlint-e2e runner', message: String(err && err.stack ? err.stack : err) }],
          durationMs: 0,
          countsReported: false,
        });
      } catch {
        /* the launcher's timeout reports it */
      }
    });
  }, 0);
}

async function main(suite, resultPath) {
  const id = process.env.AUTHLINT_E2E_EXTENSION_ID;
  if (id && !vscode.extensions.getExtension(id)) {
    const present = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    writeResult(resultPath, {
      passed: 0,
      failed: 1,
      failures: [
        {
          title: 'extension under test is installed',
          message: `${id} is not in this extension host (non-builtin extensions present: ${present.join(', ') || 'none'}). Check its engines.vscode and the code-server log.`,
        },
      ],
      durationMs: 0,
      countsReported: false,
    });
    return;
  }
  const result = await runSuite(suite);
  result.vscodeVersion = vscode.version;
  writeResult(resultPath, result);
}

function deactivate() {}

module.exports = { activate, deactivate };
