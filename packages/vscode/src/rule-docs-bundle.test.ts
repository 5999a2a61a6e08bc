import { RULE_IDS, ruleDocsUrl } from '@authlint/core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleRuleDocs, RULE_DOCS_SOURCE, webUrlOf } from '../scripts/bundle-rule-docs.mjs';
import { bundledRuleDocPath } from './pipeline/rule-documentation.js';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'authlint-rule-docs-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the rules\' pages bundled in the extension (dist/docs/rules)', () => {
  const written = bundleRuleDocs({ outDir });

  it('holds every rule\'s page, where the command looks for it, as written in the plugin\'s docs', () => {
    expect(written).toEqual(RULE_IDS.map((id) => `${id}.md`).sort());
    for (const id of RULE_IDS) {
      const [, , ...inDocs] = bundledRuleDocPath(id);
      const page = readFileSync(path.join(outDir, ...inDocs.slice(1)), 'utf8');
      const source = readFileSync(path.join(RULE_DOCS_SOURCE, `${id}.md`), 'utf8');
      expect(page.endsWith(source)).toBe(true);
      expect(page).toContain(`# authlint/${id}`);
    }
  });

  it('starts each page with a link to its web page, the address the diagnostics link to', () => {
    for (const id of RULE_IDS) {
      const firstLine = readFileSync(path.join(outDir, `${id}.md`), 'utf8').split('\n')[0]!;
      expect(webUrlOf(`${id}.md`)).toBe(ruleDocsUrl(id));
      expect(firstLine).toContain(`](${ruleDocsUrl(id)})`);
    }
  });

  it('is written by every build and not left out of the .vsix by .vscodeignore', () => {
    const pkg = path.resolve(__dirname, '..');
    const ignored = readFileSync(path.join(pkg, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const shipped = RULE_IDS.map((id) => bundledRuleDocPath(id).join('/'));
    // vsce matches with minimatch; Node's glob matcher (path.matchesGlob) agrees on these plain patterns.
    expect(ignored.filter((pattern) => shipped.some((file) => path.posix.matchesGlob(file, pattern)))).toEqual([]);
    expect(ignored.some((pattern) => path.posix.matchesGlob('src/extension.ts', pattern))).toBe(true); // the matcher works
    expect(readFileSync(path.join(pkg, 'esbuild.mjs'), 'utf8')).toContain('bundleRuleDocs()');
    expect(existsSync(RULE_DOCS_SOURCE)).toBe(true);
  });
});
