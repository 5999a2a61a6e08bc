'use strict';
// Runs a compiled in-host suite (the @vscode/test-electron `extensionTestsPath` contract: a module
// exporting `async function run()` that throws when a test fails) and turns the outcome into
//   { passed, failed, failures: [{ title, message, stack? }], durationMs, countsReported }
// Shared by the code-server runner extension (extension.cjs) and the test-electron entry
// (electron-entry.cjs), so both launchers count the same way.
//
// Counting: a suite may resolve to (or throw an error carrying) `{ passed, failed, failures }`,
// e.g. from Mocha's runner.stats; then those numbers are used. A suite that reports no counts is
// one test: passed when run() resolves, failed when it throws.

const fs = require('fs');
const path = require('path');
const util = require('util');

function isCount(n) {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function hasCounts(v) {
  return v !== null && typeof v === 'object' && isCount(v.passed) && isCount(v.failed);
}

function trimStack(stack) {
  if (typeof stack !== 'string') return undefined;
  return stack.split('\n').slice(0, 12).join('\n');
}

function toFailure(f, fallbackTitle) {
  if (f instanceof Error) return { title: fallbackTitle, message: f.message, stack: trimStack(f.stack) };
  if (f && typeof f === 'object') {
    const err = f.err || f.error;
    return {
      title: String(f.fullTitle || f.title || fallbackTitle),
      message: String(f.message || (err && err.message) || util.inspect(f, { depth: 2 })),
      stack: trimStack(f.stack || (err && err.stack)),
    };
  }
  return { title: fallbackTitle, message: String(f) };
}

function normalize(value, error, suitePath) {
  const title = path.basename(suitePath);
  const counts = error && hasCounts(error) ? error : !error && hasCounts(value) ? value : undefined;
  if (counts) {
    const failures = Array.isArray(counts.failures) ? counts.failures.map((f) => toFailure(f, title)) : [];
    let failed = counts.failed;
    if (error && failed === 0) {
      // Threw, yet said nothing failed: the throw wins.
      failed = 1;
      failures.push(toFailure(error, title));
    }
    if (failed > 0 && failures.length === 0) failures.push({ title, message: `${failed} test(s) failed (no details reported)` });
    return { passed: counts.passed, failed, failures, countsReported: true };
  }
  if (error) return { passed: 0, failed: 1, failures: [toFailure(error, title)], countsReported: false };
  return { passed: 1, failed: 0, failures: [], countsReported: false };
}

/** Printed around the suite, so that a launcher can cut the suite's output out of the extension
 * host's console (code-server forwards it to the browser's console). */
const START_MARKER = '[authlint-e2e] suite started';
const END_MARKER = '[authlint-e2e] suite finished';

/**
 * @param {string} suitePath absolute path of the compiled suite (index.cjs)
 */
async function runSuite(suitePath) {
  const started = Date.now();
  let value;
  let error;
  console.log(START_MARKER);
  try {
    if (!suitePath || !path.isAbsolute(suitePath)) throw new Error(`suite path must be absolute, got ${JSON.stringify(suitePath)}`);
    if (!fs.existsSync(suitePath)) throw new Error(`suite ${suitePath} does not exist (was the extension built?)`);
    const mod = require(suitePath);
    const run = typeof mod.run === 'function' ? mod.run : mod.default && typeof mod.default.run === 'function' ? mod.default.run : undefined;
    if (!run) throw new Error(`${suitePath} exports no run() function`);
    value = await run();
  } catch (err) {
    error = err === undefined || err === null ? new Error(`suite threw ${err}`) : err;
  }
  const result = normalize(value, error, suitePath || 'suite');
  result.durationMs = Date.now() - started;
  console.log(`${END_MARKER}: ${result.passed} passed, ${result.failed} failed`);
  return result;
}

/** Writes the result atomically (the launcher polls for the file). */
function writeResult(file, result) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(result, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

module.exports = { runSuite, writeResult, normalize, START_MARKER, END_MARKER };
