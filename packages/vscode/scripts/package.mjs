// npm run package -w authlint-vscode
// Packages the extension as a .vsix with @vscode/vsce. Everything the extension runs is bundled
// by esbuild (vsce's `vscode:prepublish` runs the production build), so --no-dependencies: vsce
// cannot package the dependencies that npm workspaces hoist to the root anyway.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const out = path.join(here, `${name}-${version}.vsix`);

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out, ...process.argv.slice(2)], {
  cwd: here,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);

const bytes = statSync(out).size;
console.log(`\n${path.relative(process.cwd(), out)}: ${(bytes / 1024).toFixed(0)} KB (${bytes} bytes)`);
