import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsFrom } from './settings.js';

describe('readSettings', () => {
  it('gives the defaults when nothing is set', () => {
    expect(readSettings(() => undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({
      enable: true,
      severity: { 'no-403-for-unauthenticated': 'warning', 'require-www-authenticate': 'warning', 'no-401-for-forbidden': 'warning', 'no-403-for-rate-limit': 'warning', 'require-location': 'warning', 'require-allow': 'warning', 'no-body-with-204-304': 'warning' },
      challenge: 'Bearer',
      options: {
        'no-403-for-unauthenticated': { identityNames: [], permissionNames: [], challenge: 'Bearer' },
        'require-www-authenticate': { challenge: 'Bearer', errorHandlerAddsChallenge: false, resourceMetadataUrl: '' },
        'no-401-for-forbidden': { identityNames: [], permissionNames: [], authMiddlewareNames: [], challenge: 'Bearer' },
        'no-403-for-rate-limit': { rateLimitNames: [], lockoutNames: [], planLimitNames: [] },
        'require-location': {},
        'require-allow': {},
        'no-body-with-204-304': {},
      },
      vocabulary: {},
      hoverEnabled: true,
      maxFileSize: 500_000,
      deferToESLint: true,
      followImports: true,
    });
  });

  it('reads every key', () => {
    const values: Record<string, unknown> = {
      'enable': false,
      'severity.no-403-for-unauthenticated': 'error',
      'severity.require-www-authenticate': 'off',
      'severity.require-location': 'error',
      'severity.require-allow': 'off',
      'severity.no-body-with-204-304': 'error',
      'challenge': ' Basic realm="api" ',
      'hover.enabled': false,
      'maxFileSize': 2048.7,
      'deferToESLint': false,
      'followImports': false,
      'no-403-for-unauthenticated.identityNames': ['account'],
      'no-403-for-unauthenticated.permissionNames': ['entitled', 'hasLicense'],
      'no-403-for-unauthenticated.challenge': null,
      'require-www-authenticate.challenge': ' Bearer realm="x" ',
      'require-www-authenticate.errorHandlerAddsChallenge': true,
      'require-www-authenticate.resourceMetadataUrl': ' https://mcp.example.com/.well-known/oauth-protected-resource ',
      'severity.no-401-for-forbidden': 'hint',
      'severity.no-403-for-rate-limit': 'information',
      'no-401-for-forbidden.authMiddlewareNames': ['gatekeeper'],
      'no-403-for-rate-limit.rateLimitNames': ['budget'],
      'vocabulary': { permissionNames: ['entitled'], authMiddlewareNames: ['gatekeeper'] },
    };
    expect(readSettings((key) => values[key])).toEqual({
      enable: false,
      severity: { 'no-403-for-unauthenticated': 'error', 'require-www-authenticate': 'off', 'no-401-for-forbidden': 'hint', 'no-403-for-rate-limit': 'information', 'require-location': 'error', 'require-allow': 'off', 'no-body-with-204-304': 'error' },
      challenge: 'Basic realm="api"',
      options: {
        // A rule's own challenge wins; unset (null, as VS Code gives it), the shared one applies.
        'no-403-for-unauthenticated': { identityNames: ['account'], permissionNames: ['entitled', 'hasLicense'], challenge: 'Basic realm="api"' },
        'require-www-authenticate': { challenge: 'Bearer realm="x"', errorHandlerAddsChallenge: true, resourceMetadataUrl: 'https://mcp.example.com/.well-known/oauth-protected-resource' },
        'no-401-for-forbidden': { identityNames: [], permissionNames: [], authMiddlewareNames: ['gatekeeper'], challenge: 'Basic realm="api"' },
        'no-403-for-rate-limit': { rateLimitNames: ['budget'], lockoutNames: [], planLimitNames: [] },
        'require-location': {},
        'require-allow': {},
        'no-body-with-204-304': {},
      },
      vocabulary: { permissionNames: ['entitled'], authMiddlewareNames: ['gatekeeper'] },
      hoverEnabled: false,
      maxFileSize: 2048,
      deferToESLint: false,
      followImports: false,
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
      'no-403-for-unauthenticated.identityNames': 'account',
      'no-403-for-unauthenticated.permissionNames': ['entitled', ''],
      'no-403-for-unauthenticated.challenge': 7,
      'require-www-authenticate.challenge': '  ',
      'require-www-authenticate.errorHandlerAddsChallenge': 'true',
      'vocabulary': ['entitled'],
    };
    expect(readSettings((key) => values[key])).toEqual(DEFAULT_SETTINGS);
    expect(readSettings((key) => (key === 'maxFileSize' ? Number.POSITIVE_INFINITY : undefined)).maxFileSize).toBe(DEFAULT_SETTINGS.maxFileSize);
  });

  it('keeps the vocabulary lists that fit their schema and leaves out the others', () => {
    const vocabulary = { identityNames: ['member'], permissionNames: 'entitled', lockoutNames: ['a', 'a'], permisionNames: ['typo'] };
    expect(readSettings((key) => (key === 'vocabulary' ? vocabulary : undefined)).vocabulary).toEqual({ identityNames: ['member'] });
    expect(settingsFrom({ vocabulary: { permissionNames: ['entitled'] } }).vocabulary).toEqual({ permissionNames: ['entitled'] });
  });

  it('rejects a name list with repeated names, as ESLint\'s schema does', () => {
    const settings = readSettings((key) => (key === 'no-403-for-unauthenticated.identityNames' ? ['account', 'account'] : undefined));
    expect(settings.options['no-403-for-unauthenticated'].identityNames).toEqual([]);
  });

  it('builds rule options from a partial object', () => {
    const settings = settingsFrom({ challenge: 'Basic', options: { 'require-www-authenticate': { errorHandlerAddsChallenge: true } } });
    expect(settings.options).toEqual({
      'no-403-for-unauthenticated': { identityNames: [], permissionNames: [], challenge: 'Basic' },
      'require-www-authenticate': { challenge: 'Basic', errorHandlerAddsChallenge: true, resourceMetadataUrl: '' },
      'no-401-for-forbidden': { identityNames: [], permissionNames: [], authMiddlewareNames: [], challenge: 'Basic' },
      'no-403-for-rate-limit': { rateLimitNames: [], lockoutNames: [], planLimitNames: [] },
      'require-location': {},
      'require-allow': {},
      'no-body-with-204-304': {},
    });
  });

  it('builds settings from a partial object', () => {
    expect(settingsFrom({ hoverEnabled: false, severity: { 'require-www-authenticate': 'hint' } })).toEqual({
      ...DEFAULT_SETTINGS,
      hoverEnabled: false,
      severity: { ...DEFAULT_SETTINGS.severity, 'require-www-authenticate': 'hint' },
    });
  });
});
