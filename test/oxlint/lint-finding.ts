/** One finding as both linters can be brought to report it: repo-relative path, 1-based lines and columns. */
export interface LintFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `authlint/<rule>`, as ESLint names it. */
  readonly ruleId: string;
  readonly message: string;
}

export function byFileAndPosition(a: LintFinding, b: LintFinding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
