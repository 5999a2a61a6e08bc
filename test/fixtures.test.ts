import { parse } from '@typescript-eslint/typescript-estree';
import { analyze, qualifiedRuleName, RULE_IDS } from '@authlint/core';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import plugin from '../packages/eslint-plugin/src/index.js';
import { fixtureFiles, isJsxFile, lineColumnOf, type ExpectedFinding } from './fixture-files.js';

const files = fixtureFiles();

function byPosition(a: ExpectedFinding, b: ExpectedFinding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

describe('fixture apps: the core finds exactly what expected.json lists', () => {
  it('has fixtures with findings for every rule', () => {
    const rules = new Set(files.flatMap((f) => f.expected ?? []).map((f) => f.ruleId));
    expect([...rules].sort(), 'every rule needs a fixture it reports: a file under test/fixtures/<framework>/ and its line in expected.json').toEqual([...RULE_IDS].sort());
  });

  for (const file of files) {
    it(file.name, () => {
      expect(file.expected, `${file.name} is missing from its folder's expected.json`).toBeDefined();
      const program = parse(file.text, { range: true, loc: true, jsx: isJsxFile(file.path) });
      const actual = analyze(program, file.text).map((f) => ({
        ruleId: f.ruleId, messageId: f.messageId, ...lineColumnOf(file.text, f.range[0]),
      }));
      expect(actual.sort(byPosition)).toEqual([...file.expected!].sort(byPosition));
    });
  }
});

describe('fixture apps: the recommended config in the real ESLint class reports the same', () => {
  const eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    ignore: false,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended as never,
    ],
  });

  for (const file of files) {
    it(file.name, async () => {
      const [result] = await eslint.lintText(file.text, { filePath: file.path });
      const actual = result!.messages.map((m) => {
        expect(m.fatal, m.message).toBeFalsy();
        const ruleId = RULE_IDS.find((id) => qualifiedRuleName(id) === m.ruleId);
        expect(ruleId, `${m.ruleId} is not an authlint rule`).toBeDefined();
        return { ruleId: ruleId!, messageId: m.messageId!, line: m.line, column: m.column };
      });
      expect(actual.sort(byPosition)).toEqual([...(file.expected ?? [])].sort(byPosition));
    });
  }
});
