import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The layering of docs/architecture.md, checked by dependency-cruiser (.dependency-cruiser.cjs).

const repo = fileURLToPath(new URL('..', import.meta.url));
const config = join(repo, '.dependency-cruiser.cjs');
const knownViolationsFile = join(repo, '.dependency-cruiser-known-violations.json');
const depcruise = join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const SOURCES = ['packages/core/src', 'packages/eslint-plugin/src', 'packages/vscode/src'];

interface Violation {
  type: string;
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

/** One line per violation, the same for a fresh one and its entry in the known-violations file. */
function describeViolation(violation: Violation): string {
  const cycle = violation.cycle ? ` (cycle ${violation.cycle.map((step) => step.name).join(' -> ')})` : '';
  return `${violation.rule.name}: ${violation.from} -> ${violation.to}${cycle}`;
}

/** Cruises `sources` from `cwd` with the repository's rules and returns every rule violation. */
async function cruise(cwd: string, sources: string[]): Promise<Violation[]> {
  // depcruise exits non-zero when it finds a violation; the JSON report is complete either way.
  const run = await promisify(execFile)(process.execPath, [depcruise, '--config', config, '--output-type', 'json', ...sources], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`depcruise failed: ${error.stderr ?? String(error)}`);
    return { stdout: error.stdout };
  });
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations;
}

describe('layers (dependency-cruiser)', () => {
  it('the packages break no layering rule beyond the known violations', { timeout: 120_000 }, async () => {
    // The known-violations file is matched here rather than with `--ignore-known`, because
    // dependency-cruiser 17 does not apply that file to folder-level rules (the folder cycles).
    const known = new Set((JSON.parse(readFileSync(knownViolationsFile, 'utf8')) as Violation[]).map(describeViolation));
    const found = (await cruise(repo, SOURCES)).map(describeViolation);
    const fresh = found.filter((line) => !known.has(line));
    expect(fresh, 'new imports against the layering (docs/architecture.md)').toEqual([]);
    const fixed = [...known].filter((line) => !found.includes(line));
    expect(fixed, 'fixed: delete these entries from .dependency-cruiser-known-violations.json').toEqual([]);
  });

  describe('each rule catches a new violation', () => {
    const fixture = mkdtempSync(join(tmpdir(), 'authlint-layers-'));
    afterAll(() => rmSync(fixture, { recursive: true, force: true }));

    /** Files of a small fake repository, each importing the paths listed with it. */
    const FILES: Record<string, string[]> = {
      'packages/core/src/finding.ts': [],
      'packages/core/src/ast/node-shapes.ts': ['../finding.js'],
      'packages/core/src/status/status-names.ts': ['../ast/node-shapes.js'],
      'packages/core/src/auth/deny-guard.ts': ['../sites/response-site.js'],
      'packages/core/src/auth/vocabulary.ts': [],
      'packages/core/src/sites/response-site.ts': ['../status/status-names.js'],
      'packages/core/src/sites/site-context.ts': ['../auth/vocabulary.js'],
      'packages/core/src/sites/frameworks/hono.ts': ['../response-site.js', './web.js'],
      'packages/core/src/sites/frameworks/web.ts': [],
      'packages/core/src/edits/use-401.ts': ['../sites/frameworks/web.js', '../checks/check-context.js'],
      'packages/core/src/checks/check-context.ts': ['../finding.js'],
      'packages/core/src/checks/messages.ts': [],
      'packages/core/src/checks/rule-a.ts': ['./check-context.js', './messages.js', './rule-b.js'],
      'packages/core/src/checks/rule-b.ts': ['./rule-a.js'],
      'packages/core/src/hover/hover.ts': ['../checks/messages.js', '../analyze.js'],
      'packages/core/src/analyze.ts': ['./checks/rule-a.js', './hover/hover.js', 'eslint'],
      'packages/core/src/index.ts': ['./analyze.js'],
      'packages/eslint-plugin/src/index.ts': ['@authlint/core', '../../core/src/finding.js'],
      'packages/vscode/src/commands/command-id.ts': [],
      'packages/vscode/src/pipeline/code-actions.ts': ['@authlint/core', '../commands/command-id.js', 'vscode'],
    };
    for (const [file, imports] of Object.entries(FILES)) {
      mkdirSync(dirname(join(fixture, file)), { recursive: true });
      writeFileSync(join(fixture, file), `${imports.map((from) => `import '${from}';`).join('\n')}\nexport {};\n`);
    }
    writeFileSync(
      join(fixture, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', paths: { '@authlint/core': ['./packages/core/src/index.ts'] } } }),
    );

    it('reports exactly the forbidden imports of the fixture', { timeout: 120_000 }, async () => {
      const found = (await cruise(fixture, SOURCES)).map(describeViolation).sort();
      expect(found).toEqual(
        [
          'core-layer-auth: packages/core/src/auth/deny-guard.ts -> packages/core/src/sites/response-site.ts',
          'core-framework-is-a-leaf: packages/core/src/sites/frameworks/hono.ts -> packages/core/src/sites/frameworks/web.ts',
          'core-layer-edits: packages/core/src/edits/use-401.ts -> packages/core/src/checks/check-context.ts',
          'core-layer-edits: packages/core/src/edits/use-401.ts -> packages/core/src/sites/frameworks/web.ts',
          'core-check-imports-no-check: packages/core/src/checks/rule-a.ts -> packages/core/src/checks/rule-b.ts',
          'core-check-imports-no-check: packages/core/src/checks/rule-b.ts -> packages/core/src/checks/rule-a.ts',
          'core-layer-hover: packages/core/src/hover/hover.ts -> packages/core/src/analyze.ts',
          'core-no-folder-cycle: packages/core/src/auth -> packages/core/src/sites (cycle packages/core/src/sites -> packages/core/src/auth)',
          'core-no-folder-cycle: packages/core/src/sites -> packages/core/src/auth (cycle packages/core/src/auth -> packages/core/src/sites)',
          'core-no-host: packages/core/src/analyze.ts -> eslint',
          'core-no-module-cycle: packages/core/src/analyze.ts -> packages/core/src/hover/hover.ts (cycle packages/core/src/hover/hover.ts -> packages/core/src/analyze.ts)',
          'core-no-module-cycle: packages/core/src/checks/rule-a.ts -> packages/core/src/checks/rule-b.ts (cycle packages/core/src/checks/rule-b.ts -> packages/core/src/checks/rule-a.ts)',
          'hosts-use-core-by-name: packages/eslint-plugin/src/index.ts -> packages/core/src/finding.ts',
          'vscode-pipeline-is-pure: packages/vscode/src/pipeline/code-actions.ts -> packages/vscode/src/commands/command-id.ts',
          'vscode-pipeline-is-pure: packages/vscode/src/pipeline/code-actions.ts -> vscode',
        ].sort(),
      );
    });
  });
});
