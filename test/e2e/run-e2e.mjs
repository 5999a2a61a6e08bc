#!/usr/bin/env node
// @ts-check
// `npm run test:e2e`: builds the extension, makes sure code-server is in the cache, then runs the
// in-host suite (run-in-code-server.mjs) and the browser check (browser-check.mjs), one after the
// other, each in its own code-server. Prints both closing lines and a total:
//   e2e: N passed, M failed
//
//   node test/e2e/run-e2e.mjs [--no-build] [--only in-host|browser] [-- --extension DIR --workspace DIR --keep]
// Options only one launcher knows go through the environment: AUTHLINT_E2E_SUITE_PATH,
// AUTHLINT_E2E_SCENARIOS, AUTHLINT_E2E_TIMEOUT (see README.md).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer } from './install-code-server.mjs';
import { E2E_DIR, REPO_ROOT } from './lib/paths.mjs';
import { isRunning } from './lib/processes.mjs';

const STEPS = {
  'in-host': { script: 'run-in-code-server.mjs', line: /^e2e in-host: (\d+) passed, (\d+) failed$/m },
  browser: { script: 'browser-check.mjs', line: /^e2e browser: (\d+) passed, (\d+) failed$/m },
};
/** Per launcher; each has its own shorter waits inside. */
const STEP_TIMEOUT_MS = 15 * 60_000;
const BUILD_TIMEOUT_MS = 5 * 60_000;

let current; // the child running now, ended by its pid on a signal

function run(cmd, args, { timeoutMs, capture = false }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    current = child;
    let out = '';
    if (capture) {
      /** @type {import('node:stream').Readable} */ (child.stdout).on('data', (chunk) => { // piped when capturing
        out += chunk;
        process.stdout.write(chunk);
      });
    }
    const timer = setTimeout(() => {
      console.error(`e2e: ${path.basename(args[0] ?? cmd)} took more than ${timeoutMs / 60_000} min; ending it (pid ${child.pid})`);
      child.kill('SIGTERM'); // its own handlers end what it started
      setTimeout(() => isRunning(child.pid) && child.kill('SIGKILL'), 30_000).unref();
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: 1, out: `${out}\n${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: code ?? (signal ? 1 : 0), out });
    });
  });
}

for (const [sig, code] of Object.entries({ SIGINT: 130, SIGTERM: 143, SIGHUP: 129 })) {
  process.once(sig, () => {
    const child = current;
    if (!child) process.exit(code);
    child.kill(sig); // the launcher ends code-server and chromium itself
    const deadline = setTimeout(() => {
      if (isRunning(child.pid)) child.kill('SIGKILL');
      process.exit(code);
    }, 30_000);
    child.once('close', () => {
      clearTimeout(deadline);
      process.exit(code);
    });
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log('usage: node test/e2e/run-e2e.mjs [--no-build] [--only in-host|browser] [-- launcher options]');
    return 0;
  }
  if (values.only && !STEPS[values.only]) throw new Error(`--only must be one of ${Object.keys(STEPS).join(', ')}`);
  const passThrough = positionals;

  if (!values['no-build']) {
    console.log('e2e: npm run build -w authlint-vscode');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = await run(npm, ['run', 'build', '-w', 'authlint-vscode'], { timeoutMs: BUILD_TIMEOUT_MS });
    if (build.code !== 0) {
      console.error('e2e: the extension did not build');
      console.log('e2e: 0 passed, 1 failed');
      return 1;
    }
  }
  // Once here, so that the two launchers do not both report the first (long) install.
  await ensureCodeServer();

  let passed = 0;
  let failed = 0;
  let exit = 0;
  for (const [name, step] of Object.entries(STEPS)) {
    if (values.only && values.only !== name) continue;
    const { code, out } = await run(process.execPath, [path.join(E2E_DIR, step.script), ...passThrough], {
      timeoutMs: STEP_TIMEOUT_MS,
      capture: true,
    });
    const m = out.match(step.line);
    if (m) {
      passed += Number(m[1]);
      failed += Number(m[2]);
    } else {
      failed += 1;
      console.error(`e2e: ${step.script} printed no closing line`);
    }
    if (code !== 0) exit = 1;
    if (code !== 0 && m && Number(m[2]) === 0) failed += 1; // a non-zero exit is a failure even with 0 counted
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return exit || failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`e2e: ${err?.message || err}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
