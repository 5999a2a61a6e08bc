// The two hosts agree: for every fixture under test/fixtures/<framework>/ (and the multi-file apps
// under test/fixtures/multi-file/<family>/, with both hosts following imports), the VS Code extension's
// pipeline and the ESLint plugin (in ESLint's real Linter, with @typescript-eslint/parser, and with
// ESLint's own parser for JavaScript files) report the same rules, at the same ranges, with the
// same messages, offering the same suggestions that make the same edits.
import { RULE_IDS, ruleDocsUrl, type ProjectPlace, type RuleId } from '@authlint/core';
import { createFileProjectHost } from '@authlint/core/file-project-host';
import { Linter } from 'eslint';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugin from '../packages/eslint-plugin/src/index.js';
import { analyzeDocument, settingsFrom } from '../packages/vscode/src/pipeline/index.js';
import { WorkspaceProject } from '../packages/vscode/src/project/workspace-project.js';
import { byPosition, eslintConfig, eslintReports, extensionReports, isJavaScript, type RuleOptions } from './cross-host-reports.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The files the extension analyses; expected.json and any other data file are skipped. */
const SOURCE = /\.(?:[mc]?[jt]s|[jt]sx)$/;

function fixtureFiles(): string[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return walk(path);
    return entry !== 'expected.json' && SOURCE.test(entry) ? [path] : [];
  });
  return readdirSync(FIXTURES)
    .filter((d) => statSync(join(FIXTURES, d)).isDirectory())
    .flatMap((framework) => walk(join(FIXTURES, framework)))
    .sort();
}

/** The option sets both hosts run the fixtures with: the defaults, and one that changes every option the editor honours. */
const OPTION_SETS: readonly (readonly [name: string, options: RuleOptions])[] = [
  ['default options', {}],
  ['non-default options', {
    'no-403-for-unauthenticated': { identityNames: ['account'], permissionNames: ['entitled'], challenge: 'Basic realm="api"' },
    'require-www-authenticate': { errorHandlerAddsChallenge: true, challenge: 'Bearer realm="example", scope="read"' },
  }],
];
const NON_DEFAULT = OPTION_SETS[1]![1];

