// Runs the real oxlint CLI (the npm package's binary) with authlint as a JS plugin, and reads its JSON output.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineColumnOf } from '../fixture-files.js';
import type { LintFinding } from './lint-finding.js';
import { AUTHLINT_ONLY } from './oxlint-configs.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OXLINT_BIN = join(dirname(createRequire(import.meta.url).resolve('oxlint/package.json')), 'bin', 'oxlint');

/** The parts of `oxlint -f json` this test reads. */
interface OxlintJsonOutput {
  diagnostics: {
    message: string;
    /** `authlint(require-www-authenticate)` */
    code: string;
    severity: string;
    filename: string;
    labels: { span: { offset: number; length: number; line: number; column: number } }[];
  }[];
  number_of_files: number;
  number_of_rules: number;
}

export interface OxlintRun {
  readonly findings: LintFinding[];
  readonly numberOfFiles: number;
  readonly numberOfRules: number;
}

const OXLINT_CODE = /^authlint\((?<rule>[a-z0-9-]+)\)$/;

/** `authlint(rule)` becomes `authlint/rule`; any other code is kept as it is, so a stray built-in rule shows. */
function eslintRuleId(code: string): string {
  const rule = OXLINT_CODE.exec(code)?.groups?.rule;
  return rule === undefined ? code : `authlint/${rule}`;
}

/**
 * oxlint reports the end as a span from the start, in UTF-8 bytes (its line and column count UTF-16 code units, as
 * ESLint's do); ESLint reports it as a line and column.
 */
function endOf(file: string, byteOffset: number, byteLength: number): { endLine: number; endColumn: number } {
  const bytes = readFileSync(join(REPO_ROOT, file));
  const textBeforeEnd = bytes.subarray(0, byteOffset + byteLength).toString('utf8');
  const end = lineColumnOf(textBeforeEnd, textBeforeEnd.length);
  return { endLine: end.line, endColumn: end.column };
}

/** The CLI as it is, for runs that are expected to fail or that only change files. */
export function oxlintCli(args: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [OXLINT_BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Paths relative to the repository root; findings' files are too. */
export function runOxlint(paths: readonly string[], oxlintrc: string = AUTHLINT_ONLY.oxlintrc): OxlintRun {
  const stdout = execFileSync(process.execPath, [OXLINT_BIN, '-c', oxlintrc, '-f', 'json', ...paths], {
    cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const output = JSON.parse(stdout) as OxlintJsonOutput;
  const findings = output.diagnostics.map((d): LintFinding => {
    const span = d.labels[0]!.span;
    const file = d.filename.split('\\').join('/');
    return {
      file, line: span.line, column: span.column, ...endOf(file, span.offset, span.length),
      ruleId: eslintRuleId(d.code), message: d.message,
    };
  });
  return { findings, numberOfFiles: output.number_of_files, numberOfRules: output.number_of_rules };
}
