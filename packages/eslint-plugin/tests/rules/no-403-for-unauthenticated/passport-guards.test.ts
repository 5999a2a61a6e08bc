import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, missed true cases: a NestJS passport guard's `handleRequest(err, user)`, where `err` is
 * the strategy's failure and `user` is false when the request did not authenticate.
 */
createRuleTester().run('no-403-for-unauthenticated (NestJS passport guards)', rule, {
  valid: [
    // Not a passport guard: `err` and `user` are whatever the method is given.
    `import { ForbiddenException } from '@nestjs/common';
    export class Checker {
      handleRequest(err, user) { if (err) throw new ForbiddenException(); return user; }
    }`,
    // A known user who is no admin (no optional link on the user).
    `import { ForbiddenException } from '@nestjs/common';
    import { AuthGuard } from '@nestjs/passport';
    export class AdminGuard extends AuthGuard('jwt') {
      handleRequest(err, user) { if (user.roles.includes(ADMIN)) return user; throw new ForbiddenException(); }
    }`,
  ],
  invalid: [
    {
      code: `import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Injectable()
export class JwtGuard extends AuthGuard('jwt') {
  handleRequest(err, user) {
    if (err || !user) throw err || new ForbiddenException();
    return user;
  }
}`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 40,
        data: { reason: 'err || !user' },
        suggestions: [
          { messageId: 'suggestUse401', output: `import { ForbiddenException, UnauthorizedException, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Injectable()
export class JwtGuard extends AuthGuard('jwt') {
  handleRequest(err, user) {
    if (err || !user) throw err || new UnauthorizedException();
    return user;
  }
}` },
        ],
      }],
    },
    {
      // The positive form: the optional link makes a missing user fall through to the 403 too.
      code: `import { ForbiddenException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
export class AdminGuard extends AuthGuard('jwt') {
  handleRequest(err, user) {
    if (user?.roles.includes(ADMIN)) return user;
    throw new ForbiddenException();
  }
}`,
      errors: [{
        messageId: 'mixedGuard', line: 6, column: 15,
        data: { unauthenticated: 'no identity', forbidden: 'not user?.roles.includes(ADMIN)' },
        suggestions: [],
      }],
    },
  ],
});
