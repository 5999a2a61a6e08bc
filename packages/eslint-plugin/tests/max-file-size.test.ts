// `settings.authlint.maxFileSize`: a file longer than it (a bundle, a generated file) is not
// analysed, as the editor's `authlint.maxFileSize` skips it, both at the core's default; a value
// that is not a positive number is reported once at the top of the file and the default applies.
import { DEFAULT_MAX_FILE_SIZE } from '@authlint/core';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const HANDLER = `app.get('/me', (req, res) => {
  if (!req.user) return res.sendStatus(401);
  res.json(req.user);
});
`;

function findings(code: string, settings?: Record<string, unknown>): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [{ plugins: { authlint: plugin as never }, ...(settings ? { settings } : {}), rules: { 'authlint/require-www-authenticate': 'warn' } }])
    .map((m) => `${m.line}:${m.column} ${m.messageId ?? m.message}`);
}

/** The handler, padded with a comment to `length` characters. */
const padded = (length: number) => `${HANDLER}/*${'x'.repeat(length - HANDLER.length - 4)}*/`;

describe('settings.authlint.maxFileSize', () => {
  it('analyses a file up to the limit and skips a longer one', () => {
    expect(findings(HANDLER, { authlint: { maxFileSize: HANDLER.length } })).toEqual(['2:40 missingChallenge']);
    expect(findings(HANDLER, { authlint: { maxFileSize: HANDLER.length - 1 } })).toEqual([]);
  });

  it("defaults to the core's limit, the editor's default too", () => {
    expect(DEFAULT_MAX_FILE_SIZE).toBe(500_000);
    expect(findings(padded(DEFAULT_MAX_FILE_SIZE))).toEqual(['2:40 missingChallenge']);
    expect(findings(padded(DEFAULT_MAX_FILE_SIZE + 1))).toEqual([]);
  });

  it('reports a value that is not a positive number, and applies the default', () => {
    for (const value of [0, -5, '100', Number.NaN]) {
      const reported = findings(HANDLER, { authlint: { maxFileSize: value } });
      expect(reported).toEqual(['1:1 invalidSetting', '2:40 missingChallenge']);
    }
  });
});
