import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document.js';
import { settingsWithEslintRules } from './eslint-rules-config.js';
import { DEFAULT_SETTINGS, settingsFrom } from './settings.js';

const DEFAULT_OPTIONS = DEFAULT_SETTINGS.options;

describe('settingsWithEslintRules: the rules of the project\'s ESLint config over the settings', () => {
  it('reads ESLint\'s severities, numbers or words, as the editor\'s', () => {
    const cases: [unknown, string][] = [[0, 'off'], [1, 'warning'], [2, 'error'], ['off', 'off'], ['warn', 'warning'], ['error', 'error'], ['ERROR', 'error'], ['Warn', 'warning']];
    for (const [severity, expected] of cases) {
      const bare = settingsWithEslintRules(DEFAULT_SETTINGS, { 'authlint/require-www-authenticate': severity });
      const inArray = settingsWithEslintRules(DEFAULT_SETTINGS, { 'authlint/require-www-authenticate': [severity] });
      expect(bare?.severity['require-www-authenticate'], String(severity)).toBe(expected);
      expect(inArray?.severity['require-www-authenticate'], String(severity)).toBe(expected);
    }
  });

  it('takes the options as calculateConfigForFile resolves them (severity number, defaults merged in)', () => {
    const rules = {
      'semi': [2, 'always'],
      'authlint/require-www-authenticate': [2, { challenge: 'Basic realm="api"', errorHandlerAddsChallenge: true, autofix: true }],
      'authlint/no-403-for-unauthenticated': [1, { identityNames: ['account'], permissionNames: [], challenge: 'Bearer' }],
    };
    expect(settingsWithEslintRules(settingsFrom({ challenge: 'Digest', severity: { 'require-www-authenticate': 'hint' } }), rules)).toMatchObject({
      severity: { 'require-www-authenticate': 'error', 'no-403-for-unauthenticated': 'warning' },
      options: {
        // `autofix` steers ESLint's --fix only: the editor does not take it.
        'require-www-authenticate': { challenge: 'Basic realm="api"', errorHandlerAddsChallenge: true },
        'no-403-for-unauthenticated': { identityNames: ['account'], permissionNames: [], challenge: 'Bearer' },
      },
    });
  });

  it('decides alone once it configures authlint: a rule left out is off, an option left out is the rule\'s default', () => {
    const settings = settingsFrom({
      challenge: 'Digest',
      severity: { 'no-403-for-unauthenticated': 'error' },
      options: { 'require-www-authenticate': { errorHandlerAddsChallenge: true } },
    });
    const merged = settingsWithEslintRules(settings, { 'authlint/require-www-authenticate': 'warn' })!;
    expect(merged.severity).toEqual({
      'require-www-authenticate': 'warning', 'no-403-for-unauthenticated': 'off', 'no-401-for-forbidden': 'off', 'no-403-for-rate-limit': 'off', 'require-location': 'off', 'require-allow': 'off', 'no-body-with-204-304': 'off',
    });
    expect(merged.options).toEqual(DEFAULT_OPTIONS);
  });

  it('keeps the editor\'s own settings (enable, hovers, file size, deferral)', () => {
    const settings = settingsFrom({ enable: false, hoverEnabled: false, maxFileSize: 1234, deferToESLint: false });
    const merged = settingsWithEslintRules(settings, { 'authlint/require-www-authenticate': 2 })!;
    expect(merged).toMatchObject({ enable: false, hoverEnabled: false, maxFileSize: 1234, deferToESLint: false });
  });

  it('ignores an option value the rule\'s schema refuses (ESLint would reject the config): the default instead', () => {
    const merged = settingsWithEslintRules(DEFAULT_SETTINGS, {
      'authlint/require-www-authenticate': [2, { challenge: '', errorHandlerAddsChallenge: 'yes' }],
      'authlint/no-403-for-unauthenticated': [2, { identityNames: ['a', 'a'], permissionNames: 'can' }],
    })!;
    expect(merged.options).toEqual(DEFAULT_OPTIONS);
  });

  it('is undefined, so the settings apply, when the config does not configure authlint, and for bad input', () => {
    for (const rules of [undefined, null, 'authlint/require-www-authenticate', [], {}, { 'semi': 2 }, { 'other/require-www-authenticate': 2 }]) {
      expect(settingsWithEslintRules(DEFAULT_SETTINGS, rules), JSON.stringify(rules)).toBeUndefined();
    }
  });

  it('gives the analysis the config\'s options and severities', () => {
    const text = [
      "import express from 'express';",
      'const app = express();',
      "app.get('/me', (req, res) => {",
      "  if (!req.user) return res.status(401).json({ error: 'sign in' });",
      "  if (!req.session) return res.status(403).json({ error: 'no session' });",
      '  res.json(req.user);',
      '});',
    ].join('\n');
    const merged = settingsWithEslintRules(DEFAULT_SETTINGS, {
      'authlint/require-www-authenticate': [2, { challenge: 'Basic realm="ci"' }],
      'authlint/no-403-for-unauthenticated': [0],
    })!;
    const fromSettings = analyzeDocument({ text, fileName: '/p/server.js' });
    const fromConfig = analyzeDocument({ text, fileName: '/p/server.js' }, merged);
    expect(fromSettings.diagnostics.map((d) => [d.code.value, d.severity])).toEqual([
      ['require-www-authenticate', 'warning'], ['no-403-for-unauthenticated', 'warning'],
    ]);
    expect(fromConfig.diagnostics.map((d) => [d.code.value, d.severity])).toEqual([['require-www-authenticate', 'error']]);
    expect(fromConfig.diagnostics[0]!.message).toContain('Basic realm="ci"');
  });

  it('takes the shared vocabulary from the config\'s settings.authlint.vocabulary, not from authlint.vocabulary', () => {
    const text = [
      "app.get('/reports', passport.authenticate('jwt'), (req, res) => {",
      "  if (!entitled(req.user)) return res.status(401).send('not in your plan');",
      '});',
    ].join('\n');
    const rules = { 'authlint/require-www-authenticate': 'warn', 'authlint/no-401-for-forbidden': 'warn' };
    const editor = settingsFrom({ vocabulary: { identityNames: ['member'] } });
    const taught = settingsWithEslintRules(editor, rules, { authlint: { vocabulary: { permissionNames: ['entitled'] } } })!;
    expect(taught.vocabulary).toEqual({ permissionNames: ['entitled'] });
    const untaught = settingsWithEslintRules(editor, rules, { other: {} })!;
    expect(untaught.vocabulary).toEqual({});
    expect(settingsWithEslintRules(editor, rules, { authlint: { vocabulary: 'entitled' } })!.vocabulary).toEqual({});
    const rulesOf = (settings: typeof taught) => analyzeDocument({ text, fileName: '/p/server.js' }, settings).diagnostics.map((d) => d.code.value);
    expect(rulesOf(untaught)).toEqual(['require-www-authenticate']);
    expect(rulesOf(taught)).toEqual(['no-401-for-forbidden']);
  });
});
