#!/usr/bin/env node
// @ts-check
// Drives the real VS Code UI (code-server + Debian's chromium) as a person would, on a copy of the
// fixtures: open a file, see the squiggle, hover the status literal and read the hover, Ctrl+. and
// apply the quick fix, check the text on screen and on disk. Scenarios: test/e2e/scenarios.mjs.
// Screenshots: .e2e/screenshots/. See test/e2e/README.md.
//
//   node test/e2e/browser-check.mjs [--extension DIR] [--workspace DIR] [--scenarios FILE]
//                                   [--only TEXT] [--keep]
//
// Closing line: `e2e browser: N passed, M failed` (one per check); exit code 1 on any failure.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { screenshot } from './lib/browser.mjs';
import { readExtension } from './lib/extension.mjs';
import { DEFAULT_EXTENSION_DIR, DEFAULT_WORKSPACE_DIR, E2E_DIR, rel } from './lib/paths.mjs';
import { onCleanup } from './lib/processes.mjs';
import { runMain, withCodeServer } from './lib/session.mjs';
import {
  compareRendered,
  dismiss,
  goTo,
  hoverAndRead,
  literalRect,
  locate,
  openFile,
  openQuickFixMenu,
  pickQuickFix,
  poll,
  renderedLines,
  squigglesOver,
  waitForCursorLine,
  waitForSettledDiagnostics,
} from './lib/ui.mjs';

const LABEL = 'browser';
const USAGE = `usage: node test/e2e/browser-check.mjs [options]
  --extension DIR    extension folder (default packages/vscode; env AUTHLINT_E2E_EXTENSION)
  --workspace DIR    folder whose copy is opened (default test/fixtures; env AUTHLINT_E2E_WORKSPACE)
  --scenarios FILE   ESM module whose default export is the scenario list
                     (default test/e2e/scenarios.mjs; env AUTHLINT_E2E_SCENARIOS)
  --only TEXT        run only scenarios whose name contains TEXT
  --keep             keep the temporary profile, workspace copy and logs even when all passed`;

/** How long the extension gets to show its first diagnostic (activation + first analysis). */
const DIAGNOSTIC_TIMEOUT_MS = 60_000;

