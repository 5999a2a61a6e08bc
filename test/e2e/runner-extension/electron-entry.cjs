'use strict';
// `extensionTestsPath` for test/e2e/run-in-electron.mjs (@vscode/test-electron). VS Code calls
// run(); this runs the real suite named by AUTHLINT_E2E_SUITE through the same counting as the
// code-server runner, writes the JSON result to AUTHLINT_E2E_RESULT (if set) and throws when
// anything failed, which makes test-electron's runTests() reject.
const { runSuite, writeResult } = require('./run-suite.cjs');

async function run() {
  const result = await runSuite(process.env.AUTHLINT_E2E_SUITE);
  if (process.env.AUTHLINT_E2E_RESULT) {
    result.vscodeVersion = require('vscode').version;
    writeResult(process.env.AUTHLINT_E2E_RESULT, result);
  }
  if (result.failed > 0) {
    const first = result.failures[0];
    throw new Error(`${result.failed} failed${first ? `, first: ${first.title}: ${first.message}` : ''}`);
  }
}

module.exports = { run };
