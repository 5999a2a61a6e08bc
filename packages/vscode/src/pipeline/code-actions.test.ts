import { applyEdits, messageFor, type Finding, type Suggestion } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { disableLineEdit, fixAllAction, fixAllEdits, preferredSuggestion, quickFixesFor, quickFixesForFindings } from './code-actions.js';

const text = [
  `app.get('/me', (req, res) => {`,
  `  if (!req.user) return res.status(403).end();`,
  `  res.status(401).json({});`,
  `});`,
  ``,
].join('\n');

const at403 = text.indexOf('403');
const at401 = text.indexOf('401');
const receiver401 = text.indexOf('res.status(401)') + 3;

const use401: Suggestion = { messageId: 'suggestUse401', data: { replacement: '401' }, edits: [{ range: [at403, at403 + 3], text: '401' }], safe: false };
const no403: Finding = {
  ruleId: 'no-403-for-unauthenticated', messageId: 'unauthenticated', data: { reason: 'not req.user' },
  range: [at403, at403 + 3], suggestions: [use401],
};
const addHeader: Suggestion = {
  messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' },
  edits: [{ range: [receiver401, receiver401], text: `.set('WWW-Authenticate', 'Bearer')` }], safe: true,
};
const missingHeader: Finding = {
  ruleId: 'require-www-authenticate', messageId: 'missingChallenge', data: { challenge: 'Bearer' },
  range: [at401, at401 + 3], suggestions: [addHeader],
};

describe('quickFixesForFindings', () => {
  const second403: Finding = { ...no403, range: [at403 + 1, at403 + 3] };

  it('lists every finding\'s suggestions, then disable and documentation once per rule, as vscode-eslint does', () => {
    const actions = quickFixesForFindings([no403, second403, missingHeader], text);
    const use401Title = `${messageFor('no-403-for-unauthenticated', 'suggestUse401', { replacement: '401' })} (authlint/no-403-for-unauthenticated)`;
    const addTitle = `${messageFor('require-www-authenticate', 'suggestAddChallenge', { challenge: 'Bearer' })} (authlint/require-www-authenticate)`;
    expect(actions.map((a) => a.title)).toEqual([
      use401Title,
      use401Title,
      addTitle,
      'Disable authlint/no-403-for-unauthenticated for this line',
      'Show documentation for authlint/no-403-for-unauthenticated',
      'Disable authlint/require-www-authenticate for this line',
      'Show documentation for authlint/require-www-authenticate',
    ]);
    expect(actions.map((a) => a.finding)).toEqual([no403, second403, missingHeader, no403, no403, missingHeader, missingHeader]);
  });

  it('gives one finding the same actions as quickFixesFor', () => {
    expect(quickFixesForFindings([no403], text)).toEqual(quickFixesFor(no403, text));
    expect(quickFixesForFindings([], text)).toEqual([]);
  });
});

describe('quickFixesFor', () => {
  it('lists each suggestion, then disable and documentation', () => {
    const actions = quickFixesFor(no403, text);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      [`${messageFor('no-403-for-unauthenticated', 'suggestUse401', { replacement: '401' })} (authlint/no-403-for-unauthenticated)`, 'quickfix', true],
      ['Disable authlint/no-403-for-unauthenticated for this line', 'quickfix', false],
      ['Show documentation for authlint/no-403-for-unauthenticated', 'quickfix', false],
    ]);
    expect(actions[0]!.edits).toEqual(use401.edits);
    expect(actions[2]!.command).toEqual({
      command: 'authlint.showRuleDocumentation',
      title: 'Show documentation for authlint/no-403-for-unauthenticated',
      arguments: ['no-403-for-unauthenticated'],
    });
    expect(actions.every((a) => a.finding === no403)).toBe(true);
  });

  it('applies the suggestion as the ESLint plugin would', () => {
    const [fix] = quickFixesFor(no403, text);
    expect(applyEdits(text, fix!.edits!)).toBe(text.replace('res.status(403)', 'res.status(401)'));
  });

  it('prefers the safe suggestion over an earlier unsafe one', () => {
    const finding: Finding = { ...missingHeader, suggestions: [{ ...addHeader, safe: false, messageId: 'suggestAddChallenge', data: { challenge: 'Basic' } }, addHeader] };
    const actions = quickFixesFor(finding, text);
    expect(actions.filter((a) => a.isPreferred).map((a) => a.title)).toEqual([
      `${messageFor('require-www-authenticate', 'suggestAddChallenge', { challenge: 'Bearer' })} (authlint/require-www-authenticate)`,
    ]);
    expect(actions[1]!.title).toMatch(/Bearer \(authlint\/require-www-authenticate\)$/);
    expect(preferredSuggestion(finding.suggestions)).toBe(addHeader);
  });

  it('prefers the first suggestion when none is safe, and only one', () => {
    const other: Suggestion = { messageId: 'suggestSplitGuard', edits: [{ range: [0, 0], text: '' }], safe: false };
    const finding: Finding = { ...no403, suggestions: [use401, other] };
    const actions = quickFixesFor(finding, text);
    expect(actions.map((a) => a.isPreferred ?? false)).toEqual([true, false, false, false]);
    expect(preferredSuggestion([addHeader, { ...addHeader, data: { challenge: 'Basic' } }])).toBe(addHeader);
  });

  it('offers disable and documentation when the core has no suggestion', () => {
    const actions = quickFixesFor({ ...no403, suggestions: [] }, text);
    expect(actions.map((a) => a.title)).toEqual([
      'Disable authlint/no-403-for-unauthenticated for this line',
      'Show documentation for authlint/no-403-for-unauthenticated',
    ]);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
  });
});

