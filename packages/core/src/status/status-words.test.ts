import { describe, expect, it } from 'vitest';
import { statusWords } from './status-words.js';

describe('statusWords', () => {
  const redirects = statusWords([301, 302, 303, 307, 308]);

  it.each([
    'res.status(301)', 'reply.code(308)', `status: '302'`, 'StatusCodes.MOVED_PERMANENTLY', 'HttpStatus.FOUND',
    'StatusCodes.MOVED_TEMPORARILY', 'HttpStatusCode.SeeOther', 'Status.TemporaryRedirect', 'permanentRedirect',
    'HttpStatusCode.Found', 'import { FOUND } from', 'Moved Temporarily',
  ])('lets %s through', (text) => {
    expect(redirects.test(text)).toBe(true);
  });

  it.each([
    'res.status(200)', 'code 13010', 'ts(23011)', 'StatusCodes.NOT_FOUND', 'notFound', 'const foundUser = 1',
    // The word in prose is no status: every "not found" message would pass.
    `throw new Error('User not found')`, '// Found one', `'Found'`, 'FOUNDATION',
  ])('keeps %s out', (text) => {
    expect(redirects.test(text)).toBe(false);
  });

  it('spells multi-word names with or without separators', () => {
    const allow = statusWords([405]);
    for (const text of ['METHOD_NOT_ALLOWED', 'MethodNotAllowed', 'methodNotAllowed', 'Method Not Allowed', '405']) {
      expect(allow.test(text), text).toBe(true);
    }
    expect(allow.test('1405')).toBe(false);
  });
});
