#!/usr/bin/env node
// @ts-check
// Runs the same in-host suite in desktop VS Code through @vscode/test-electron, which DOWNLOADS a
// VS Code build: for contributors and hosted CI with internet. On machines that reach only the
// npm registry, use run-in-code-server.mjs. See test/e2e/README.md.
//
//   node test/e2e/run-in-electron.mjs [--vscode-version stable|1.139.1|insiders] [--dry-run]
//   (on Linux without a display: xvfb-run -a node test/e2e/run-in-electron.mjs)
//
// Closing line: `e2e electron: N passed, M failed`; exit code 1 on any failure.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importDependency } from './lib/deps.mjs';
import { readExtension } from './lib/extension.mjs';
import { CACHE_DIR, DEFAULT_EXTENSION_DIR, DEFAULT_WORKSPACE_DIR, RUNNER_EXTENSION_DIR, SUITE_RELATIVE_PATH, rel } from './lib/paths.mjs';

const LABEL = 'electron';
const USAGE = `usage: node test/e2e/run-in-electron.mjs [options]
  --extension DIR          extension folder (default packages/vscode; env AUTHLINT_E2E_EXTENSION)
  --suite FILE             compiled suite, relative to the extension folder or absolute
                           (default ${SUITE_RELATIVE_PATH})
  --workspace DIR          folder to open (default test/fixtures)
  --vscode-version VER     VS Code to download: stable (default), insiders or e.g. 1.139.1
  --dry-run                print the runTests() options and exit without downloading anything`;

function parse() {
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      suite: { type: 'string' },
      workspace: { type: 'string' },
      'vscode-version': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    extensionDir: path.resolve(values.extension ?? process.env.AUTHLINT_E2E_EXTENSION ?? DEFAULT_EXTENSION_DIR),
    suite: values.suite ?? SUITE_RELATIVE_PATH,
    workspace: path.resolve(values.workspace ?? process.env.AUTHLINT_E2E_WORKSPACE ?? DEFAULT_WORKSPACE_DIR),
    version: values['vscode-version'] ?? process.env.AUTHLINT_VSCODE_VERSION ?? 'stable',
    dryRun: values['dry-run'],
  };
}

/** The runTests() options, built without touching the network. */
export function testOptions({ extensionDir, suitePath, workspace, version, resultFile }) {
  return {
    version,
    // Keep the download and its profile in the git-ignored cache, not in ./.vscode-test.
    cachePath: path.join(CACHE_DIR, 'vscode-test'),
    extensionDevelopmentPath: extensionDir,
    // A thin wrapper that runs the suite below and counts like the code-server runner does.
    extensionTestsPath: path.join(RUNNER_EXTENSION_DIR, 'electron-entry.cjs'),
    extensionTestsEnv: {
      AUTHLINT_E2E_SUITE: suitePath,
      AUTHLINT_E2E_RESULT: resultFile,
      AUTHLINT_E2E_WORKSPACE: workspace,
    },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  };
}

async function main() {
  const opts = parse();
  const extension = readExtension(opts.extensionDir, { requireMain: !opts.dryRun });
  const suitePath = path.resolve(extension.dir, opts.suite);
  if (!opts.dryRun && !existsSync(suitePath)) throw new Error(`suite ${rel(suitePath)} does not exist: build the extension first`);
  if (!existsSync(opts.workspace)) throw new Error(`workspace folder ${rel(opts.workspace)} does not exist`);

  const { runTests } = await importDependency('@vscode/test-electron');
  if (typeof runTests !== 'function') throw new Error('@vscode/test-electron does not export runTests()');

  const resultDir = mkdtempSync(path.join(os.tmpdir(), 'authlint-e2e-electron-'));
  const resultFile = path.join(resultDir, 'result.json');
  const options = testOptions({ extensionDir: extension.dir, suitePath, workspace: opts.workspace, version: opts.version, resultFile });
  if (opts.dryRun) {
    rmSync(resultDir, { recursive: true, force: true });
    console.log(JSON.stringify(options, null, 2));
    console.log(`e2e ${LABEL}: dry run, @vscode/test-electron imported; nothing downloaded`);
    return 0;
  }
  mkdirSync(options.cachePath, { recursive: true });
  let runError;
  try {
    await runTests(options);
  } catch (err) {
    runError = err;
  }
  let result;
  try {
    result = JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    result = undefined;
  }
  rmSync(resultDir, { recursive: true, force: true });
  if (!result) {
    console.error(`e2e ${LABEL}: VS Code ended without a result${runError ? `: ${runError.message}` : ''}`);
    console.log(`e2e ${LABEL}: 0 passed, 1 failed`);
    return 1;
  }
  for (const f of result.failures ?? []) console.log(`  FAIL ${f.title}: ${String(f.message).trimEnd().split('\n').join('\n       ')}`);
  console.log(`e2e ${LABEL}: ${result.vscodeVersion ? `VS Code ${result.vscodeVersion}, ` : ''}suite ${(result.durationMs / 1000).toFixed(1)} s`);
  console.log(`e2e ${LABEL}: ${result.passed} passed, ${result.failed} failed`);
  return result.failed === 0 && result.passed > 0 && !runError ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`e2e ${LABEL}: ${err?.message || err}`);
      process.exitCode = 1;
    },
  );
}
