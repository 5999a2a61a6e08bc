// What each host reports for a text, in one form, for the cross-host tests: the VS Code extension's
// pipeline, and the ESLint plugin in ESLint's real Linter (with @typescript-eslint/parser, or ESLint's
// own parser for JavaScript files).
import { RULE_IDS, messageFor, qualifiedRuleName, type Finding, type ProjectPlace, type RuleId, type RuleOptionsById } from '@authlint/core';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../packages/eslint-plugin/src/index.js';
import { analyzeDocument, applyEdits, settingsFrom } from '../packages/vscode/src/pipeline/index.js';

/** One reported problem, in a form both hosts can be brought to. */
export interface Report {
  rule: string;
  messageId: string;
  message: string;
  range: [number, number];
  /** Each suggestion's title and the whole text after applying it. */
  suggestions: { title: string; output: string }[];
}

/** Rule options as a team writes them in its ESLint config, and as editor settings (authlint.<rule>.<option>). */
export type RuleOptions = { readonly [K in RuleId]?: RuleOptionsById[K] };

export const isJavaScript = (path: string) => /\.(?:[mc]?js|jsx)$/.test(path);
const isJsx = (path: string) => /\.(?:jsx|tsx|js|mjs|cjs)$/.test(path);

export function eslintConfig(path: string, parser: 'typescript' | 'espree', options: RuleOptions): Linter.Config[] {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [qualifiedRuleName(id), options[id] ? ['warn', options[id]] as Linter.RuleEntry : 'warn' as const]));
  return [{
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { authlint: plugin as never },
    languageOptions: {
      ...(parser === 'typescript' ? { parser: tsParser as never } : {}),
      ...(path.endsWith('.cjs') ? { sourceType: 'commonjs' as const } : {}),
      parserOptions: { ecmaFeatures: { jsx: isJsx(path) } },
    },
    rules,
  }];
}

/** What ESLint reports, as offsets into the text ESLint lints (without a byte order mark). */
export function eslintReports(text: string, path: string, parser: 'typescript' | 'espree', options: RuleOptions): { reports: Report[]; fatal?: string; text: string } {
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const messages = linter.verify(text, eslintConfig(path, parser, options), { filename: path });
  const fatal = messages.find((m) => m.fatal);
  const source = linter.getSourceCode();
  if (fatal || !source) return { reports: [], fatal: fatal?.message ?? 'no source', text };
  // Problems with the directives themselves (ruleId null) are ESLint's, not the rules'.
  const reports = messages.filter((m) => m.ruleId?.startsWith('authlint/')).map((m) => {
    const start = source.getIndexFromLoc({ line: m.line, column: m.column - 1 });
    const end = source.getIndexFromLoc({ line: m.endLine!, column: m.endColumn! - 1 });
    return {
      rule: m.ruleId!.replace(/^authlint\//, ''),
      messageId: m.messageId!,
      message: m.message,
      range: [start, end] as [number, number],
      suggestions: (m.suggestions ?? []).map((s) => ({
        title: s.desc,
        output: source.text.slice(0, s.fix.range[0]) + s.fix.text + source.text.slice(s.fix.range[1]),
      })),
    };
  });
  return { reports, text: source.text };
}

/**
 * What the extension's pipeline reports, in the same form. With `project`, the file's imports are
 * followed as the extension follows them in a `file:` workspace (ESLint follows them for every file on disk).
 */
export function extensionReports(text: string, path: string, options: RuleOptions = {}, project?: ProjectPlace): { reports: Report[]; findings: readonly Finding[]; status: string; text: string } {
  const analysis = analyzeDocument({ text, fileName: path }, settingsFrom({ options }), undefined, project);
  const analysed = analysis.input.text;
  const reports = analysis.findings.map((f, i) => ({
    rule: f.ruleId,
    messageId: f.messageId,
    message: analysis.diagnostics[i]!.message,
    range: [f.range[0], f.range[1]] as [number, number],
    suggestions: f.suggestions.map((s) => ({
      title: messageFor(f.ruleId, s.messageId, s.data),
      output: applyEdits(analysed, s.edits),
    })),
  }));
  return { reports, findings: analysis.findings, status: analysis.status, text: analysed };
}

export const byPosition = (a: Report, b: Report) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.rule.localeCompare(b.rule);

