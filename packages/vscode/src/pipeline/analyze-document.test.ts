import { applyEdits, messageFor } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, hoverAt } from './analyze-document.js';
import { quickFixesFor } from './code-actions.js';
import { DEFAULT_SETTINGS, settingsFrom } from './settings.js';

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

const offsetOf = (text: string, needle: string) => text.indexOf(needle);

describe('analyzeDocument', () => {
  it('finds both rules, in source order, as diagnostics with positions', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' });
    expect(analysis.status).toBe('analyzed');
    expect(analysis.diagnostics.map((d) => [d.code.value, d.range.start.line, d.range.start.character, d.severity])).toEqual([
      ['require-www-authenticate', 3, 35, 'warning'],
      ['no-403-for-unauthenticated', 7, 35, 'warning'],
    ]);
    expect(analysis.findings.map((f) => server.slice(f.range[0], f.range[1]))).toEqual(['401', '403']);
    expect(analysis.program?.type).toBe('Program');
  });

  it('passes the challenge setting to the add-header suggestion', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ challenge: 'Basic realm="api"' }));
    const finding = analysis.findings.find((f) => f.ruleId === 'require-www-authenticate')!;
    expect(analysis.diagnostics[0]!.message).toBe(messageFor('require-www-authenticate', 'missingChallenge', { challenge: 'Basic realm="api"' }));
    expect(applyEdits(server, finding.suggestions[0]!.edits)).toContain(`res.set('WWW-Authenticate', 'Basic realm="api"').status(401)`);
  });

  it('passes the challenge setting to the "use 401 and send WWW-Authenticate" suggestion', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ challenge: 'Basic realm="api"' }));
    const finding = analysis.findings.find((f) => f.ruleId === 'no-403-for-unauthenticated')!;
    expect(finding.suggestions[0]!.messageId).toBe('suggestUse401WithChallenge');
    expect(applyEdits(server, finding.suggestions[0]!.edits)).toContain(`if (!req.user) return res.set('WWW-Authenticate', 'Basic realm="api"').status(401).end();`);
  });

  it('does not run a rule that is off', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ severity: { 'require-www-authenticate': 'off' } }));
    expect(analysis.findings.map((f) => f.ruleId)).toEqual(['no-403-for-unauthenticated']);
  });

  it('uses each rule\'s severity', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ severity: { 'no-403-for-unauthenticated': 'error' } }));
    expect(analysis.diagnostics.map((d) => d.severity)).toEqual(['warning', 'error']);
  });

  it('honours eslint-disable comments', () => {
    const text = server.replace(`  if (!req.user) return res.status(403)`, `  // eslint-disable-next-line authlint/no-403-for-unauthenticated\n  if (!req.user) return res.status(403)`);
    expect(analyzeDocument({ text, fileName: '/app/server.ts' }).findings.map((f) => f.ruleId)).toEqual(['require-www-authenticate']);
  });

  it('makes the "disable for this line" quick fix take effect', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' });
    const finding = analysis.findings.find((f) => f.ruleId === 'no-403-for-unauthenticated')!;
    const disable = quickFixesFor(finding, server).find((a) => a.title.startsWith('Disable'))!;
    const after = applyEdits(server, disable.edits!);
    expect(analyzeDocument({ text: after, fileName: '/app/server.ts' }).findings.map((f) => f.ruleId)).toEqual(['require-www-authenticate']);
  });

  it('turns a syntax error into no findings, without throwing', () => {
    const analysis = analyzeDocument({ text: `${server}\napp.get('/x', (req, res) => {`, fileName: '/app/server.ts' });
    expect(analysis.status).toBe('parse-error');
    expect(analysis.findings).toEqual([]);
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.reason).toMatch(/^not analysed until it parses: /);
  });

  it('skips a file above maxFileSize with a reason', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ maxFileSize: 100 }));
    expect(analysis.status).toBe('too-large');
    expect(analysis.findings).toEqual([]);
    expect(analysis.program).toBeUndefined();
    expect(analysis.reason).toMatch(/more than authlint\.maxFileSize/);
  });

  it('does nothing when disabled', () => {
    const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ enable: false }));
    expect(analysis.status).toBe('disabled');
    expect(analysis.findings).toEqual([]);
  });

  it('parses JSX in .jsx, .tsx and .js files, and <T>x as a type assertion in .ts files', () => {
    const jsx = `export function Page({ res }) { if (res.status === 401) return <Login />; return <div />; }`;
    for (const fileName of ['/a/page.jsx', '/a/page.tsx', '/a/page.js', '/a/page.mjs']) {
      expect(analyzeDocument({ text: jsx, fileName }).status, fileName).toBe('analyzed');
    }
    expect(analyzeDocument({ text: jsx, fileName: '/a/page.ts' }).status).toBe('parse-error');
    const assertion = `const status = <number>res.statusCode;`;
    expect(analyzeDocument({ text: assertion, fileName: '/a/x.ts' }).status).toBe('analyzed');
    expect(analyzeDocument({ text: assertion, fileName: '/a/x.tsx' }).status).toBe('parse-error');
  });

  it('reads an untitled document by its language', () => {
    const jsx = `const el = <div />;`;
    expect(analyzeDocument({ text: jsx, fileName: 'Untitled-1', languageId: 'typescriptreact' }).status).toBe('analyzed');
    expect(analyzeDocument({ text: jsx, fileName: 'Untitled-1', languageId: 'typescript' }).status).toBe('parse-error');
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '\u0000', '}}}', '/*', '`${', 'a'.repeat(10), '('.repeat(5000)]) {
      expect(() => analyzeDocument({ text, fileName: '/x.ts' })).not.toThrow();
    }
  });

  it('keeps the settings it ran with', () => {
    expect(analyzeDocument({ text: '', fileName: '/x.ts' }).settings).toBe(DEFAULT_SETTINGS);
  });
});

