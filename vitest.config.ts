import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const core = fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url));
const coreFileHost = fileURLToPath(new URL('./packages/core/src/file-project-host.ts', import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources; `npm run build` is only needed for the real `eslint` CLI.
    // The subpath first: an alias also matches the paths under its name.
    alias: { '@authlint/core/file-project-host': coreFileHost, '@authlint/core': core },
  },
  test: {
    // A guard against hangs, not a speed check (the benchmarks measure speed): the cross-host and fixture tests run
    // every fixture through both hosts, which takes more than vitest's default 5 s on a loaded 2-core machine.
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'eslint-plugin', include: ['packages/eslint-plugin/tests/**/*.test.ts'], setupFiles: ['packages/eslint-plugin/tests/setup.ts'] } },
      { extends: true, test: { name: 'vscode', include: ['packages/vscode/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'cross-host', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
    ],
  },
});
