// The combined "Use 401 and send WWW-Authenticate" suggestion must leave code that both rules accept.
// This collects every combined output spelled out in the no-403-for-unauthenticated cases (one file
// per framework) and lints it again with the recommended config; the plain "Use 401" output beside it
// must still be flagged by require-www-authenticate, which shows the check is live.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';

interface SuggestionCase { readonly messageId: string; readonly output: string }
interface InvalidCase {
  readonly name?: string;
  readonly code: string;
  readonly options?: readonly [{ readonly challenge?: string }];
  readonly errors: readonly { readonly messageId: string; readonly suggestions?: readonly SuggestionCase[] }[];
}
interface Collected { readonly framework: string; readonly testCase: InvalidCase }

const state = vi.hoisted(() => ({ framework: '', cases: [] as Collected[] }));

vi.mock('./rule-tester.js', () => ({
  createRuleTester: () => ({
    run: (_name: string, _rule: unknown, tests: { invalid: readonly InvalidCase[] }) => {
      for (const testCase of tests.invalid) state.cases.push({ framework: state.framework, testCase });
    },
  }),
}));

const folder = new URL('./rules/no-403-for-unauthenticated/', import.meta.url);
for (const file of readdirSync(folder).filter((f) => f.endsWith('.test.ts')).sort()) {
  state.framework = file.replace(/\.test\.ts$/, '');
  await import(new URL(file, folder).href);
}

interface Pair {
  readonly title: string;
  readonly combined: string;
  readonly plain?: string;
  readonly challenge?: string;
  /** What the case's code leaves reported once this finding is gone: its other findings. */
  readonly others: readonly string[];
}

/** The findings of both rules (rule/message, sorted), as in a project on the recommended config with the case's challenge. */
function findings(code: string, challenge: string | undefined): string[] {
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const messages = linter.verify(code, [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser as never, parserOptions: { ecmaFeatures: { jsx: true } } } },
    plugin.configs.recommended as never,
    ...(challenge ? [{ rules: {
      'authlint/no-403-for-unauthenticated': ['warn', { challenge }],
      'authlint/require-www-authenticate': ['warn', { challenge }],
    } } as never] : []),
  ], { filename: '/project/src/server.tsx' });
  return messages.map((m) => `${m.ruleId ?? 'fatal'}/${m.messageId ?? m.message}`).sort();
}

/**
 * The findings not among `allowed` (counted). Other findings may go: a header the suggestion sets on
 * `res` counts for every 401 on `res` in the handler, as require-www-authenticate reads the handler
 * without following its paths.
 */
function unexpected(actual: readonly string[], allowed: readonly string[]): string[] {
  const left = [...allowed];
  return actual.filter((f) => {
    const at = left.indexOf(f);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

const pairs: Pair[] = state.cases.flatMap(({ framework, testCase }) => testCase.errors.flatMap((error) => {
  const combined = error.suggestions?.find((s) => s.messageId === 'suggestUse401WithChallenge');
  if (!combined) return [];
  const plain = error.suggestions?.find((s) => s.messageId === 'suggestUse401');
  const title = `${framework}: ${testCase.name ?? testCase.code.split('\n').find((l) => /403|FORBIDDEN|Forbidden|forbidden/.test(l))?.trim() ?? testCase.code}`;
  const challenge = testCase.options?.[0].challenge;
  const others = [...findings(testCase.code, challenge)];
  const fixed = others.indexOf(`authlint/no-403-for-unauthenticated/${error.messageId}`);
  if (fixed < 0) throw new Error(`${title}: the case's code does not report ${error.messageId}`);
  others.splice(fixed, 1);
  return [{ title, combined: combined.output, plain: plain?.output, challenge, others }];
}));

describe('combined "Use 401 and send WWW-Authenticate" outputs', () => {
  it('are spelled out in the cases of most frameworks', () => {
    const frameworks = new Set(pairs.map((p) => p.title.split(':')[0]));
    expect(pairs.length).toBeGreaterThanOrEqual(50);
    expect(frameworks.size).toBeGreaterThanOrEqual(11);
  });

  it.each(pairs)('$title: both rules accept the result', ({ combined, challenge, others }) => {
    expect(unexpected(findings(combined, challenge), others)).toEqual([]);
  });

  it.each(pairs.filter((p) => p.plain !== undefined))('$title: the plain "Use 401" alone still lacks the header', ({ plain, challenge, others }) => {
    const left = unexpected(findings(plain!, challenge), others);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^authlint\/require-www-authenticate\//);
  });
});
