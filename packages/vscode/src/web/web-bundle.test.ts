import * as esbuild from 'esbuild';
import path from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserOptions, here } from '../../esbuild.config.mjs';
import type * as Pipeline from '../pipeline/index.js';

/**
 * The web extension (`browser` in package.json) runs in a web worker: no `process`, no `require`,
 * no Node built-ins. This builds the pipeline with the web bundle's options and runs it in a
 * sandbox that has only what a worker has, to show that parsing, the core and the hover work there.
 */
let pipeline: typeof Pipeline;

beforeAll(async () => {
  const result = await esbuild.build({
    ...browserOptions({ entry: path.join(here, 'src/pipeline/index.ts'), outfile: path.join(here, 'dist/web/pipeline.test.cjs') }),
    sourcemap: false,
    write: false,
  });
  const code = result.outputFiles![0]!.text;
  const module = { exports: {} as typeof Pipeline };
  const worker = vm.createContext({
    console, setTimeout, clearTimeout, queueMicrotask, TextDecoder, TextEncoder, URL, performance,
  });
  const wrapped = vm.runInContext(`(function (module, exports, require) {${code}\n})`, worker) as
    (m: typeof module, e: unknown, r: (id: string) => never) => void;
  wrapped(module, module.exports, (id) => {
    throw new Error(`the web bundle required ${id}`);
  });
  pipeline = module.exports;
}, 120_000);

describe('the web bundle', () => {
  const text = `app.get('/', (req, res) => {\n  if (!req.user) return res.status(403).end();\n});\n`;

  it('has no Node globals to lean on', () => {
    expect(vm.runInContext('typeof process + typeof require + typeof Buffer', vm.createContext({}))).toBe('undefinedundefinedundefined');
  });

  it('parses and analyses without Node', () => {
    const analysis = pipeline.analyzeDocument({ text, fileName: '/src/server.ts' });
    expect(analysis.status, analysis.reason).toBe('analyzed');
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['no-403-for-unauthenticated']);
  });

  it('parses JSX and untitled documents', () => {
    expect(pipeline.analyzeDocument({ text: 'const a = <div />;', fileName: '/src/page.tsx' }).status).toBe('analyzed');
    expect(pipeline.analyzeDocument({ text: 'const a = <div />;', fileName: 'Untitled-1', languageId: 'javascriptreact' }).status).toBe('analyzed');
  });

  it('hovers', () => {
    const analysis = pipeline.analyzeDocument({ text, fileName: '/src/server.ts' });
    expect(pipeline.hoverAt(analysis, text.indexOf('403'))?.status.code).toBe(403);
  });

  it('reports a syntax error as such', () => {
    expect(pipeline.analyzeDocument({ text: 'app.get(', fileName: '/src/server.ts' }).status).toBe('parse-error');
  });
});
