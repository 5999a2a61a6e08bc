// @ts-check
// The files of an app that are linted: JavaScript and TypeScript under its server folders, without
// declaration files, tests, nested node_modules, build output, generated code and minified bundles.
// npm apps ship their server code only as build output (dist/, build/): a server folder may itself be
// such a folder; only dist/ or build/ folders found *below* a server folder are left out.
import fs from 'node:fs';
import path from 'node:path';
import { appDir } from './app-table.mjs';

const CODE_FILE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const TEST_FILE = /\.(?:test|spec|e2e-spec)\.[cm]?[jt]sx?$/;
const MINIFIED_NAME = /\.min\.[cm]?js$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'build', 'generated', '__generated__', '__tests__', '__mocks__', 'test', 'tests', 'e2e', 'coverage']);
const MINIFIED_MIN_BYTES = 20_000;
const MINIFIED_BYTES_PER_LINE = 500;

/** @param {string} file */
function looksMinified(file) {
  const { size } = fs.statSync(file);
  if (size <= MINIFIED_MIN_BYTES) return false;
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n').length;
  return size / lines > MINIFIED_BYTES_PER_LINE;
}

/** @param {string} dir @param {string[]} out */
function walk(dir, out) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
}

/** @param {import('./app-table.mjs').App} app @returns {string[]} absolute paths, sorted */
export function listAppFiles(app) {
  const root = appDir(app);
  const excluded = app.excludeExtensions ?? [];
  /** @type {string[]} */
  const candidates = [];
  for (const folder of app.folders) {
    const full = path.join(root, folder);
    if (!fs.existsSync(full)) continue;
    if (fs.statSync(full).isFile()) candidates.push(full);
    else walk(full, candidates);
  }
  return candidates.filter(
    (f) =>
      CODE_FILE.test(f) &&
      !DECLARATION_FILE.test(f) &&
      !TEST_FILE.test(f) &&
      !MINIFIED_NAME.test(f) &&
      !excluded.some((ext) => f.endsWith(ext)) &&
      !looksMinified(f),
  );
}
