import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsFrom } from './settings.js';

describe('readSettings', () => {
  it('gives the defaults when nothing is set', () => {
    expect(readSettings(() => undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      enable: true,
      severity: { 'no-403-for-unauthenticated': 'warning', 'require-www-authenticate': 'warning' },
      challenge: 'Bearer',
      hoverEnabled: true,
      maxFileSize: 500_000,
      deferToESLint: true,
    });
  });

  it('reads every key', () => {
    const values: Record<string, unknown> = {
      'enable': false,
      'severity.no-403-for-unauthenticated': 'error',
      'severity.require-www-authenticate': 'off',
      'challenge': ' Basic realm="api" ',
      'hover.enabled': false,
      'maxFileSize': 2048.7,
      'deferToESLint': false,
    };
    expect(readSettings((key) => values[key])).toEqual({
      enable: false,
      severity: { 'no-403-for-unauthenticated': 'error', 'require-www-authenticate': 'off' },
      challenge: 'Basic realm="api"',
      hoverEnabled: false,
      maxFileSize: 2048,
      deferToESLint: false,
    });
  });

  it('falls back to the default for a value of the wrong kind', () => {
    const values: Record<string, unknown> = {
      'enable': 'yes',
      'severity.no-403-for-unauthenticated': 'fatal',
      'challenge': '   ',
      'hover.enabled': 1,
      'maxFileSize': -1,
      'deferToESLint': null,
    };
    expect(readSettings((key) => values[key])).toEqual(DEFAULT_SETTINGS);
    expect(readSettings((key) => (key === 'maxFileSize' ? Number.POSITIVE_INFINITY : undefined)).maxFileSize).toBe(DEFAULT_SETTINGS.maxFileSize);
  });

  it('builds settings from a partial object', () => {
    expect(settingsFrom({ hoverEnabled: false, severity: { 'require-www-authenticate': 'hint' } })).toEqual({
      ...DEFAULT_SETTINGS,
      hoverEnabled: false,
      severity: { ...DEFAULT_SETTINGS.severity, 'require-www-authenticate': 'hint' },
    });
  });
});