/** Asserts that both hosts agree on a text; returns how many problems they found. */
function expectSameReports(text: string, path: string, options: RuleOptions = {}, project?: ProjectPlace): number {
  const editor = extensionReports(text, path, options, project);
  const eslint = eslintReports(text, path, 'typescript', options);
  expect(eslint.fatal, `@typescript-eslint/parser could not parse ${path}`).toBeUndefined();
  expect(editor.status, `the extension could not analyse ${path}`).toBe('analyzed');
  expect(editor.text).toBe(eslint.text);
  expect([...editor.reports].sort(byPosition)).toEqual([...eslint.reports].sort(byPosition));

  // The diagnostics' line/character positions are ESLint's line/column, less one, wherever
  // ESLint and VS Code count lines alike (they differ on U+2028 and U+2029).
  if (!/[\u2028\u2029]/.test(editor.text)) {
    const analysis = analyzeDocument({ text, fileName: path }, settingsFrom({ options }), undefined, project);
    const linter = new Linter({ configType: 'flat', cwd: '/' });
    const messages = linter.verify(text, eslintConfig(path, 'typescript', options), { filename: path });
    const fromEslint = messages.filter((m) => m.ruleId?.startsWith('authlint/')).map((m) => [m.ruleId!.replace(/^authlint\//, ''), m.line - 1, m.column - 1, m.endLine! - 1, m.endColumn! - 1]);
    const fromEditor = analysis.diagnostics.map((d) => [d.code.value, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    expect(fromEditor.sort()).toEqual(fromEslint.sort());
  }

  if (isJavaScript(path)) {
    const espree = eslintReports(text, path, 'espree', options);
    if (!espree.fatal) expect([...editor.reports].sort(byPosition)).toEqual([...espree.reports].sort(byPosition));
  }
  return editor.reports.length;
}

const files = fixtureFiles();
/** The fixtures are files on disk: ESLint follows their imports, and the editor does as in a `file:` workspace. */
const workspace = new WorkspaceProject(createFileProjectHost, () => undefined);

describe('cross-host: the extension and the ESLint plugin agree on every fixture', () => {
  it('has fixtures, and some of them have findings, so this cannot pass on nothing', () => {
    expect(files.length).toBeGreaterThan(0);
    const withFindings = files.filter((path) => extensionReports(readFileSync(path, 'utf8'), path).reports.length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
  });

  it('covers both rules across the fixtures', () => {
    const rules = new Set(files.flatMap((path) => extensionReports(readFileSync(path, 'utf8'), path).reports.map((r) => r.rule)));
    expect([...rules].sort(), 'every rule needs a fixture it reports, under test/fixtures/<framework>/').toEqual([...RULE_IDS].sort());
  });

  for (const [name, options] of OPTION_SETS) {
    describe(name, () => {
      for (const path of files) {
        it(relative(FIXTURES, path), () => {
          expectSameReports(readFileSync(path, 'utf8'), path, options, workspace.placeFor(path));
        });
      }
    });
  }

  it('changes what is reported under the non-default options, so that run checks the options reach both hosts', () => {
    const all = (options: RuleOptions) => files.flatMap((path) => extensionReports(readFileSync(path, 'utf8'), path, options).reports);
    const byDefault = all({});
    const changed = all(NON_DEFAULT);
    // errorHandlerAddsChallenge drops thrown and passed-on 401s; the custom challenges change the suggested edits.
    expect(changed.filter((r) => r.rule === 'require-www-authenticate').length).toBeLessThan(byDefault.filter((r) => r.rule === 'require-www-authenticate').length);
    expect(changed.some((r) => r.suggestions.some((s) => s.output.includes('Bearer realm="example", scope="read"')))).toBe(true);
    expect(changed.some((r) => r.suggestions.some((s) => s.output.includes('Basic realm="api"')))).toBe(true);
  });
});

describe('cross-host: texts the fixtures may not cover', () => {
  const server = [
    `import express from 'express';`,
    `const app = express();`,
    `app.get('/me', (req, res) => {`,
    `  if (!req.user) return res.status(401).json({ error: 'login' });`,
    `  res.json(req.user);`,
    `});`,
    `app.get('/admin', (req, res) => {`,
    `  if (!req.user) return res.status(403).end();`,
    `  res.end();`,
    `});`,
    ``,
  ].join('\n');

  // One finding for each rule about a status other than 401/403 (the counts above stay those of `server`).
  const OTHER_STATUSES = [
    `app.get('/old', (req, res) => res.status(301).end());`,
    `app.all('/items', (req, res) => res.status(405).end());`,
    `app.delete('/items/:id', (req, res) => res.status(204).json({ deleted: true }));`,
    ``,
  ].join('\n');

  it.each([
    ['plain', server],
    ['CRLF line endings', server.replace(/\n/g, '\r\n')],
    ['a byte order mark', `\uFEFF${server}`],
    ['a shebang', `#!/usr/bin/env node\n${server}`],
    ['U+2028 in a string before the findings', `const s = 'a\u2028b';\n${server}`],
    ['eslint-disable-next-line for one rule', server.replace('  if (!req.user) return res.status(403)', '  // eslint-disable-next-line authlint/no-403-for-unauthenticated\n  if (!req.user) return res.status(403)')],
    ['eslint-disable-line without rules', server.replace(`json({ error: 'login' });`, `json({ error: 'login' }); // eslint-disable-line`)],
    ['a block eslint-disable / eslint-enable pair', server.replace(`app.get('/admin'`, `/* eslint-disable authlint/no-403-for-unauthenticated */\napp.get('/admin'`).replace(/res\.end\(\);\n\}\);\n$/, 'res.end();\n});\n/* eslint-enable */\napp.get("/x", (req, res) => { if (!req.user) return res.sendStatus(403); });\n')],
    ['eslint-disable in a line comment (ignored by ESLint)', `// eslint-disable\n${server}`],
    ['a multi-line next-line directive (ignored by ESLint)', server.replace('  if (!req.user) return res.status(403)', '  /* eslint-disable-next-line\n  */ if (!req.user) return res.status(403)')],
  ])('%s', (_name, text) => {
    expect(expectSameReports(text, '/virtual/server.ts')).toBeGreaterThanOrEqual(0);
    expectSameReports(text, '/virtual/server.js');
  });

  it('sees the findings of the plain case in both hosts (the cases above are not empty)', () => {
    expect(expectSameReports(server, '/virtual/server.ts')).toBe(2);
  });

  it('agrees on identityNames and permissionNames, which change what is reported', () => {
    const custom = server.replaceAll('req.user', 'req.account');
    const withNames: RuleOptions = { 'no-403-for-unauthenticated': { identityNames: ['account'] } };
    expect(expectSameReports(custom, '/virtual/server.ts')).toBe(1);
    expect(expectSameReports(custom, '/virtual/server.ts', withNames)).toBe(2);
    expect(expectSameReports(custom, '/virtual/server.js', withNames)).toBe(2);
    const permission = [
      `import express from 'express';`,
      `const app = express();`,
      `app.get('/report', (req, res) => {`,
      `  if (!req.user) return res.status(401).set('WWW-Authenticate', 'Bearer').end();`,
      `  if (!req.user.entitled) return res.status(403).end();`,
      `  res.end();`,
      `});`,
      ``,
    ].join('\n');
    expectSameReports(permission, '/virtual/server.ts', NON_DEFAULT);
  });

  it('links each rule to the same documentation page', () => {
    for (const id of RULE_IDS) {
      expect(ruleDocsUrl(id)).toBe((plugin.rules[id].meta.docs as { url?: string }).url);
    }
    // The editor's diagnostics link there too.
    const everyRule = [
      server,
      `app.get('/reports', (req, res) => {`,
      `  if (req.user.role !== 'admin') return res.status(401).end();`,
      `  if (req.rateLimit.remaining <= 0) return res.status(403).end();`,
      `  res.end();`,
      `});`,
      ``,
    ].join('\n');
    const diagnostics = analyzeDocument({ text: `${everyRule}${OTHER_STATUSES}`, fileName: '/virtual/server.ts' }).diagnostics;
    expect(diagnostics.map((d) => d.code.value).sort()).toEqual([...RULE_IDS].sort());
    for (const d of diagnostics) expect(d.code.target).toBe((plugin.rules[d.code.value as RuleId].meta.docs as { url?: string }).url);
  });
});
