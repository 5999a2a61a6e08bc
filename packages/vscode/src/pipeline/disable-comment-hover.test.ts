import { RULE_IDS, RULE_SUMMARIES, ruleDocsUrl } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { rules as pluginRules } from '../../../eslint-plugin/src/rules/index.js';
import { analyzeDocument } from './analyze-document.js';
import { disableCommentHoverAt } from './disable-comment-hover.js';
import { settingsFrom } from './settings.js';

const HANDLER = (directive: string) => [
  "import express from 'express';",
  'const app = express();',
  "app.get('/me', (req, res) => {",
  directive,
  "  if (!req.user) return res.status(401).json({ error: 'sign in' });",
  '  res.json(req.user);',
  '});',
].join('\n');

function hoverOn(text: string, needle: string, settings = settingsFrom()) {
  const analysis = analyzeDocument({ text, fileName: '/p/server.ts' }, settings);
  const at = text.indexOf(needle);
  expect(at, needle).not.toBe(-1);
  return { analysis, hover: disableCommentHoverAt(analysis, at + 1) };
}

describe('the hover on eslint-disable comments that name authlint rules', () => {
  it('gives the rule\'s summary, its page and what the comment suppresses on the next line', () => {
    const directive = '  // eslint-disable-next-line authlint/require-www-authenticate -- the proxy adds it';
    const { analysis, hover } = hoverOn(HANDLER(directive), 'eslint-disable');
    expect(analysis.findings).toEqual([]);
    expect(hover?.rules).toEqual(['require-www-authenticate']);
    expect(hover?.suppressed.map((f) => f.ruleId)).toEqual(['require-www-authenticate']);
    expect(hover?.markdown).toContain(`**authlint/require-www-authenticate** · [documentation](${ruleDocsUrl('require-www-authenticate')})`);
    expect(hover?.markdown).toContain('Require a WWW-Authenticate header on every 401 Unauthorized response');
    expect(hover?.markdown).toMatch(/Suppressed on the next line:\n\n- line 5: .*WWW-Authenticate/);
    // The whole comment, in VS Code's coordinates.
    expect(hover?.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: directive.length } });
  });

  it('covers block comments and -line, each rule named, and says when a rule suppresses nothing', () => {
    const text = [
      '/* eslint-disable authlint/no-403-for-unauthenticated, authlint/require-www-authenticate */',
      "export function f(res: any) { return res.status(401).end(); } // eslint-disable-line authlint/require-www-authenticate",
    ].join('\n');
    const block = hoverOn(text, 'eslint-disable ').hover!;
    expect(block.rules).toEqual(['no-403-for-unauthenticated', 'require-www-authenticate']);
    expect(block.markdown).toContain('**authlint/no-403-for-unauthenticated**');
    expect(block.markdown).toContain('Suppresses nothing from here on');
    // The finding on line 2 is suppressed by the -line comment, which ESLint matches first.
    const line = hoverOn(text, 'eslint-disable-line').hover!;
    expect(line.suppressed).toHaveLength(1);
    expect(line.markdown).toMatch(/Suppressed on this line:\n\n- line 2: /);
  });

  it('says that a rule that is off has nothing to suppress', () => {
    const { hover } = hoverOn(HANDLER('  // eslint-disable-next-line authlint/require-www-authenticate'), 'eslint-disable',
      settingsFrom({ severity: { 'require-www-authenticate': 'off' } }));
    expect(hover?.markdown).toContain('The rule is off here');
    expect(hover?.suppressed).toEqual([]);
  });

  it('gives nothing for other comments, for comments naming no authlint rule, off the comment, and with hovers off', () => {
    const others = [
      ['  // eslint-disable-next-line no-console', 'eslint-disable'],
      ['  // eslint-disable-next-line', 'eslint-disable'],
      ['  // authlint/require-www-authenticate is about 401', 'authlint/'],
      ['  // eslint-disable-next-line authlint/not-a-rule', 'eslint-disable'],
      ['  // eslint-disable-next-line authlint/require-www-authenticate', 'res.json'],
    ] as const;
    for (const [directive, needle] of others) expect(hoverOn(HANDLER(directive), needle).hover, directive).toBeUndefined();
    expect(hoverOn(HANDLER('  // eslint-disable-next-line authlint/require-www-authenticate'), 'eslint-disable', settingsFrom({ hoverEnabled: false })).hover).toBeUndefined();
  });

  it('never throws on text that does not parse', () => {
    const analysis = analyzeDocument({ text: '// eslint-disable-next-line authlint/require-www-authenticate\nfunction (', fileName: '/p/x.ts' });
    expect(disableCommentHoverAt(analysis, 5)).toBeUndefined();
  });

  it('summarises each rule with the ESLint plugin\'s meta.docs.description', () => {
    for (const id of RULE_IDS) expect(RULE_SUMMARIES[id]).toBe(pluginRules[id].meta.docs?.description);
  });
});
