import fs from 'node:fs';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import enhancedResolve from 'enhanced-resolve';
import { getTsconfig } from 'get-tsconfig';
import type { ProjectHost } from './project/project-host.js';

/*
 * The project on disk, for the project model, in both hosts (the ESLint plugin, and the editor on a
 * `file:` workspace): modules resolved as Node and TypeScript resolve them (enhanced-resolve:
 * package.json `exports` / `imports`, extension aliases, and the nearest tsconfig's `paths` /
 * `baseUrl`, which get-tsconfig finds), read from disk unless the host has a newer text of the
 * file open, and parsed with the host's parser (parse only; project code never runs).
 * Node only: `@authlint/core/file-project-host`, not part of the core's main entry (the web extension has no file system).
 */

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const EXTENSION_ALIAS = { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'], '.cjs': ['.cts', '.cjs'] };
const fileSystem = new enhancedResolve.CachedInputFileSystem(fs, 4000);

type Resolve = (fromDir: string, specifier: string) => string | undefined;

function createResolve(tsconfig: string | undefined): Resolve {
  const resolver = enhancedResolve.create.sync({
    extensions: EXTENSIONS,
    extensionAlias: EXTENSION_ALIAS,
    conditionNames: ['node', 'import', 'require', 'default'],
    mainFields: ['main', 'module'],
    fileSystem,
    ...(tsconfig ? { tsconfig } : {}),
  });
  return (fromDir, specifier) => {
    try {
      const resolved = resolver({}, fromDir, specifier);
      return typeof resolved === 'string' ? resolved : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Resolution from any directory, with the tsconfig nearest to it; one resolver per tsconfig. */
function createDirectoryResolver(): Resolve {
  const resolvers = new Map<string, Resolve>();
  let plainResolve: Resolve | undefined;
  const tsconfigByDir = new Map<string, string | undefined>();

  function resolverFor(fromDir: string): Resolve {
    let tsconfig = tsconfigByDir.get(fromDir);
    if (!tsconfigByDir.has(fromDir)) {
      try {
        tsconfig = getTsconfig(fromDir)?.path;
      } catch {
        tsconfig = undefined;
      }
      tsconfigByDir.set(fromDir, tsconfig);
    }
    const key = tsconfig ?? '';
    let resolve = resolvers.get(key);
    if (!resolve) {
      const plain = tsconfig === undefined ? undefined : (plainResolve ??= createResolve(undefined));
      const withTsconfig = createResolve(tsconfig);
      // A tsconfig that cannot be read (an `extends` into uninstalled packages) fails every request: resolve without it then.
      resolve = plain ? (dir, specifier) => withTsconfig(dir, specifier) ?? plain(dir, specifier) : withTsconfig;
      resolvers.set(key, resolve);
    }
    return resolve;
  }

  return (fromDir, specifier) => resolverFor(fromDir)(fromDir, specifier);
}

/** A file the host has open, whose text may be newer than the disk's (an editor's unsaved document). */
export interface OpenFile {
  readonly text: string;
  /** Changes whenever the text does, and differs from every other open file's that had this path (a document's identity and version). */
  readonly stamp: string;
}

export interface FileProjectHostOptions {
  /** The host's parser (parse only); undefined for a text it cannot parse. Must not throw. */
  readonly parse: (text: string, path: string) => TSESTree.Program | undefined;
  /** The open file at `path`, if any: its text wins over the disk's. */
  readonly openFile?: (path: string) => OpenFile | undefined;
}

/** A ProjectHost over the file system (and the host's open files). Never throws. */
export function createFileProjectHost({ parse, openFile }: FileProjectHostOptions): ProjectHost {
  const resolve = createDirectoryResolver();
  return {
    resolve: (specifier, fromFile) => resolve(path.dirname(fromFile), specifier),
    readFile(file) {
      const open = openFile?.(file);
      if (open) return open.text;
      try {
        return fs.readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    },
    parse,
    stamp(file) {
      const open = openFile?.(file);
      if (open) return `open:${open.stamp}`;
      try {
        const stat = fs.statSync(file);
        return `${stat.mtimeMs}:${stat.size}`;
      } catch {
        return undefined;
      }
    },
  };
}
