// @ts-check
// Reading the extension under test and installing it into an --extensions-dir by copying, the way
// a VSIX install lays it out: <extensionsDir>/<publisher>.<name>-<version>/.
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EXTENSION_DIR, rel } from './paths.mjs';

/**
 * @typedef {{ dir: string, id: string, publisher: string, name: string, version: string,
 *             main: string, manifest: Record<string, unknown> }} ExtensionInfo
 */

/** Reads and checks `<dir>/package.json`; throws an error that says how to fix it. */
export function readExtension(dir = DEFAULT_EXTENSION_DIR, { requireMain = true } = {}) {
  const manifestPath = path.join(dir, 'package.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`no extension at ${rel(dir)}: ${rel(manifestPath)} does not exist`);
  }
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    throw new Error(`cannot parse ${rel(manifestPath)}: ${err.message}`);
  }
  const missing = ['publisher', 'name', 'version'].filter((k) => typeof manifest[k] !== 'string' || !manifest[k]);
  if (missing.length) throw new Error(`${rel(manifestPath)} lacks ${missing.join(', ')}`);
  const { publisher, name, version } = manifest;
  const main = typeof manifest.main === 'string' ? manifest.main : undefined;
  if (requireMain) {
    if (!main) throw new Error(`${rel(manifestPath)} has no "main"`);
    if (!existsSync(path.resolve(dir, main))) {
      throw new Error(
        `${rel(path.resolve(dir, main))} (the "main" of ${publisher}.${name}) does not exist: build the extension first` +
          (path.resolve(dir) === path.resolve(DEFAULT_EXTENSION_DIR) ? ' (npm run build -w authlint-vscode)' : ''),
      );
    }
  }
  return { dir: path.resolve(dir), id: `${publisher}.${name}`, publisher, name, version, main, manifest };
}

/** What a packaged extension would carry: the manifest, its bundle and its docs, never
 * node_modules or sources (the bundle must stand alone, as it does in a .vsix). */
function filesToCopy(info, { wholeFolder }) {
  const entries = readdirSync(info.dir);
  if (wholeFolder) return entries.filter((e) => e !== 'node_modules' && !e.startsWith('.'));
  const wanted = new Set(['package.json', 'dist']);
  for (const e of entries) {
    if (/^(README|LICENSE|LICENCE|CHANGELOG)(\.|$)/i.test(e) || /^package\.nls(\..+)?\.json$/.test(e)) wanted.add(e);
  }
  // Files the manifest points at (icon, grammars, ...) that live outside dist/.
  const m = info.manifest;
  const referenced = [m.icon, ...(m.contributes?.grammars ?? []).map((g) => g.path), ...(m.contributes?.snippets ?? []).map((s) => s.path)];
  for (const p of referenced) {
    if (typeof p === 'string' && !path.isAbsolute(p)) wanted.add(path.normalize(p).split(path.sep)[0]);
  }
  return [...wanted].filter((e) => existsSync(path.join(info.dir, e)));
}

/**
 * Copies the extension into extensionsDir as <publisher>.<name>-<version>; returns that folder.
 * @param {ExtensionInfo} info
 * @param {string} extensionsDir
 * @param {{ wholeFolder?: boolean }} [options] wholeFolder: copy everything but node_modules and
 *   dot-files (used for the small test-runner extension).
 */
export function installExtensionCopy(info, extensionsDir, { wholeFolder = false } = {}) {
  const dest = path.join(extensionsDir, `${info.id}-${info.version}`);
  for (const entry of filesToCopy(info, { wholeFolder })) {
    const src = path.join(info.dir, entry);
    cpSync(src, path.join(dest, entry), {
      recursive: statSync(src).isDirectory(),
      dereference: true,
      filter: (s) => !s.split(path.sep).includes('node_modules'),
    });
  }
  if (info.main && !existsSync(path.resolve(dest, info.main))) {
    throw new Error(`copied ${info.id} to ${dest} but its main ${info.main} is missing there`);
  }
  return dest;
}
