import { describe, expect, it } from 'vitest';
import { declaresEslintPlugin, packageJsonSearchPath } from './eslint-plugin-use.js';

describe('declaresEslintPlugin', () => {
  it.each(['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'])('finds it in %s', (field) => {
    expect(declaresEslintPlugin(JSON.stringify({ [field]: { 'eslint-plugin-authlint': '^0.1.0' } }))).toBe(true);
  });

  it.each([
    ['no dependencies', '{"name":"x"}'],
    ['another plugin', '{"devDependencies":{"eslint-plugin-authlint-extra":"1","eslint":"9"}}'],
    ['the name elsewhere', '{"keywords":["eslint-plugin-authlint"]}'],
    ['broken JSON', '{"devDependencies": {'],
    ['not an object', '"eslint-plugin-authlint"'],
    ['null', 'null'],
  ])('says no for %s', (_name, text) => {
    expect(declaresEslintPlugin(text)).toBe(false);
  });
});

describe('packageJsonSearchPath', () => {
  it('walks up to the workspace folder', () => {
    expect(packageJsonSearchPath('/repo/packages/api/src/server.ts', '/repo')).toEqual([
      '/repo/packages/api/src', '/repo/packages/api', '/repo/packages', '/repo',
    ]);
  });

  it('walks up to the root without a folder', () => {
    expect(packageJsonSearchPath('/a/b/c.ts')).toEqual(['/a/b', '/a', '/']);
  });

  it('stays in the file\'s folder when the file is outside the workspace folder', () => {
    expect(packageJsonSearchPath('/elsewhere/x/y.ts', '/repo')).toEqual(['/elsewhere/x']);
    expect(packageJsonSearchPath('/repository/y.ts', '/repo')).toEqual(['/repository']);
  });

  it('accepts a folder given with a trailing slash', () => {
    expect(packageJsonSearchPath('/repo/src/a.ts', '/repo/')).toEqual(['/repo/src', '/repo']);
  });
});