function parse() {
  const { values } = parseArgs({
    options: {
      extension: { type: 'string' },
      workspace: { type: 'string' },
      scenarios: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
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
    workspace: path.resolve(values.workspace ?? process.env.AUTHLINT_E2E_WORKSPACE ?? DEFAULT_WORKSPACE_DIR),
    scenarios: path.resolve(values.scenarios ?? process.env.AUTHLINT_E2E_SCENARIOS ?? path.join(E2E_DIR, 'scenarios.mjs')),
    only: values.only,
    keep: values.keep,
  };
}

async function loadScenarios(file, only) {
  if (!existsSync(file)) throw new Error(`scenario file ${rel(file)} does not exist`);
  const mod = await import(pathToFileURL(file).href);
  const list = mod.default ?? mod.scenarios;
  if (!Array.isArray(list)) throw new Error(`${rel(file)} must export default an array of scenarios`);
  list.forEach((s, i) => {
    const where = `${rel(file)} scenario ${i + 1}`;
    if (!s || typeof s.name !== 'string' || typeof s.file !== 'string') throw new Error(`${where}: needs "name" and "file"`);
    if (!s.target || typeof s.target.text !== 'string') throw new Error(`${where} (${s.name}): needs target.text`);
    if (s.hover && !Array.isArray(s.hover.contains)) throw new Error(`${where} (${s.name}): hover.contains must be an array`);
    if (s.quickFix && typeof s.quickFix.titleContains !== 'string') throw new Error(`${where} (${s.name}): quickFix.titleContains must be a string`);
    if (s.after && !Array.isArray(s.after.replace) && typeof s.after.text !== 'string') throw new Error(`${where} (${s.name}): after needs replace: [from, to] or text`);
  });
  const picked = only ? list.filter((s) => s.name.includes(only)) : list;
  if (!picked.length) throw new Error(`no scenario in ${rel(file)}${only ? ` matches --only ${JSON.stringify(only)}` : ''}`);
  return picked;
}

function expectedAfter(source, after) {
  if (typeof after.text === 'string') return after.text;
  const [from, to] = after.replace;
  const i = source.indexOf(from);
  if (i < 0) throw new Error(`after.replace: ${JSON.stringify(from)} is not in the original file`);
  return source.slice(0, i) + to + source.slice(i + from.length);
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
const short = (s, n = 240) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\n/g, ' ⏎ ');

/** Runs one scenario; returns [{ name, ok, detail }]. */
async function runScenario(page, workspace, sc) {
  const results = [];
  const shots = slug(sc.name);
  const record = (name, ok, detail = '') => {
    results.push({ name, ok, detail });
    console.log(`  ${ok ? '✔' : '✘'} ${sc.name} › ${name}${detail ? `: ${detail}` : ''}`);
    return ok;
  };
  const planned = ['opens the file', 'squiggle under the literal'];
  if (sc.hover) planned.push('hover shows the expected text');
  if (sc.quickFix) planned.push('quick-fix menu lists the fix');
  if (sc.quickFix && sc.after) planned.push('editor shows the fixed text', 'saved file has the fixed text');
  const failRest = (why) => {
    for (const name of planned.slice(results.length)) record(name, false, `not run: ${why}`);
    return results;
  };

  const filePath = path.join(workspace, sc.file);
  if (!existsSync(filePath)) return failRest(`${sc.file} is not in the workspace`);
  const source = readFileSync(filePath, 'utf8');
  let loc;
  let expected;
  try {
    loc = locate(source, sc.target);
    if (sc.after) expected = expectedAfter(source, sc.after);
  } catch (err) {
    return failRest(err.message);
  }

  // 1. Open the file.
  try {
    await openFile(page, sc.file);
    record(planned[0], true, sc.file);
  } catch (err) {
    await screenshot(page, `${shots}-open-failed`);
    record(planned[0], false, err.message);
    return failRest('the file did not open');
  }

  // 2. Find the literal on screen and wait for the diagnostic's squiggle under it.
  try {
    await goTo(page, loc.line, loc.column);
  } catch (err) {
    await screenshot(page, `${shots}-goto-failed`);
    return failRest(err.message);
  }
  let rect = await poll(async () => {
    const r = await literalRect(page, loc);
    return r.error ? undefined : r;
  }, { timeoutMs: 10_000 });
  if (!rect) {
    const why = (await literalRect(page, loc)).error;
    await screenshot(page, `${shots}-literal-not-found`);
    return failRest(`cannot find ${JSON.stringify(loc.literal)} on screen at line ${loc.line}: ${why}`);
  }
  const severity = sc.squiggle?.severity ?? 'any';
  let kinds = [];
  const squiggled = await poll(async () => {
    // The line may be re-rendered (tokenisation, decorations): re-measure each time.
    const r = await literalRect(page, loc);
    if (!r.error) rect = r;
    kinds = await squigglesOver(page, rect);
    return severity === 'any' ? kinds.length > 0 : kinds.includes(severity);
  }, { timeoutMs: DIAGNOSTIC_TIMEOUT_MS, intervalMs: 500 });
  const squiggleShot = await screenshot(page, `${shots}-squiggle`);
  record(
    planned[1],
    Boolean(squiggled),
    squiggled
      ? `${kinds.join(', ')} at ${loc.line}:${loc.column} (${squiggleShot})`
      : `expected a ${severity} squiggle under ${JSON.stringify(loc.literal)} at ${loc.line}:${loc.column} within ${DIAGNOSTIC_TIMEOUT_MS / 1000} s; found ${kinds.length ? kinds.join(', ') : 'none'}`,
  );

  // 3. Hover the literal with the mouse and read the widget.
  if (sc.hover) {
    const { ok, text } = await hoverAndRead(page, rect, sc.hover.contains);
    const shot = await screenshot(page, `${shots}-hover`);
    const missing = sc.hover.contains.filter((s) => !text.includes(s));
    record(
      'hover shows the expected text',
      ok,
      ok ? `"${short(text)}" (${shot})` : text ? `missing ${JSON.stringify(missing)} in "${short(text, 400)}" (${shot})` : `no hover appeared (${shot})`,
    );
    await dismiss(page);
  }

  // 4. Cursor on the literal, Ctrl+., pick the fix.
  if (sc.quickFix) {
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    // Move the mouse off the text, or the hover that opens under it can close the menu again.
    await page.mouse.move(5, 5);
    await waitForCursorLine(page, loc.line);
    await waitForSettledDiagnostics(page);
    const { titles, attempts } = await openQuickFixMenu(page);
    if (attempts > 1) console.log(`    (the quick-fix menu opened after ${attempts} presses of Ctrl+.)`);
    const shot = await screenshot(page, `${shots}-quickfix-menu`);
    const match = titles.find((t) => t.includes(sc.quickFix.titleContains));
    record(
      'quick-fix menu lists the fix',
      Boolean(match),
      match
        ? `"${match}" (${shot})`
        : `no entry contains ${JSON.stringify(sc.quickFix.titleContains)}; menu: ${titles.length ? JSON.stringify(titles) : 'did not open or was empty'} (${shot})`,
    );
    if (!match) {
      await dismiss(page);
      return failRest('the fix was not offered');
    }
    if (!sc.after) {
      await dismiss(page);
      return results;
    }
    await pickQuickFix(page, match);

    // 5. The editor shows the fixed text (every rendered line), then 6. it is saved as such.
    let mismatch;
    await poll(async () => {
      mismatch = compareRendered(await renderedLines(page), expected);
      return !mismatch;
    }, { timeoutMs: 10_000 });
    const afterShot = await screenshot(page, `${shots}-after-fix`);
    record('editor shows the fixed text', !mismatch, mismatch ? `${mismatch} (${afterShot})` : afterShot);

    await page.keyboard.press('Control+S');
    let onDisk = '';
    const saved = await poll(() => {
      onDisk = readFileSync(filePath, 'utf8');
      return onDisk === expected;
    }, { timeoutMs: 10_000 });
    record(
      'saved file has the fixed text',
      Boolean(saved),
      saved ? rel(filePath) : onDisk === source ? 'the file on disk did not change (save failed?)' : `first difference: ${firstDifference(onDisk, expected)}`,
    );
  }
  return results;
}

function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}: got ${JSON.stringify(a[i])}, expected ${JSON.stringify(e[i])}`;
  }
  return 'none';
}

async function main() {
  const opts = parse();
  const extension = readExtension(opts.extensionDir);
  const scenarios = await loadScenarios(opts.scenarios, opts.only);
  if (!existsSync(opts.workspace)) throw new Error(`workspace folder ${rel(opts.workspace)} does not exist`);

  // The fixes are applied and saved: work on a copy, never on the repo's fixtures.
  const copyRoot = mkdtempSync(path.join(os.tmpdir(), 'authlint-e2e-workspace-'));
  const workspace = path.join(copyRoot, path.basename(opts.workspace));
  cpSync(opts.workspace, workspace, { recursive: true, filter: (s) => !/[\\/](node_modules|\.git)([\\/]|$)/.test(s) });
  let allOk = false;
  onCleanup(() => {
    if (allOk && !opts.keep) rmSync(copyRoot, { recursive: true, force: true });
  });

  let summary;
  try {
    summary = await withCodeServer(
      { label: LABEL, workspace, keep: opts.keep, extensions: [{ info: extension }] },
      async ({ page, timings }) => {
        const results = [];
        for (const sc of scenarios) {
          try {
            results.push(...(await runScenario(page, workspace, sc)));
          } catch (err) {
            await screenshot(page, `${slug(sc.name)}-error`);
            results.push({ name: sc.name, ok: false, detail: err.message });
            console.log(`  ✘ ${sc.name}: ${err.message}`);
          }
          await dismiss(page).catch(() => {});
        }
        const passed = results.filter((r) => r.ok).length;
        const failed = results.length - passed;
        return { ok: failed === 0 && passed > 0, passed, failed, timings };
      },
    );
  } catch (err) {
    console.error(`e2e ${LABEL}: ${err.message}`);
    console.log(`e2e ${LABEL}: 0 passed, 1 failed`);
    return 1;
  }
  allOk = summary.ok;
  if (!allOk || opts.keep) console.log(`e2e ${LABEL}: workspace copy kept in ${workspace}`);
  else rmSync(copyRoot, { recursive: true, force: true });
  const t = summary.timings;
  const s = (ms) => `${((ms ?? 0) / 1000).toFixed(1)} s`;
  console.log(`e2e ${LABEL}: code-server start ${s(t.codeServerStart)}, workbench ${s(t.workbenchOpen)}, checks ${s(t.body)}; screenshots in .e2e/screenshots/`);
  console.log(`e2e ${LABEL}: ${summary.passed} passed, ${summary.failed} failed`);
  return summary.ok ? 0 : 1;
}

runMain(LABEL, main);
