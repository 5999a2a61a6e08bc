import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs the built plugin (npm test builds first) through the real eslint CLI, as users and `npm run demo` do.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslintBin = join(dirname(createRequire(import.meta.url).resolve('eslint/package.json')), 'bin', 'eslint.js');

interface JsonResult { filePath: string; messages: { ruleId: string; line: number; column: number }[] }

function lintExamples(concurrency: string): string[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [
      eslintBin, '--config', 'examples/eslint.config.js', '--concurrency', concurrency, '--format', 'json', 'examples/',
    ], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    // ESLint exits 1 when it reports errors; the JSON is still on stdout.
    stdout = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(stdout) as JsonResult[]).flatMap((r) =>
    r.messages.map((m) => `${r.filePath.slice(root.length)}:${m.line}:${m.column} ${m.ruleId}`)).sort();
}

describe('the eslint CLI', () => {
  it('reports the same findings in multithreaded mode as in one thread', () => {
    const single = lintExamples('off');
    expect(single.length).toBeGreaterThan(2);
    expect(single.every((line) => line.includes(' authlint/'))).toBe(true);
    expect(lintExamples('2')).toEqual(single);
  }, 60_000);
});
