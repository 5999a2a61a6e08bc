import { describe, expect, it } from 'vitest';
import { statusFromConstantName, statusFromErrorName, unauthorizedTwinOf } from './status-names.js';

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

describe('unauthorizedTwinOf', () => {
  it.each([
    ['ForbiddenException', 'UnauthorizedException'], ['forbidden', 'unauthorized'], ['FORBIDDEN', 'UNAUTHORIZED'],
    ['Forbidden', 'Unauthorized'], ['NotAuthorizedError', 'UnauthorizedError'], ['ForbiddenError', 'UnauthorizedError'],
  ])('%s -> %s', (name, twin) => expect(unauthorizedTwinOf(name)).toBe(twin));

  it('has no twin for names without one', () => expect(unauthorizedTwinOf('AccessDenied')).toBeUndefined());
});
