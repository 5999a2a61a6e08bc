import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Dead code and unused dependencies (knip.jsonc). Today's findings in packages/*/src are the
// allow-list test/knip-known-findings.json: other work removes them; delete each line as it goes.

const repo = fileURLToPath(new URL('..', import.meta.url));
const knip = join(repo, 'node_modules', 'knip', 'bin', 'knip.js');
const knownFindingsFile = join(repo, 'test', 'knip-known-findings.json');

interface KnipIssue {
  file: string;
  [category: string]: string | { name: string }[];
}

/** One line per finding: `<category> <file>: <name>` (a whole unused file is `files <file>: <file>`). */
function findingLines(issues: KnipIssue[]): string[] {
  return issues.flatMap((issue) =>
    Object.entries(issue).flatMap(([category, items]) =>
      Array.isArray(items) ? items.map((item) => `${category} ${issue.file}: ${item.name}`) : [],
    ),
  );
}

describe('knip', () => {
  it('finds no unused file, export or dependency beyond the known ones', { timeout: 120_000 }, async () => {
    // knip exits 1 when it finds something; the JSON report is complete either way.
    const run = await promisify(execFile)(process.execPath, [knip, '--no-progress', '--reporter', 'json'], {
      cwd: repo,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => {
      if (!error.stdout) throw new Error(`knip failed: ${error.stderr ?? String(error)}`);
      return { stdout: error.stdout };
    });
    const found = findingLines((JSON.parse(run.stdout) as { issues: KnipIssue[] }).issues);
    const known = JSON.parse(readFileSync(knownFindingsFile, 'utf8')) as string[];
    expect(found.filter((line) => !known.includes(line)), 'new findings: remove the dead code (or, if knip is wrong, teach knip.jsonc)').toEqual([]);
    expect(known.filter((line) => !found.includes(line)), 'gone: delete these lines from test/knip-known-findings.json').toEqual([]);
  });
});