describe('disableLineEdit', () => {
  it('inserts the comment above the line, with its indentation', () => {
    expect(applyEdits(text, [disableLineEdit(no403, text)])).toBe(text.replace(
      `  if (!req.user) return res.status(403)`,
      `  // eslint-disable-next-line authlint/no-403-for-unauthenticated\n  if (!req.user) return res.status(403)`,
    ));
  });

  it('keeps CRLF line endings and tab indentation', () => {
    const crlf = `function h(req, res) {\r\n\tres.status(403).end();\r\n}\r\n`;
    const finding = { ...no403, range: [crlf.indexOf('403'), crlf.indexOf('403') + 3] as const };
    expect(applyEdits(crlf, [disableLineEdit(finding, crlf)])).toBe(
      `function h(req, res) {\r\n\t// eslint-disable-next-line authlint/no-403-for-unauthenticated\r\n\tres.status(403).end();\r\n}\r\n`,
    );
  });

  it('adds the rule to an eslint-disable-next-line comment already above', () => {
    const code = `  // eslint-disable-next-line no-console -- logging\n  console.log(res.status(403));\n`;
    const finding = { ...no403, range: [code.indexOf('403'), code.indexOf('403') + 3] as const };
    expect(applyEdits(code, [disableLineEdit(finding, code)])).toBe(
      `  // eslint-disable-next-line no-console, authlint/no-403-for-unauthenticated -- logging\n  console.log(res.status(403));\n`,
    );
  });

  it('works on the first line', () => {
    const code = `res.status(403).end();`;
    const finding = { ...no403, range: [11, 14] as const };
    expect(applyEdits(code, [disableLineEdit(finding, code)])).toBe(`// eslint-disable-next-line authlint/no-403-for-unauthenticated\nres.status(403).end();`);
  });
});

describe('fix all', () => {
  it('takes only the safe suggestions', () => {
    expect(fixAllEdits([no403, missingHeader])).toEqual(addHeader.edits);
    expect(applyEdits(text, fixAllEdits([no403, missingHeader]))).toBe(
      text.replace('res.status(401)', `res.set('WWW-Authenticate', 'Bearer').status(401)`),
    );
  });

  it('leaves out a suggestion that touches one already taken, as ESLint does in one pass', () => {
    const second: Finding = { ...missingHeader, range: [at401 + 1, at401 + 2], suggestions: [{ ...addHeader, edits: [{ range: [receiver401, receiver401], text: '.x()' }] }] };
    expect(fixAllEdits([missingHeader, second])).toEqual(addHeader.edits);
  });

  it('has no action when nothing is safe', () => {
    expect(fixAllAction([no403])).toBeUndefined();
    expect(fixAllAction([missingHeader])).toMatchObject({ kind: 'source.fixAll.authlint', edits: addHeader.edits });
  });
});

describe('applyEdits', () => {
  it('applies back to front, and keeps the order of insertions at one offset', () => {
    expect(applyEdits('abcdef', [
      { range: [1, 2], text: 'B' },
      { range: [4, 4], text: 'x' },
      { range: [4, 4], text: 'y' },
    ])).toBe('aBcdxyef');
  });
});
