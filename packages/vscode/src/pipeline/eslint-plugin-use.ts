/** The npm name of the ESLint host of the same rules. */
export const ESLINT_PLUGIN_PACKAGE = 'eslint-plugin-authlint';

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/**
 * Does this package.json text declare eslint-plugin-authlint? Then the project's ESLint config runs
 * the same rules, and the ESLint extension shows their findings. Unreadable JSON says no.
 */
export function declaresEslintPlugin(packageJsonText: string): boolean {
  let manifest: unknown;
  try {
    manifest = JSON.parse(packageJsonText);
  } catch {
    return false;
  }
  if (!manifest || typeof manifest !== 'object') return false;
  return DEPENDENCY_FIELDS.some((field) => {
    const deps = (manifest as Record<string, unknown>)[field];
    return !!deps && typeof deps === 'object' && Object.hasOwn(deps, ESLINT_PLUGIN_PACKAGE);
  });
}

/**
 * The folders to look in for the nearest package.json, innermost first: from the file's folder up to
 * the workspace folder (or the root when the file is outside every folder). Paths are URI paths.
 */
export function packageJsonSearchPath(filePath: string, workspaceRoot?: string): string[] {
  const segments = filePath.split('/');
  segments.pop();
  const out: string[] = [];
  const root = workspaceRoot?.replace(/\/+$/, '');
  while (segments.length > 0) {
    const dir = segments.join('/') || '/';
    out.push(dir);
    if (root !== undefined && (dir === root || !dir.startsWith(`${root}/`))) break;
    segments.pop();
    if (dir === '/') break;
  }
  return out;
}
