import * as esbuild from 'esbuild';
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

  it('puts typescript-estree, with TypeScript, in dist/parser.cjs', async () => {
    const { code, inputs } = await build('parser');
    expect(inputs.some((i) => i.includes('node_modules/typescript/'))).toBe(true);
    const module = { exports: {} as { parse?: unknown } };
    new Function('module', 'exports', 'require', '__filename', '__dirname', code)(module, module.exports, require, '/dist/parser.cjs', '/dist');
    expect(typeof module.exports.parse).toBe('function');
  }, 120_000);
});
