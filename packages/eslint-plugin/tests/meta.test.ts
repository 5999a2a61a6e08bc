import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../src/index.js';
import { analyze, defaultsOf, qualifiedRuleName, RULE_OPTIONS, ruleDocsUrl, type RuleId, type RuleOptionTable } from '@authlint/core';
import { parse } from '@typescript-eslint/typescript-estree';
import { join } from 'node:path';

const packageDir = fileURLToPath(new URL('../', import.meta.url));
const packageJson = JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(rules) as (keyof typeof rules)[];
const docOf = (rule: string) => readFileSync(`${packageDir}docs/rules/${rule}.md`, 'utf8');

const repoDir = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFilesUnder(path);
    return /\.[mc]?[jt]sx?$/.test(entry.name) ? [path] : [];
  });
}

let suggestionIds: Map<RuleId, Set<string>> | undefined;

/** The message ids the core gives suggestions of a rule, over the fixture apps and examples/. */
function suggestionIdsUsedBy(ruleId: RuleId): Set<string> {
  if (!suggestionIds) {
    suggestionIds = new Map();
    for (const path of [...sourceFilesUnder(join(repoDir, 'test/fixtures')), ...sourceFilesUnder(join(repoDir, 'examples'))]) {
      const text = readFileSync(path, 'utf8');
      const program = parse(text, { range: true, loc: true, jsx: !/\.[mc]?ts$/.test(path) });
      for (const finding of analyze(program, text)) {
        const ids = suggestionIds.get(finding.ruleId) ?? new Set<string>();
        for (const suggestion of finding.suggestions) ids.add(suggestion.messageId);
        suggestionIds.set(finding.ruleId, ids);
      }
    }
  }
  return suggestionIds.get(ruleId) ?? new Set();
}

type Schema = readonly { properties?: Record<string, { description?: string }> }[];

describe('plugin shape', () => {
  it('names itself after its package', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('has one source file per rule, named after the rule, and no other', () => {
    const files = readdirSync(`${packageDir}src/rules`).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ruleNames].sort());
  });
});

describe.each(ruleNames)('rule %s', (name) => {
  const rule = rules[name];

  it('has a doc page, linked from meta.docs.url', () => {
    expect(existsSync(`${packageDir}docs/rules/${name}.md`)).toBe(true);
    expect(rule.meta.docs?.url).toBe(ruleDocsUrl(name));
    expect(rule.meta.docs?.url).toMatch(new RegExp(`/packages/eslint-plugin/docs/rules/${name}\\.md$`));
    expect(docOf(name).startsWith(`# authlint/${name}\n`)).toBe(true);
  });

  it('describes every option in its schema and documents it under its own heading', () => {
    const properties = (rule.meta.schema as Schema)[0]?.properties ?? {};
    for (const [option, schema] of Object.entries(properties)) {
      expect(schema.description, option).toMatch(/\S{10,}/);
      expect(docOf(name)).toContain(`### \`${option}\``);
    }
  });

  it('gives every option a default in meta.defaultOptions', () => {
    const properties = Object.keys((rule.meta.schema as Schema)[0]?.properties ?? {});
    const defaults = (rule.meta.defaultOptions as [Record<string, unknown>])[0];
    expect(Object.keys(defaults).sort()).toEqual(properties.sort());
  });

  it('starts with "suggest" every message id a suggestion uses, and no other', () => {
    // The ids the core's check gives its suggestions, over this package's rule tests and the fixture apps.
    const used = suggestionIdsUsedBy(name);
    expect(used.size, `no suggestion of ${name} seen: add a fixture it reports with a suggestion (test/fixtures/<framework>/ and expected.json)`).toBeGreaterThan(0);
    for (const id of Object.keys(rule.meta.messages)) {
      expect(id.startsWith('suggest'), id).toBe(used.has(id));
    }
  });

  it('has ESLint validate its options with the core\'s schema: defaults pass, a wrong type or an unknown key is refused', () => {
    const lint = (options: unknown) => {
      const linter = new Linter({ configType: 'flat' });
      return () => linter.verify('x;', [{ plugins: { authlint: plugin as never }, rules: { [qualifiedRuleName(name)]: ['warn', options] } }], { filename: 'a.js' });
    };
    expect(lint(defaultsOf(RULE_OPTIONS[name]))).not.toThrow();
    expect(lint({ notAnOption: true })).toThrow(/notAnOption|additional propert/i);
    for (const [option, { schema }] of Object.entries(RULE_OPTIONS[name] as RuleOptionTable)) {
      const wrong = schema.type === 'boolean' ? 'yes' : 7;
      expect(lint({ [option]: wrong }), option).toThrow(new RegExp(`Value ${JSON.stringify(wrong)} should be ${schema.type}`));
    }
  });

  it('is in the presets its docs name', () => {
    const key = qualifiedRuleName(name);
    expect(plugin.configs.strict.rules?.[key]).toBe('error');
    expect(plugin.configs.recommended.rules?.[key]).toBe(rule.meta.docs?.recommended === 'recommended' ? 'warn' : undefined);
  });
});

const BAD_AND_GOOD = `
app.use((req, res, next) => {
  if (!req.user) return res.status(403).json({ error: 'login' });
  if (req.user.role !== 'admin') return res.status(403).end();
  next();
});
app.get('/me', (req, res) => res.status(401).json({}));
app.get('/ok', (req, res) => res.set('WWW-Authenticate', 'Bearer').status(401).end());
`;

async function lintWith(ESLintClass: typeof ESLint, preset: 'recommended' | 'strict') {
  const eslint = new ESLintClass({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs[preset] as never],
  });
  const [result] = await eslint.lintText(BAD_AND_GOOD, { filePath: 'server.ts' });
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}`);
}

describe.each([
  ['ESLint 10', ESLint],
  ['ESLint 9', (createRequire(import.meta.url)('eslint-v9') as { ESLint: typeof ESLint }).ESLint],
])('presets in the real %s class', (_version, ESLintClass) => {
  it('recommended warns on the two mistakes and nothing else', async () => {
    expect(await lintWith(ESLintClass, 'recommended')).toEqual([
      '3:36 authlint/no-403-for-unauthenticated 1',
      '7:41 authlint/require-www-authenticate 1',
    ]);
  });

  it('strict reports the same as errors', async () => {
    expect(await lintWith(ESLintClass, 'strict')).toEqual([
      '3:36 authlint/no-403-for-unauthenticated 2',
      '7:41 authlint/require-www-authenticate 2',
    ]);
  });
});
