import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeStatement } from './analyze.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:[mc]?[jt]s|[jt]sx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('analyzeStatement', () => {
  it('finds, in each top-level statement of the fixture apps and examples, what analyze finds there', () => {
    let statementsWithFindings = 0;
    for (const file of [...sourceFiles(path.join(REPO, 'test/fixtures')), ...sourceFiles(path.join(REPO, 'examples/src'))]) {
      const text = fs.readFileSync(file, 'utf8');
      let program;
      try {
        program = parse(text, { range: true, loc: true, jsx: /\.[jt]sx$/.test(file), comment: true });
      } catch {
        continue; // the fixtures that are not valid syntax on purpose
      }
      const whole = analyze(program, text);
      for (const statement of program.body) {
        const [start, end] = statement.range;
        const inside = whole.filter((f) => f.range[0] >= start && f.range[1] <= end);
        expect(analyzeStatement(program, text, statement), `${path.relative(REPO, file)} at ${start}`).toEqual(inside);
        if (inside.length > 0) statementsWithFindings++;
      }
    }
    expect(statementsWithFindings).toBeGreaterThan(50);
  }, 120_000);
});
