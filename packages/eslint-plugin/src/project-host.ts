import fs from 'node:fs';
import path from 'node:path';
import { ProjectGraph, type ProjectHost } from '@authlint/core';
import { parse } from '@typescript-eslint/typescript-estree';
import enhancedResolve from 'enhanced-resolve';
import { getTsconfig } from 'get-tsconfig';

/*
 * The ESLint plugin's view of the project on disk, for the core's project model: modules resolved
 * as Node and TypeScript resolve them (enhanced-resolve: package.json `exports` / `imports`,
 * extension aliases, and the nearest tsconfig's `paths` / `baseUrl`, which get-tsconfig finds),
 * read from disk, and parsed with the same parser (parse only; project code never runs).
 * One graph per thread, so that `--concurrency` works: each worker summarises the modules it needs.
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
    resolve = plain ? (fromDir, specifier) => withTsconfig(fromDir, specifier) ?? plain(fromDir, specifier) : withTsconfig;
    resolvers.set(key, resolve);
  }
  return resolve;
}

const diskProjectHost: ProjectHost = {
  resolve: (specifier, fromFile) => resolverFor(path.dirname(fromFile))(path.dirname(fromFile), specifier),
  readFile(file) {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  parse(text, file) {
    try {
      return parse(text, { range: true, loc: true, jsx: !/\.[cm]?ts$/.test(file), filePath: file });
    } catch {
      return undefined;
    }
  },
  stamp(file) {
    try {
      const stat = fs.statSync(file);
      return `${stat.mtimeMs}:${stat.size}`;
    } catch {
      return undefined;
    }
  },
};

let graph: ProjectGraph | undefined;

/** Where a linted file sits in the project, or undefined for a file that is not on disk (stdin, a virtual file). */
export function projectPlaceFor(fileName: string, settings: Readonly<Record<string, unknown>>): { graph: ProjectGraph; fileName: string } | undefined {
  const own = settings.authlint;
  if (own && typeof own === 'object' && (own as { followImports?: unknown }).followImports === false) return undefined;
  if (!path.isAbsolute(fileName) || !fs.existsSync(fileName)) return undefined;
  graph ??= new ProjectGraph(diskProjectHost);
  return { graph, fileName };
}
