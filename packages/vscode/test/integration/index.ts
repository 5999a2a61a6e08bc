// The in-host suite: runs inside a real VS Code extension host, opened on test/fixtures, under
// @vscode/test-electron (extensionTestsPath) or the code-server launcher (test/e2e/). Bundled by
// esbuild, Mocha included, to dist/test/integration/index.cjs, which exports run().
import Mocha from 'mocha';
import { codeActionsSuite } from './code-actions.suite.js';
import { diagnosticsSuite } from './diagnostics.suite.js';
import { eslintConfigSuite } from './eslint-config.suite.js';
import { eslintDeferralSuite } from './eslint-deferral.suite.js';
import { extensionSuite } from './extension.suite.js';
import { fixturesSuite } from './fixtures.suite.js';
import { hoverSuite } from './hover.suite.js';
import { importsSuite } from './imports.suite.js';
import { LineReporter } from './reporter.js';
import { settingsSuite } from './settings.suite.js';

export interface SuiteResult {
  passed: number;
  failed: number;
  failures: { title: string; message: string; stack?: string }[];
}

/** Runs every test; resolves with the counts, or throws an error carrying them when a test fails. */
export async function run(): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: LineReporter });
  // Defines describe/it/... on globalThis for the suite files.
  mocha.suite.emit('pre-require', globalThis, 'authlint-integration', mocha);
  extensionSuite();
  diagnosticsSuite();
  hoverSuite();
  codeActionsSuite();
  settingsSuite();
  eslintDeferralSuite();
  eslintConfigSuite();
  fixturesSuite();
  importsSuite();

  const failures: SuiteResult['failures'] = [];
  const stats = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 }));
    runner.on('fail', (test, err: Error) => failures.push({ title: test.fullTitle(), message: err.message, stack: err.stack }));
  });
  const result: SuiteResult = { passed: stats.passes, failed: stats.failures, failures };
  if (result.failed > 0) {
    throw Object.assign(new Error(`${result.failed} of ${result.passed + result.failed} in-host tests failed`), result);
  }
  return result;
}
