import { describe, expect, it } from 'vitest';
import { reasonPhraseTwin, statusFromConstantName, statusFromErrorName, statusNameTwin, statusNameTwins } from './status-names.js';

describe('statusFromConstantName', () => {
  it.each([
    ['FORBIDDEN', 403], ['UNAUTHORIZED', 401], ['Unauthorized', 401], ['unAuthorized', 401], ['UN_AUTHORIZED', 401],
    ['NOT_FOUND', 404], ['NotFound', 404], ['UNPROCESSABLE_ENTITY', 422], ['REQUEST_TOO_LONG', 413], ['IM_A_TEAPOT', 418],
  ])('%s -> %i', (name, code) => expect(statusFromConstantName(name)).toBe(code));

  it.each(['status', 'code', 'ERROR', 'DENIED'])('%s is no status', (name) => expect(statusFromConstantName(name)).toBeUndefined());
});

describe('statusFromErrorName', () => {
  it.each([
    ['ForbiddenException', 403], ['UnauthorizedException', 401], ['UnauthorizedError', 401], ['forbidden', 403],
    ['unauthorized', 401], ['Forbidden', 403], ['NotAuthorizedError', 403], ['InvalidCredentialsError', 401],
    ['AccessDeniedError', 403], ['AuthenticationRequiredError', 401], ['NotAuthenticatedException', 401],
  ])('%s -> %i', (name, code) => expect(statusFromErrorName(name)).toBe(code));

  it.each(['AuthorizationError', 'ForbiddenWordsFilter', 'unauthorizedCount', 'Error', 'BadRequestException'])(
    '%s is no status', (name) => expect(statusFromErrorName(name)).toBeUndefined(),
  );
});

describe('statusNameTwin', () => {
  it.each([
    ['ForbiddenException', 'UnauthorizedException'], ['forbidden', 'unauthorized'], ['FORBIDDEN', 'UNAUTHORIZED'],
    ['Forbidden', 'Unauthorized'], ['NotAuthorizedError', 'UnauthorizedError'], ['ForbiddenError', 'UnauthorizedError'],
  ])('403 -> 401: %s -> %s', (name, twin) => expect(statusNameTwin(name, 403, 401)).toBe(twin));

  it.each([
    ['FORBIDDEN', 'TOO_MANY_REQUESTS'], ['Forbidden', 'TooManyRequests'], ['forbidden', 'tooManyRequests'],
    ['ForbiddenException', 'TooManyRequestsException'],
  ])('403 -> 429: %s -> %s', (name, twin) => expect(statusNameTwin(name, 403, 429)).toBe(twin));

  it('reads multi-word names of the source status', () => {
    expect(statusNameTwin('TOO_MANY_REQUESTS', 429, 401)).toBe('UNAUTHORIZED');
    expect(statusNameTwin('TooManyRequests', 429, 403)).toBe('Forbidden');
  });

  it.each([
    ['FORBIDDEN', 413, 'PAYLOAD_TOO_LARGE'], ['ForbiddenException', 413, 'PayloadTooLargeException'],
    ['Forbidden', 422, 'UnprocessableEntity'], ['forbidden', 422, 'unprocessableEntity'],
  ])('403 -> %s: the libraries\' spelling of a status RFC 9110 renamed first (%s -> %s)', (name, to, twin) =>
    expect(statusNameTwin(name, 403, to)).toBe(twin));

  it('gives every spelling of a renamed status, the registered phrase last', () => {
    expect(statusNameTwins('FORBIDDEN', 403, 413)).toEqual(['PAYLOAD_TOO_LARGE', 'CONTENT_TOO_LARGE']);
    expect(statusNameTwins('ForbiddenException', 403, 422)).toEqual(['UnprocessableEntityException', 'UnprocessableContentException']);
    expect(statusNameTwins('FORBIDDEN', 403, 429)).toEqual(['TOO_MANY_REQUESTS']);
  });

  it('reads a renamed status by either phrase', () => {
    expect(statusNameTwin('UnprocessableEntityException', 422, 403)).toBe('ForbiddenException');
    expect(statusNameTwin('UNPROCESSABLE_CONTENT', 422, 401)).toBe('UNAUTHORIZED');
    expect(statusNameTwin('PayloadTooLargeError', 413, 403)).toBe('ForbiddenError');
  });

  it('has no twin for names without one', () => {
    expect(statusNameTwin('AccessDenied', 403, 401)).toBeUndefined();
    expect(statusNameTwin('Unauthorized', 403, 401)).toBeUndefined();
    expect(statusNameTwin('Forbidden', 403, 306)).toBeUndefined();
  });
});

describe('reasonPhraseTwin', () => {
  it.each([
    [`'Forbidden'`, 'Forbidden', 401, `'Unauthorized'`], [`"forbidden"`, 'forbidden', 401, `"unauthorized"`],
    [`'FORBIDDEN'`, 'FORBIDDEN', 401, `'UNAUTHORIZED'`], [`'Forbidden'`, 'Forbidden', 429, `'Too Many Requests'`],
  ] as const)('%s -> %s', (raw, value, to, twin) => expect(reasonPhraseTwin(raw, value, 403, to)).toBe(twin));

  it('leaves other messages alone', () => expect(reasonPhraseTwin(`'Forbidden here'`, 'Forbidden here', 403, 401)).toBeUndefined());
});
