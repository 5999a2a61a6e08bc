import { messageFor, type Finding } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { toDiagnostic } from './diagnostics.js';
import { LineIndex } from './positions.js';
import { DEFAULT_SETTINGS, settingsFrom } from './settings.js';

const text = `app.get('/', (req, res) => {\n  if (!req.user) return res.status(401).end();\n});\n`;
const start = text.indexOf('401');

const finding: Finding = {
  ruleId: 'require-www-authenticate',
  messageId: 'missingChallenge',
  data: { challenge: 'Bearer' },
  range: [start, start + 3],
  suggestions: [],
};

describe('toDiagnostic', () => {
  it('maps a finding to plain diagnostic data', () => {
    expect(toDiagnostic(finding, new LineIndex(text), DEFAULT_SETTINGS)).toEqual({
      range: { start: { line: 1, character: 35 }, end: { line: 1, character: 38 } },
      offsets: [start, start + 3],
      message: messageFor('require-www-authenticate', 'missingChallenge', { challenge: 'Bearer' }),
      severity: 'warning',
      code: {
        value: 'require-www-authenticate',
        target: 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/require-www-authenticate.md',
      },
      source: 'authlint',
    });
  });

  it.each(['error', 'warning', 'information', 'hint'] as const)('uses the rule\'s severity %s', (severity) => {
    const settings = settingsFrom({ severity: { 'require-www-authenticate': severity } });
    expect(toDiagnostic(finding, new LineIndex(text), settings)?.severity).toBe(severity);
  });

  it('gives nothing for a rule that is off', () => {
    const settings = settingsFrom({ severity: { 'require-www-authenticate': 'off' } });
    expect(toDiagnostic(finding, new LineIndex(text), settings)).toBeUndefined();
  });

  it('fills the message placeholders from the finding', () => {
    const withReason: Finding = {
      ruleId: 'no-403-for-unauthenticated', messageId: 'unauthenticated', data: { reason: 'not req.user' },
      range: [0, 3], suggestions: [],
    };
    const message = toDiagnostic(withReason, new LineIndex(text), DEFAULT_SETTINGS)?.message;
    expect(message).toContain('not req.user');
    expect(message).not.toContain('{{');
  });
});
