// The repository lints itself: `npm run lint` (core review §3 finding 13).
// - typescript-eslint's `strict` preset (no type information: fast, and the compiler already checks types)
//   on the packages' sources and tests and on the root tests;
// - eslint-plugin-eslint-plugin's `recommended` preset on the plugin's rule modules, `tests` on its RuleTester tests;
// - authlint's own `recommended` preset on the repository's own scripts, which start no server: it must
//   find nothing there (a precision check). Not on examples/ and test/fixtures/, which exist to have
//   findings: test/fixtures.test.ts holds each fixture to its expected.json, `npm run demo` lints examples/.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import authlint from 'eslint-plugin-authlint';
import tseslint from 'typescript-eslint';

const TYPESCRIPT = ['packages/*/src/**/*.ts', 'packages/*/tests/**/*.ts', 'packages/*/test/**/*.ts', 'test/**/*.ts'];

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.cache/**', '.e2e/**', '.corpus-apps/**', 'examples/**', 'test/fixtures/**', 'test/e2e/fixtures/**', '**/*.d.mts'],
  },
  {
    files: TYPESCRIPT,
    extends: [js.configs.recommended, tseslint.configs.strict],
    rules: {
      // Deliberate style of the codebase (155 uses): `!` after a lookup the code has just guarded (a Map
      // read after `has`, an index inside its bounds), where noUncheckedIndexedAccess cannot see the guard.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { default: _default, ...rest } = schema` is how the code drops a key from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['packages/eslint-plugin/src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      // The rules report through one shared helper (src/report-findings.ts) that passes `suggest`;
      // this rule looks for `suggest` inside the rule module only, so it misreads both rules.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    files: ['packages/eslint-plugin/tests/**/*.test.ts'],
    extends: [eslintPlugin.configs.tests],
  },
  {
    files: ['scripts/**/*.mjs', 'test/e2e/**/*.mjs', 'packages/vscode/scripts/**/*.mjs', 'packages/vscode/*.mjs'],
    extends: [authlint.configs.recommended],
  },
);
