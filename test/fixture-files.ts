import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

const SOURCE_FILE = /\.(m|c)?(j|t)sx?$/;

export interface ExpectedFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
}

export interface FixtureFile {
  /** `express/server.ts` */
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly expected: readonly ExpectedFinding[] | undefined;
}

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFilesUnder(path);
    return SOURCE_FILE.test(entry) ? [path] : [];
  });
}

/** The multi-file apps, whose findings need the imports followed: test/cross-host-multi-file.test.ts checks them. */
const MULTI_FILE_DIR = 'multi-file';

/** Every source file of every framework fixture, with the findings its folder's expected.json lists for it. */
export function fixtureFiles(): FixtureFile[] {
  return readdirSync(FIXTURES_DIR).filter((d) => d !== MULTI_FILE_DIR && statSync(join(FIXTURES_DIR, d)).isDirectory()).flatMap((framework) => {
    const dir = join(FIXTURES_DIR, framework);
    let expected: Record<string, ExpectedFinding[]> = {};
    try {
      expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, ExpectedFinding[]>;
    } catch {
      // A folder without expected.json is reported by the test as a fixture without expectations.
    }
    return sourceFilesUnder(dir).map((path) => {
      const inFolder = relative(dir, path).split('\\').join('/');
      return { name: `${framework}/${inFolder}`, path, text: readFileSync(path, 'utf8'), expected: expected[inFolder] };
    });
  });
}

/** 1-based line and column of an offset, as ESLint reports them. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSX is on for .jsx/.tsx and plain JavaScript; off for .ts, where `<T>x` is a type assertion. */
export function isJsxFile(path: string): boolean {
  return /\.(jsx|tsx|js|mjs|cjs)$/.test(path);
}
