#!/usr/bin/env node
// @ts-check
// Step 2: lints each unpacked application with the built plugin (run `npm run build` first) and every
// authlint rule on, no other rule; writes .corpus-apps/results.json; matches the findings against
// verdicts.json and prints a per-app table plus the findings that are new (unjudged) and the verdicts
// whose finding is gone. `node scripts/corpus/apps/lint-apps.mjs [app ids...] [--list]`.
import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadApps, appDir, describeSource, REPO_ROOT, RESULTS_FILE } from './app-table.mjs';
import { findingKey, loadVerdicts, matchVerdicts } from './verdict-keys.mjs';
import { listAppFiles } from './app-files.mjs';
import { appLanguageConfig } from './app-language-config.mjs';

const PLUGIN_DIST = path.join(REPO_ROOT, 'packages/eslint-plugin/dist/index.js');

/**
 * @typedef {{ app: string, file: string, line: number, column: number, rule: string, message: string, lineHash: string }} Finding
 * @typedef {{ app: string, files: number, parseErrors: { file: string, message: string }[], seconds: number, findings: Finding[] }} AppResult
 */

async function loadPlugin() {
  if (!fs.existsSync(PLUGIN_DIST)) throw new Error(`no built plugin at ${PLUGIN_DIST}: run \`npm run build\` first`);
  return (await import(pathToFileURL(PLUGIN_DIST).href)).default;
}

/** @param {any} plugin every authlint rule at error, whatever the presets hold @returns {import('eslint').Linter.RulesRecord} */
function authlintRules(plugin) {
  return Object.fromEntries(Object.keys(plugin.rules).map((name) => [`authlint/${name}`, /** @type {const} */ ('error')]));
}

/** @param {any} plugin @param {import('./app-table.mjs').App} app @returns {import('eslint').Linter.Config[]} */
function flatConfig(plugin, app) {
  return [
    ...appLanguageConfig(app),
    { files: ['**/*'], plugins: { authlint: plugin }, rules: authlintRules(plugin) },
  ];
}

/** @param {any} plugin @param {import('./app-table.mjs').App} app @returns {Promise<AppResult | undefined>} */
async function lintApp(plugin, app) {
  const root = appDir(app);
  if (!fs.existsSync(root)) return undefined;
  const files = listAppFiles(app);
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: flatConfig(plugin, app), ignore: false, cache: false });
  const started = performance.now();
  const results = files.length > 0 ? await eslint.lintFiles(files) : [];
  const seconds = (performance.now() - started) / 1000;
  /** @type {Finding[]} */
  const findings = [];
  const parseErrors = [];
  for (const result of results) {
    const rel = path.relative(root, result.filePath).split(path.sep).join('/');
    const lines = (result.source ?? fs.readFileSync(result.filePath, 'utf8')).split('\n');
    for (const m of result.messages) {
      if (m.fatal) parseErrors.push({ file: rel, message: m.message });
      // Without a rule id and not fatal: the notice that the app's own eslint comments are ignored.
      if (m.fatal || !m.ruleId) continue;
      const text = lines[m.line - 1] ?? '';
      findings.push({ app: app.id, file: rel, line: m.line, column: m.column, rule: m.ruleId.replace(/^authlint\//, ''), message: m.message, lineHash: findingKey.hashLine(text) });
    }
  }
  return { app: app.id, files: files.length, parseErrors, seconds, findings };
}

/** @param {string | number} s @param {number} n */
const pad = (s, n) => String(s).padEnd(n);

async function main() {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith('-'));
  const list = args.includes('--list');
  const plugin = await loadPlugin();
  const apps = loadApps().filter((a) => only.length === 0 || only.includes(a.id));
  /** @type {AppResult[]} */
  const results = [];
  for (const app of apps) {
    const result = await lintApp(plugin, app);
    if (!result) {
      console.log(`skip ${app.id}: not installed (node scripts/corpus/apps/install-apps.mjs)`);
      continue;
    }
    results.push(result);
  }
  const previous = fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) : { apps: [] };
  const merged = [...previous.apps.filter((/** @type {AppResult} */ r) => !results.some((n) => n.app === r.app)), ...results];
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify({ apps: merged }, null, 2)}\n`);

  const verdicts = loadVerdicts();
  const linted = new Set(results.map((r) => r.app));
  const { judged, unjudged, gone } = matchVerdicts(results.flatMap((r) => r.findings), verdicts.filter((v) => linted.has(v.app)));
  console.log(`\n${pad('app', 16)} ${pad('files', 6)} ${pad('findings', 9)} ${pad('right', 6)} ${pad('wrong', 6)} ${pad('unjudged', 9)} ${pad('parse err', 10)} time`);
  for (const r of results) {
    const mine = judged.filter((j) => j.finding.app === r.app);
    const right = mine.filter((j) => j.verdict.verdict === 'right').length;
    const wrong = mine.filter((j) => j.verdict.verdict === 'wrong').length;
    const open = unjudged.filter((f) => f.app === r.app).length;
    console.log(`${pad(r.app, 16)} ${pad(r.files, 6)} ${pad(r.findings.length, 9)} ${pad(right, 6)} ${pad(wrong, 6)} ${pad(open, 9)} ${pad(r.parseErrors.length, 10)} ${r.seconds.toFixed(1)} s`);
  }
  const app = (/** @type {string} */ id) => apps.find((a) => a.id === id);
  if (unjudged.length > 0) {
    console.log(`\n${unjudged.length} unjudged finding(s):`);
    for (const f of list ? unjudged : unjudged.slice(0, 40)) console.log(`  new  ${f.app} ${f.file}:${f.line}:${f.column} ${f.rule} ${f.lineHash}  ${f.message.slice(0, 100)}`);
    if (!list && unjudged.length > 40) console.log('  ... (--list prints them all)');
  }
  for (const v of gone) console.log(`  gone ${v.app} ${v.file}:${v.line} ${v.rule} ${v.lineHash} (${v.verdict}: ${v.reason})`);
  console.log(`\npins: ${results.map((r) => `${r.app}=${describeSource(/** @type {any} */ (app(r.app)))}`).join('; ')}`);
  console.log(`results: ${path.relative(REPO_ROOT, RESULTS_FILE)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
