import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import enhancedResolve from 'enhanced-resolve';
import { findTsconfig } from 'get-tsconfig';
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

const isRelative = (specifier: string): boolean => specifier.startsWith('.') || path.isAbsolute(specifier);

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

interface DirectoryResolver {
  resolve: Resolve;
  /**
   * Directories from which `specifier` resolves alike share a key: a relative specifier is its own
   * directory's, a bare one (`@acme/errors`, a tsconfig `paths` alias, `#internal`) is the same from
   * every directory of one package with one tsconfig, since node_modules folders are looked for from
   * the package up (none is expected inside a package's own sources).
   */
  keyOf(fromDir: string, specifier: string): string;
  forget: () => void;
}

/** Resolution from any directory, with the tsconfig nearest to it; one resolver per tsconfig. */
function createDirectoryResolver(): DirectoryResolver {
  const resolvers = new Map<string, Resolve>();
  let plainResolve: Resolve | undefined;
  const tsconfigByDir = new Map<string, string | undefined>();
  const packageRootByDir = new Map<string, string>();
  // get-tsconfig's own cache of the directories it has searched, shared by every search: each new directory costs a lookup or two, not a walk to the root.
  const searched = new Map<string, unknown>();

  function tsconfigOf(fromDir: string): string | undefined {
    if (!tsconfigByDir.has(fromDir)) {
      let tsconfig: string | undefined;
      try {
        tsconfig = findTsconfig(fromDir, 'tsconfig.json', searched);
      } catch {
        tsconfig = undefined;
      }
      tsconfigByDir.set(fromDir, tsconfig);
    }
    return tsconfigByDir.get(fromDir);
  }

  /** The nearest directory at or above `dir` that holds a package.json (the file system's root when none does). */
  function packageRootOf(dir: string): string {
    let root = packageRootByDir.get(dir);
    if (root === undefined) {
      const parent = path.dirname(dir);
      root = fs.existsSync(path.join(dir, 'package.json')) || parent === dir ? dir : packageRootOf(parent);
      packageRootByDir.set(dir, root);
    }
    return root;
  }

  function resolverFor(fromDir: string): Resolve {
    const tsconfig = tsconfigOf(fromDir);
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

  return {
    // A relative specifier never goes through a tsconfig's `paths` or `baseUrl` (TypeScript's rule too):
    // the plain resolver answers it, without the tsconfig plugin's work on every request.
    resolve: (fromDir, specifier) => (isRelative(specifier) ? (plainResolve ??= createResolve(undefined)) : resolverFor(fromDir))(fromDir, specifier),
    keyOf: (fromDir, specifier) => (isRelative(specifier)
      ? `${fromDir}\0${specifier}`
      : `${tsconfigOf(fromDir) ?? ''}\0${packageRootOf(fromDir)}\0${specifier}`),
    forget() {
      tsconfigByDir.clear();
      packageRootByDir.clear();
      searched.clear();
      fileSystem.purge();
    },
  };
}

/**
 * How long an answer of the resolver is kept, as eslint-plugin-import keeps its resolutions (its
 * `import/cache` lifetime, 30 s by default): a lint run resolves the same specifiers from the same
 * directories over and over, and a long-running host (an editor's ESLint server) still sees a module
 * created or deleted since. The editor also forgets every answer when a module is created or deleted.
 */
const RESOLUTION_LIFETIME_MS = 30_000;

/**
 * `resolve` with each answer (a file, or none) kept per directory and specifier (per package, for a bare one: `keyOf`), for at most
 * `lifetimeMs`: when that is over, every answer and every cached file-system read is dropped at once.
 */
function cacheResolutions({ resolve, keyOf, forget }: DirectoryResolver, lifetimeMs: number, now: () => number): { resolve: Resolve; forget: () => void } {
  const answers = new Map<string, string | undefined>();
  let until = Number.NEGATIVE_INFINITY;
  const forgetAll = () => {
    answers.clear();
    forget();
  };
  return {
    resolve(fromDir, specifier) {
      const time = now();
      if (time >= until) {
        forgetAll();
        until = time + lifetimeMs;
      }
      // Node's own modules (`fs`, `crypto`) are never the project's: not looked for on disk.
      if (isBuiltin(specifier)) return undefined;
      const key = keyOf(fromDir, specifier);
      if (answers.has(key)) return answers.get(key);
      const file = resolve(fromDir, specifier);
      answers.set(key, file);
      return file;
    },
    forget: forgetAll,
  };
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
  /** How long a resolution is kept (RESOLUTION_LIFETIME_MS unless given; 0 keeps none). */
  readonly resolutionLifetimeMs?: number;
  /** The clock of that lifetime (tests give their own). */
  readonly now?: () => number;
}

/** The file system's project host; `forgetResolutions` for a host that knows a module was created or deleted (the editor's watcher). */
export interface FileProjectHost extends ProjectHost {
  forgetResolutions(): void;
}

/** A ProjectHost over the file system (and the host's open files). Never throws. */
export function createFileProjectHost({ parse, openFile, resolutionLifetimeMs = RESOLUTION_LIFETIME_MS, now = Date.now }: FileProjectHostOptions): FileProjectHost {
  const resolutions = cacheResolutions(createDirectoryResolver(), resolutionLifetimeMs, now);
  return {
    resolve: (specifier, fromFile) => resolutions.resolve(path.dirname(fromFile), specifier),
    forgetResolutions: resolutions.forget,
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
