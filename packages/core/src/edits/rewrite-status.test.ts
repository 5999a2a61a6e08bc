import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { responseSitesFor, siteContextFor } from '../prepare-file.js';
import { setStatusEdits } from '../sites/set-status.js';
import { applyEdits } from './text-edits.js';

/** `code` with its one response site set to status `to`; undefined where no rewrite is offered. */
function rewritten(code: string, to: number): string | undefined {
  const program = parse(code, { range: true, loc: true });
  const sites = responseSitesFor(program, code);
  expect(sites).toHaveLength(1);
  const edits = setStatusEdits(sites[0]!, to, siteContextFor(program, code));
  return edits && applyEdits(code, edits);
}

describe('rewriteStatus names a status RFC 9110 renamed as the file or the libraries do', () => {
  it('writes the libraries\' spelling: HttpStatus.PAYLOAD_TOO_LARGE, not CONTENT_TOO_LARGE', () => {
    const code = `import { HttpException, HttpStatus } from '@nestjs/common';\nfunction f() { throw new HttpException('no', HttpStatus.FORBIDDEN); }`;
    expect(rewritten(code, 413)).toContain('HttpStatus.PAYLOAD_TOO_LARGE');
    expect(rewritten(code, 422)).toContain('HttpStatus.UNPROCESSABLE_ENTITY');
  });

  it('takes the registered phrase\'s spelling where the file already imports it', () => {
    const code = `import { ContentTooLargeError, ForbiddenError } from './errors';\nfunction f() { throw new ForbiddenError(); }`;
    expect(rewritten(code, 413)).toBe(`import { ContentTooLargeError, ForbiddenError } from './errors';\nfunction f() { throw new ContentTooLargeError(); }`);
  });

  it('imports the twin beside the original where the file does not bind it', () => {
    const code = `import { ForbiddenError } from './errors';\nfunction f() { throw new ForbiddenError(); }`;
    expect(rewritten(code, 413)).toBe(`import { ForbiddenError, PayloadTooLargeError } from './errors';\nfunction f() { throw new PayloadTooLargeError(); }`);
  });

  it('adds no import of a twin the file declares and exports itself', () => {
    const code = `import { ForbiddenError } from './errors';\nexport class UnauthorizedError extends Error {}\nfunction f() { throw new ForbiddenError(); }`;
    expect(rewritten(code, 401)).toBe(`import { ForbiddenError } from './errors';\nexport class UnauthorizedError extends Error {}\nfunction f() { throw new UnauthorizedError(); }`);
  });
});
