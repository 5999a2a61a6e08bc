// @ts-check
// The three ESLint setups of benchmark 1, as explicit flat configs (no config file is read):
//   a: `no-debugger` only (a baseline that pays for what any real config pays for: parse, scope, traversal)
//   b: a + authlint's recommended config (the built plugin)
//   c: @eslint/js recommended (which itself holds no-debugger)
// JavaScript is parsed by espree, TypeScript by @typescript-eslint/parser (no type information).
import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_PACKAGES } from '../../corpus/corpus-packages.mjs';
import { CORPUS_DIR } from '../../corpus/paths.mjs';

export const CONFIG_KINDS = ['a', 'b', 'c'];
export const CONFIG_LABELS = {
  a: '(a) no-debugger only',
  b: '(b) no-debugger + authlint recommended',
  c: '(c) @eslint/js recommended',
};

const JS_FILES = ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.jsx'];
const TS_FILES = ['**/*.ts', '**/*.cts', '**/*.mts', '**/*.tsx'];

/** The running Node's own globals, so `no-undef` in (c) flags real mistakes, not `setTimeout`. */
const NODE_GLOBALS = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));

/** sourceType of each corpus package's .js files, from its package.json `type` (ESM packages exist: hono, h3, @nestjs/*). */
function corpusSourceTypeBlocks() {
  return CORPUS_PACKAGES.map((pkg) => {
    let type;
    try {
      type = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'node_modules', pkg.name, 'package.json'), 'utf8')).type;
    } catch {
      type = undefined;
    }
    return {
      files: [`.corpus/node_modules/${pkg.name}/**/*.js`],
      languageOptions: { sourceType: type === 'module' ? 'module' : 'commonjs' },
    };
  });
}

function languageBlocks() {
  return [
    { files: JS_FILES, languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: NODE_GLOBALS } },
    ...corpusSourceTypeBlocks(),
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
    { files: TS_FILES, languageOptions: { parser: tsParser, sourceType: 'module', globals: NODE_GLOBALS } },
  ];
}

/**
 * The flat config for one setup; `plugin` is the built eslint-plugin-authlint (needed for b).
 * @param {string} kind
 * @param {{ plugin?: any }} [options]
 */
export function eslintConfig(kind, { plugin } = {}) {
  const base = [
    // The corpus lives under node_modules, which ESLint ignores by default even with `ignore: false`
    // (that option only turns off the config's own ignore patterns); a global negated ignore lets it in.
    { ignores: ['!**/node_modules/'] },
    ...languageBlocks(),
    // Third-party code carries its own eslint-disable comments (and names rules we do not load): ignore them,
    // so no directive turns authlint off in a corpus file and no "rule not found" message is counted.
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
  ];
  switch (kind) {
    case 'a':
      return [...base, { rules: { 'no-debugger': 'error' } }];
    case 'b':
      if (!plugin) throw new Error('config b needs the authlint plugin');
      return [...base, { rules: { 'no-debugger': 'error' } }, { files: [...JS_FILES, ...TS_FILES], ...plugin.configs.recommended }];
    case 'c':
      return [...base, js.configs.recommended];
    default:
      throw new Error(`unknown ESLint setup ${kind}`);
  }
}
