import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileProjectHost } from './file-project-host.js';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'authlint-host-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('the file project host: resolutions kept per directory and specifier', () => {
  it('keeps an answer for its lifetime, then resolves again (a module created in between is found then)', () => {
    const dir = project({ 'src/routes.ts': '' });
    let time = 0;
    const host = createFileProjectHost({ parse: () => undefined, resolutionLifetimeMs: 30_000, now: () => time });
    const routes = join(dir, 'src/routes.ts');
    expect(host.resolve('./errors', routes)).toBeUndefined();
    writeFileSync(join(dir, 'src/errors.ts'), 'export class AuthError extends Error {}\n');
    time = 29_999;
    expect(host.resolve('./errors', routes)).toBeUndefined();
    time = 30_000;
    expect(host.resolve('./errors', routes)).toBe(join(dir, 'src/errors.ts'));
  });

  it('forgets every answer when told a module was created or deleted (the editor\'s watcher)', () => {
    const dir = project({ 'src/routes.ts': '', 'src/errors.js': '' });
    const host = createFileProjectHost({ parse: () => undefined, now: () => 0 });
    const routes = join(dir, 'src/routes.ts');
    expect(host.resolve('./errors', routes)).toBe(join(dir, 'src/errors.js'));
    // A TypeScript module beside it wins from now on (extensions in resolution order).
    writeFileSync(join(dir, 'src/errors.ts'), '');
    expect(host.resolve('./errors', routes)).toBe(join(dir, 'src/errors.js'));
    host.forgetResolutions();
    expect(host.resolve('./errors', routes)).toBe(join(dir, 'src/errors.ts'));
  });

  it('resolves through the nearest tsconfig\'s paths, found once per directory', () => {
    const dir = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
      'src/lib/errors.ts': '',
      'src/a/routes.ts': '',
      'src/b/c/routes.ts': '',
    });
    const host = createFileProjectHost({ parse: () => undefined });
    expect(host.resolve('@/lib/errors', join(dir, 'src/a/routes.ts'))).toBe(join(dir, 'src/lib/errors.ts'));
    expect(host.resolve('@/lib/errors', join(dir, 'src/b/c/routes.ts'))).toBe(join(dir, 'src/lib/errors.ts'));
    expect(host.resolve('@/lib/missing', join(dir, 'src/a/routes.ts'))).toBeUndefined();
  });

  it('resolves a bare specifier once per package and tsconfig, and never looks for a Node module on disk', () => {
    const dir = project({
      'package.json': '{"name":"app"}',
      'node_modules/@acme/errors/package.json': '{"name":"@acme/errors","main":"index.js"}',
      'node_modules/@acme/errors/index.js': '',
      'src/a/routes.ts': '',
      'src/b/routes.ts': '',
      'node_modules/fs/index.js': '',
    });
    const host = createFileProjectHost({ parse: () => undefined, now: () => 0 });
    const errors = join(dir, 'node_modules/@acme/errors/index.js');
    expect(host.resolve('@acme/errors', join(dir, 'src/a/routes.ts'))).toBe(errors);
    // The same answer, kept per package: deleting the package does not change it until the answers are forgotten.
    rmSync(join(dir, 'node_modules/@acme'), { recursive: true });
    expect(host.resolve('@acme/errors', join(dir, 'src/b/routes.ts'))).toBe(errors);
    host.forgetResolutions();
    expect(host.resolve('@acme/errors', join(dir, 'src/b/routes.ts'))).toBeUndefined();
    expect(host.resolve('fs', join(dir, 'src/a/routes.ts'))).toBeUndefined();
  });
});
