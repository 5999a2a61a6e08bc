// @ts-check
// `npm run demo`: lints examples/ with the real eslint CLI and authlint's recommended config,
// in ESLint's multithreaded mode, and prints the findings with the suggestions each one offers.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// eslint's package exports do not expose bin/; find it beside its package.json.
const eslintBin = join(dirname(createRequire(import.meta.url).resolve('eslint/package.json')), 'bin', 'eslint.js');
const formatter = fileURLToPath(new URL('./findings-formatter.cjs', import.meta.url));

const result = spawnSync(process.execPath, [
  eslintBin,
  '--config', 'examples/eslint.config.js',
  '--concurrency', 'auto',
  '--format', formatter,
  'examples/',
], { cwd: root, stdio: 'inherit' });

// Warnings exit 0; errors (a crash, a broken config) keep ESLint's own exit code.
process.exit(result.status ?? 1);
