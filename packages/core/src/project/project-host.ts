import type { TSESTree } from '@typescript-eslint/types';

/**
 * What the core needs from a host to follow imports: the host resolves and reads (the ESLint plugin
 * from disk, the editor from the workspace), the core only parses nothing and runs nothing itself.
 * Every method answers undefined for what it cannot do; none may throw (the core catches anyway).
 */
export interface ProjectHost {
  /** The file `specifier` names, imported from `fromFile`. */
  resolve(specifier: string, fromFile: string): string | undefined;
  readFile(path: string): string | undefined;
  /** Parses a module (parse only, never execute). */
  parse(text: string, path: string): TSESTree.Program | undefined;
  /** A cheap stamp of the file's version (mtime and size), so that an unchanged module is not read again. */
  stamp?(path: string): string | undefined;
}
