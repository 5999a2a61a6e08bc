// Multi-file fixture apps (test/fixtures/multi-file/<family>/): each app's own error classes,
// helpers, status tables and central handler sit in files of their own, which the routes import.
// Both hosts follow the imports (ESLint for files on disk, the editor as in a `file:` workspace)
// and report exactly what the family's expected.json lists; test/cross-host.test.ts holds them to
// the same reports, messages and suggestions.
import { createFileProjectHost } from '@authlint/core/file-project-host';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceProject } from '../packages/vscode/src/project/workspace-project.js';
import { eslintReports, extensionReports, type Report } from './cross-host-reports.js';
import { FIXTURES_DIR, lineColumnOf, type ExpectedFinding } from './fixture-files.js';

const MULTI_FILE = join(FIXTURES_DIR, 'multi-file');
const FAMILIES = ['express', 'koa', 'fastify', 'nest', 'hono', 'next', 'h3'];
/**
 * The families whose findings change when the imports are followed (an imported error class that
 * takes the status, thrown in a route; Nest's through HttpException; a central error handler in
 * another file). Next.js not yet: a route wrapper that turns errors into responses is not followed.
 */
const FOLLOWED = ['express', 'koa', 'fastify', 'nest', 'hono', 'h3'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:[mc]?[jt]s|[jt]sx)$/.test(entry) ? [path] : [];
  }).sort();
}

const workspace = new WorkspaceProject(createFileProjectHost, () => undefined);

function asExpected(text: string, reports: readonly Report[]): ExpectedFinding[] {
  return reports.map((r) => ({ ruleId: r.rule, messageId: r.messageId, ...lineColumnOf(text, r.range[0]) }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

describe('multi-file fixture apps: both hosts follow the imports and report what expected.json lists', () => {
  it('has an app for every framework family', () => {
    expect(readdirSync(MULTI_FILE).filter((d) => statSync(join(MULTI_FILE, d)).isDirectory()).sort()).toEqual([...FAMILIES].sort());
  });

  for (const family of FAMILIES) {
    describe(family, () => {
      const dir = join(MULTI_FILE, family);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedFinding[]>;
      const files = sourceFiles(dir);

      it('lists every file in expected.json, and has several files and findings', () => {
        expect(Object.keys(expected).sort()).toEqual(files.map((f) => relative(dir, f).split('\\').join('/')).sort());
        expect(files.length).toBeGreaterThanOrEqual(3);
        expect(Object.values(expected).flat().length).toBeGreaterThan(0);
      });

      for (const path of files) {
        const name = relative(dir, path).split('\\').join('/');
        it(name, () => {
          const text = readFileSync(path, 'utf8');
          const editor = extensionReports(text, path, {}, workspace.placeFor(path));
          expect(editor.status).toBe('analyzed');
          expect(asExpected(text, editor.reports)).toEqual(expected[name]);
          expect(asExpected(text, eslintReports(text, path, 'typescript', {}).reports)).toEqual(expected[name]);
        });
      }

      if (FOLLOWED.includes(family)) {
        it('reports differently when each file is analysed alone, so the imports are what is tested', () => {
          const differ = files.filter((path) => {
            const text = readFileSync(path, 'utf8');
            return JSON.stringify(extensionReports(text, path).reports) !== JSON.stringify(extensionReports(text, path, {}, workspace.placeFor(path)).reports);
          });
          expect(differ.length).toBeGreaterThan(0);
        });
      }
    });
  }
});
