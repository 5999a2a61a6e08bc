// The esbuild options of every bundle, shared by esbuild.mjs and the test that builds the web
// pipeline in memory (src/web/web-bundle.test.ts).
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
const CORE = path.resolve(here, '../core/src/index.ts');
const CORE_FILE_HOST = path.resolve(here, '../core/src/file-project-host.ts');
const BROWSER_SHIMS = path.join(here, 'src', 'web');

/** In the Node bundles typescript-estree is not bundled: `require('@typescript-eslint/typescript-estree')` becomes `require('./parser.cjs')`. */
const parserInOwnChunk = {
  name: 'parser-in-own-chunk',
  setup(build) {
    build.onResolve({ filter: /^@typescript-eslint\/typescript-estree$/ }, (args) =>
      args.kind === 'require-call' ? { path: './parser.cjs', external: true } : undefined);
  },
};

/**
 * In the desktop bundle the core's file host (enhanced-resolve, get-tsconfig) is a chunk of its own,
 * `require('./project-host.cjs')`d on the first analysis of a `file:` document; the web bundle has no
 * file system, and gets an empty module instead (each file is analysed alone there).
 */
const FILE_HOST = /^@authlint\/core\/file-project-host$/;
const fileHostInOwnChunk = {
  name: 'file-host-in-own-chunk',
  setup(build) {
    build.onResolve({ filter: FILE_HOST }, (args) => (args.kind === 'require-call' ? { path: './project-host.cjs', external: true } : undefined));
  },
};
const noFileHostInBrowser = {
  name: 'no-file-host-in-browser',
  setup(build) {
    build.onResolve({ filter: FILE_HOST }, () => ({ path: path.join(BROWSER_SHIMS, 'empty-shim.ts') }));
  },
};

/** Node built-ins in the web bundle: typescript-estree and TypeScript import some; a web worker has none. */
const nodeBuiltinsForBrowser = {
  name: 'node-builtins-for-browser',
  setup(build) {
    build.onResolve({ filter: /^(node:)?path(\/posix)?$/ }, () => ({ path: path.join(BROWSER_SHIMS, 'path-shim.ts') }));
    build.onResolve(
      { filter: /^(node:)?(fs|os|module|url|util|crypto|tty|perf_hooks|inspector|worker_threads|child_process|readline|events|stream|buffer|assert|net|v8|vm)(\/.*)?$/ },
      () => ({ path: path.join(BROWSER_SHIMS, 'empty-shim.ts') }),
    );
  },
};

/** Prints each output and its size, and the `[watch] build started/finished` lines tasks.json matches. */
const reporter = {
  name: 'reporter',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      const out = build.initialOptions.outfile;
      if (result.errors.length === 0 && out && build.initialOptions.write !== false) {
        console.log(`  ${path.relative(here, out)}  ${(statSync(out).size / 1024).toFixed(0)} KB`);
      }
      console.log('[watch] build finished');
    });
  },
};

function common(production) {
  return {
    bundle: true,
    format: 'cjs',
    target: 'es2022',
    minify: production,
    sourcemap: production ? false : 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    alias: { '@authlint/core/file-project-host': CORE_FILE_HOST, '@authlint/core': CORE },
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  };
}

/** Options for a bundle that runs in VS Code's web worker extension host: everything inside, no Node. */
export function browserOptions({ entry, outfile, production = false, plugins = [] }) {
  const base = common(production);
  return {
    ...base,
    entryPoints: [entry],
    outfile,
    platform: 'browser',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    inject: [path.join(BROWSER_SHIMS, 'process-shim.ts')],
    define: { ...base.define, global: 'globalThis' },
    plugins: [noFileHostInBrowser, nodeBuiltinsForBrowser, ...plugins],
  };
}

/** Every bundle of the package, by name. */
export function namedBuilds({ production = false } = {}) {
  const base = common(production);
  const src = (p) => path.join(here, p);
  return {
    desktop: {
      ...base,
      entryPoints: [src('src/extension.ts')],
      outfile: src('dist/extension.cjs'),
      platform: 'node',
      external: ['vscode'],
      plugins: [parserInOwnChunk, fileHostInOwnChunk, reporter],
    },
    projectHost: {
      ...base,
      entryPoints: [src('src/project/file-host-chunk.ts')],
      outfile: src('dist/project-host.cjs'),
      platform: 'node',
      plugins: [reporter],
    },
    parser: {
      ...base,
      entryPoints: [src('src/parser/typescript-estree.ts')],
      outfile: src('dist/parser.cjs'),
      platform: 'node',
      plugins: [reporter],
    },
    pipeline: {
      ...base,
      entryPoints: [src('src/pipeline/index.ts')],
      outfile: src('dist/pipeline.cjs'),
      platform: 'node',
      plugins: [parserInOwnChunk, reporter],
    },
    web: browserOptions({ entry: src('src/extension.ts'), outfile: src('dist/web/extension.cjs'), production, plugins: [reporter] }),
    integrationTests: {
      ...base,
      entryPoints: [src('test/integration/index.ts')],
      outfile: src('dist/test/integration/index.cjs'),
      platform: 'node',
      minify: false,
      sourcemap: 'inline',
      external: ['vscode'],
      // Mocha's parallel mode (unused here) require.resolve()s its worker files.
      logOverride: { 'require-resolve-not-external': 'silent' },
      plugins: [reporter],
    },
  };
}

/** Every bundle of the package. */
export function allBuilds(options = {}) {
  return Object.values(namedBuilds(options));
}
