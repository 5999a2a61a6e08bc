import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as shim from './path-shim.js';

describe('the web bundle\'s path shim behaves as node:path/posix', () => {
  const paths = ['/a/b/c.ts', '/a/b/', 'a/b/../c.tsx', '/a/./b/../../c.mts', 'file.d.ts', '.hidden', '/', '', 'x/y.', '/a//b'];

  it.each(paths)('extname, basename, dirname, normalize, isAbsolute of %j', (p) => {
    expect(shim.extname(p)).toBe(posix.extname(p));
    expect(shim.basename(p)).toBe(posix.basename(p));
    expect(shim.basename(p, '.ts')).toBe(posix.basename(p, '.ts'));
    expect(shim.isAbsolute(p)).toBe(posix.isAbsolute(p));
    if (p !== '') {
      expect(shim.dirname(p)).toBe(posix.dirname(p));
      expect(shim.normalize(p).replace(/\/$/, '') || '/').toBe(posix.normalize(p).replace(/\/$/, '') || '/');
    }
  });

  it.each([
    [['/a', 'b', 'c.ts']],
    [['/a/', '../b']],
    [['a', 'b']],
  ])('join and resolve %j', (parts) => {
    expect(shim.join(...parts)).toBe(posix.join(...parts));
    if (parts[0]!.startsWith('/')) expect(shim.resolve(...parts)).toBe(posix.resolve(...parts));
  });

  it('relative', () => {
    expect(shim.relative('/a/b', '/a/c/d.ts')).toBe(posix.relative('/a/b', '/a/c/d.ts'));
    expect(shim.relative('/a', '/a/b')).toBe(posix.relative('/a', '/a/b'));
  });
});