describe('hoverAt', () => {
  const analysis = analyzeDocument({ text: server, fileName: '/app/server.ts' });

  it('describes the status under the offset, with the finding there', () => {
    const hover = hoverAt(analysis, offsetOf(server, '403') + 1)!;
    expect(hover.status.code).toBe(403);
    expect(hover.range).toEqual({ start: { line: 7, character: 35 }, end: { line: 7, character: 38 } });
    expect(hover.findings.map((f) => f.ruleId)).toEqual(['no-403-for-unauthenticated']);
    expect(hover.markdown).toMatch(/^\*\*403 Forbidden\*\*/);
    expect(hover.markdown).toContain('authlint/no-403-for-unauthenticated');
  });

  it('has no hover away from a status', () => {
    expect(hoverAt(analysis, offsetOf(server, 'express()'))).toBeUndefined();
  });

  it('has no hover when hovers are off, or the file was not parsed', () => {
    const off = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ hoverEnabled: false }));
    expect(hoverAt(off, offsetOf(server, '403'))).toBeUndefined();
    const broken = analyzeDocument({ text: `${server}(`, fileName: '/app/server.ts' });
    expect(hoverAt(broken, offsetOf(server, '403'))).toBeUndefined();
  });

  it('hands a core error to onError instead of throwing, and gives no hover', () => {
    const errors: unknown[] = [];
    // A tree the core cannot walk stands in for a core bug.
    const corrupt = { ...analysis, program: { type: 'Program', body: null, range: [0, server.length] } as never };
    expect(hoverAt(corrupt, offsetOf(server, '403'), (error) => errors.push(error))).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(hoverAt(corrupt, offsetOf(server, '403'))).toBeUndefined();
  });

  it('leaves out findings of a rule that is off', () => {
    const noRule = analyzeDocument({ text: server, fileName: '/app/server.ts' }, settingsFrom({ severity: { 'no-403-for-unauthenticated': 'off' } }));
    const hover = hoverAt(noRule, offsetOf(server, '403'))!;
    expect(hover.status.code).toBe(403);
    expect(hover.findings).toEqual([]);
    expect(hover.markdown).not.toContain('authlint/');
  });
});

describe('analyzeDocument and a byte order mark', () => {
  it('counts offsets after the mark, as VS Code and ESLint do', () => {
    const analysis = analyzeDocument({ text: `\uFEFF${server}`, fileName: '/app/server.ts' });
    expect(analysis.input.text).toBe(server);
    expect(analysis.findings.map((f) => server.slice(f.range[0], f.range[1]))).toEqual(['401', '403']);
  });
});

describe('analyzeDocument after an edit (the previous analysis passed)', () => {
  const fileName = '/app/server.ts';
  const edited = server.replace(`res.json(req.user);`, `res.json({ user: req.user });`);

  it('parses only what changed and finds what a fresh analysis finds, at the moved positions', () => {
    const first = analyzeDocument({ text: server, fileName });
    expect(first.timings.reparsed).toBe('full');
    const next = analyzeDocument({ text: edited, fileName }, DEFAULT_SETTINGS, first);
    expect(next.timings.reparsed).toBe('incremental');
    const fresh = analyzeDocument({ text: edited, fileName });
    expect(next.findings).toEqual(fresh.findings);
    expect(next.diagnostics).toEqual(fresh.diagnostics);
    expect(next.findings.map((f) => edited.slice(f.range[0], f.range[1]))).toEqual(['401', '403']);
    expect(hoverAt(next, offsetOf(edited, '403'))?.status.code).toBe(403);
  });

  it('keeps the findings of the consumed analysis as they were', () => {
    const first = analyzeDocument({ text: server, fileName });
    const ranges = first.findings.map((f) => [...f.range]);
    analyzeDocument({ text: `// a new first line\n${server}`, fileName }, DEFAULT_SETTINGS, first);
    expect(first.findings.map((f) => [...f.range])).toEqual(ranges);
  });

  it('reuses the tree for the same text under other settings', () => {
    const first = analyzeDocument({ text: server, fileName });
    const next = analyzeDocument({ text: server, fileName }, settingsFrom({ severity: { 'require-www-authenticate': 'off' } }), first);
    expect(next.timings.reparsed).toBe('unchanged');
    expect(next.program).toBe(first.program);
    expect(next.findings.map((f) => f.ruleId)).toEqual(['no-403-for-unauthenticated']);
  });

  it('carries the last good parse over a syntax error, so that the fix is parsed incrementally', () => {
    const first = analyzeDocument({ text: server, fileName });
    const broken = analyzeDocument({ text: server.replace('res.json(req.user);', 'res.json(req.user;'), fileName }, DEFAULT_SETTINGS, first);
    expect(broken.status).toBe('parse-error');
    expect(broken.program).toBeUndefined();
    const fixed = analyzeDocument({ text: edited, fileName }, DEFAULT_SETTINGS, broken);
    expect(fixed.timings.reparsed).toBe('incremental');
    expect(fixed.findings).toEqual(analyzeDocument({ text: edited, fileName }).findings);
  });
});
