// @ts-check
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The git-ignored folder the corpus is installed into. */
export const CORPUS_DIR = path.join(REPO_ROOT, '.corpus');
/** The git-ignored folder for bundles, generated files and profiles. */
export const CACHE_DIR = path.join(REPO_ROOT, '.cache');

/** Path relative to the repository root, with forward slashes: what reports print. */
export function repoRelative(file) {
  return path.relative(REPO_ROOT, file).split(path.sep).join('/');
}
