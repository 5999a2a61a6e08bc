import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedBuilds, type BuildName } from '../esbuild.config.mjs';

/** One of the package's bundles, built in memory with the real options. */
async function build(name: BuildName) {
  const options = namedBuilds({ production: true })[name];
  const result = await esbuild.build({ ...options, plugins: (options.plugins ?? []).filter((p) => p.name !== 'reporter'), write: false, metafile: true });
  const inputs = Object.keys(result.metafile!.inputs);
  return { code: result.outputFiles![0]!.text, inputs };
}

describe('the desktop extension bundle', () => {
  it('leaves TypeScript and the parser out of dist/extension.cjs: activation stays light', async () => {
    const { code, inputs } = await build('desktop');
    expect(inputs.some((i) => i.includes('node_modules/typescript/'))).toBe(false);
    expect(inputs.some((i) => i.includes('typescript-estree'))).toBe(false);
    expect(code).toContain('require("./parser.cjs")');
    // The core is bundled from source, and `vscode` is the host's.
    expect(inputs.some((i) => i.includes('packages/core/src/'))).toBe(true);
    expect(code).toContain('require("vscode")');
    // The core bundled from source: six rules and the project model come to about 420 KB; TypeScript would add megabytes.
    expect(code.length).toBeLessThan(480 * 1024);
  }, 60_000);

  it('leaves the file host (enhanced-resolve, get-tsconfig) out of dist/extension.cjs: it is required on the first analysis of a file', async () => {
    const { code, inputs } = await build('desktop');
    expect(inputs.some((i) => /node_modules\/(enhanced-resolve|get-tsconfig)\//.test(i))).toBe(false);
    expect(code).toContain('require("./project-host.cjs")');
  }, 60_000);

  it('puts the core\'s file host in dist/project-host.cjs, which resolves and reads a workspace', async () => {
    const { code, inputs } = await build('projectHost');
    expect(inputs.some((i) => i.includes('node_modules/enhanced-resolve/'))).toBe(true);
    expect(inputs.some((i) => i.includes('typescript-estree'))).toBe(false);
    const module = { exports: {} as { createFileProjectHost?: typeof import('@authlint/core/file-project-host').createFileProjectHost } };
    new Function('module', 'exports', 'require', '__filename', '__dirname', code)(module, module.exports, require, '/dist/project-host.cjs', '/dist');
    const dir = mkdtempSync(join(tmpdir(), 'authlint-host-chunk-'));
    try {
      writeFileSync(join(dir, 'errors.ts'), 'export class AuthError extends Error {}\n');
      const host = module.exports.createFileProjectHost!({ parse: () => undefined });
      expect(host.resolve('./errors.js', join(dir, 'routes.ts'))).toBe(join(dir, 'errors.ts'));
      expect(host.readFile(join(dir, 'errors.ts'))).toContain('AuthError');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('gives the web extension no file host: it has no file system', async () => {
    const { inputs } = await build('web');
    expect(inputs.some((i) => /node_modules\/(enhanced-resolve|get-tsconfig|graceful-fs)\//.test(i))).toBe(false);
    expect(inputs.some((i) => i.includes('core/src/file-project-host'))).toBe(false);
  }, 120_000);

  it('puts typescript-estree, with TypeScript, in dist/parser.cjs', async () => {
    const { code, inputs } = await build('parser');
    expect(inputs.some((i) => i.includes('node_modules/typescript/'))).toBe(true);
    const module = { exports: {} as { parse?: unknown } };
    new Function('module', 'exports', 'require', '__filename', '__dirname', code)(module, module.exports, require, '/dist/parser.cjs', '/dist');
    expect(typeof module.exports.parse).toBe('function');
  }, 120_000);
});
