// The rules resolve names with ESLint's own scope analysis (`sourceCode.scopeManager`, espree's
// eslint-scope for .js, typescript-eslint's for .ts): the core's resolver never runs an analysis of its own.
import { analyze, RULE_IDS } from '@authlint/core';
import tsParser from '@typescript-eslint/parser';
import { parse } from '@typescript-eslint/typescript-estree';
import { Linter } from 'eslint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';

// Counts the analyses the core runs itself; the parsers' own analyses (in node_modules) are not seen here.
const coreAnalyses = vi.hoisted(() => ({ count: 0 }));
vi.mock('@typescript-eslint/scope-manager', async (importOriginal) => {
  const original = await importOriginal<{ analyze: (...args: unknown[]) => unknown }>();
  return { ...original, analyze: (...args: unknown[]) => { coreAnalyses.count++; return original.analyze(...args); } };
});

// `user` is declared in the handler, so the 403 check asks the resolver for its declarator.
const CODE = [
  "const express = require('express');",
  'const app = express();',
  "app.get('/me', (req, res) => {",
  '  const user = req.user;',
  "  if (!user) return res.status(403).send('Forbidden');",
  '  res.json(user);',
  '});',
].join('\n');

const rules = Object.fromEntries(RULE_IDS.map((id) => [`authlint/${id}`, 'error' as const]));

function lint(filename: string, parser?: Linter.Parser): Linter.LintMessage[] {
  return new Linter().verify(CODE, [{
    files: ['**/*.js', '**/*.ts'],
    plugins: { authlint: plugin as never },
    ...(parser ? { languageOptions: { parser } } : {}),
    rules,
  }], filename);
}

describe('the scope analysis ESLint hands over', () => {
  beforeEach(() => { coreAnalyses.count = 0; });

  it.each([
    ['espree and eslint-scope', 'server.js', undefined],
    ['@typescript-eslint/parser', 'server.ts', tsParser as Linter.Parser],
  ])('is the one the resolver reads under %s', (_, filename, parser) => {
    const messages = lint(filename, parser);
    expect(messages.map((m) => m.ruleId)).toContain('authlint/no-403-for-unauthenticated');
    expect(coreAnalyses.count).toBe(0);
  });

  it('is missing in the editor host, where the core runs its own analysis of the same file', () => {
    const program = parse(CODE, { range: true, loc: true });
    const findings = analyze(program, CODE);
    expect(findings.map((f) => f.ruleId)).toContain('no-403-for-unauthenticated');
    expect(coreAnalyses.count).toBe(1);
  });
});
