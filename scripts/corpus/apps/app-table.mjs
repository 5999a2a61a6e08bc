// @ts-check
// The application corpus table (apps.json) and where its pieces live on disk.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {{ name: string, version: string }} NpmPackage
 * @typedef {{ npm: NpmPackage[] } | { github: string, commit: string }} AppSource
 * @typedef {{
 *   id: string, name: string, source: AppSource, frameworks: string[], folders: string[],
 *   jsSourceType: 'module' | 'commonjs', license: string, excludeExtensions?: string[], note?: string,
 *   ownPackages?: NpmPackage[], workspaceLinks?: Record<string, string>
 * }} App
 * `ownPackages`: the app's own error packages (exact versions from its package.json), unpacked into
 * <id>/node_modules/<name> so that the project model can follow imports into them (never linted).
 * `workspaceLinks`: node_modules links of a GitHub monorepo's workspaces (link: target, relative to the app's folder).
 */

/** The repository root (three levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The git-ignored folder the applications are unpacked into, one sub-folder per app id. */
export const APPS_DIR = path.join(REPO_ROOT, '.corpus-apps');
/** Where the search tool's fetch leaves repository snapshots: <owner>+<name>/repo is a bare git directory. */
export const MIRROR_DIR = process.env.AUTHLINT_MIRROR_DIR ?? '/work/.mirror';
/** The lint results written by lint-apps.mjs. */
export const RESULTS_FILE = path.join(APPS_DIR, 'results.json');
export const VERDICTS_FILE = fileURLToPath(new URL('./verdicts.json', import.meta.url));

/** @returns {App[]} */
export function loadApps() {
  const table = JSON.parse(fs.readFileSync(new URL('./apps.json', import.meta.url), 'utf8'));
  return table.apps;
}

/** @param {App} app */
export function appDir(app) {
  return path.join(APPS_DIR, app.id);
}

/** @param {App} app @returns {string} a one-line pin: `name@version, ...` or `owner/name@commit` */
export function describeSource(app) {
  const s = app.source;
  const own = (app.ownPackages ?? []).map((p) => `${p.name}@${p.version}`);
  return ('npm' in s ? s.npm.map((p) => `${p.name}@${p.version}`).join(', ') : `${s.github}@${s.commit}`) + (own.length > 0 ? ` (+ ${own.join(', ')})` : '');
}

/** @param {{ github: string }} source the bare git directory the fetch tool leaves for this repository */
export function mirrorGitDir(source) {
  return path.join(MIRROR_DIR, source.github.replace('/', '+'), 'repo');
}
