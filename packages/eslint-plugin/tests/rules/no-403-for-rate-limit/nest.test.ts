import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (nest)', rule, {
  valid: [
    `import { ThrottlerGuard } from '@nestjs/throttler';
export class CustomThrottlerGuard extends ThrottlerGuard {
  protected async getTracker(req: Record<string, any>): Promise<string> { return req.ips.length ? req.ips[0] : req.ip; }
}`,
    `import { ForbiddenException } from '@nestjs/common';
export class PlanGuard { canActivate(ctx) { const user = ctx.switchToHttp().getRequest().user; if (user.plan !== 'pro') throw new ForbiddenException(); return true; } }`,
    `import { ThrottlerException } from '@nestjs/throttler';
export class G extends ThrottlerGuard { protected async throwThrottlingException() { throw new ThrottlerException(); } }`,
  ],
  invalid: [
    {
      // Nest: a ThrottlerGuard subclass that throws ForbiddenException (Nest has no 429 class: HttpException with 429).
      code: `import { Injectable, ForbiddenException } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
@Injectable()
export class CustomThrottlerGuard extends ThrottlerGuard {
  protected async throwThrottlingException(): Promise<void> {
    throw new ForbiddenException('Too many requests');
  }
}`,
      errors: [
        {
          messageId: 'rateLimited', line: 6, column: 15,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { Injectable, ForbiddenException, HttpException } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
@Injectable()
export class CustomThrottlerGuard extends ThrottlerGuard {
  protected async throwThrottlingException(): Promise<void> {
    throw new HttpException('Too many requests', 429);
  }
}` },
          ],
        },
      ],
    },
    {
      // Nest: HttpException with HttpStatus.FORBIDDEN in a ThrottlerGuard subclass.
      code: `import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
export class WsThrottlerGuard extends ThrottlerGuard {
  protected async throwThrottlingException(): Promise<void> {
    throw new HttpException('slow down', HttpStatus.FORBIDDEN);
  }
}`,
      errors: [
        {
          messageId: 'rateLimited', line: 5, column: 42,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
export class WsThrottlerGuard extends ThrottlerGuard {
  protected async throwThrottlingException(): Promise<void> {
    throw new HttpException('slow down', HttpStatus.TOO_MANY_REQUESTS);
  }
}` },
          ],
        },
      ],
    },
    {
      // Nest: too many OTP attempts in a service.
      code: `import { ForbiddenException, HttpException } from '@nestjs/common';
export class OtpService {
  async verify(user, code) {
    if (user.otpAttempts >= 5) throw new HttpException('too many attempts', 403);
    return this.check(user, code);
  }
}`,
      errors: [
        {
          messageId: 'rateLimited', line: 4, column: 77,
          suggestions: [
            { messageId: 'suggestUse429', output: `import { ForbiddenException, HttpException } from '@nestjs/common';
export class OtpService {
  async verify(user, code) {
    if (user.otpAttempts >= 5) throw new HttpException('too many attempts', 429);
    return this.check(user, code);
  }
}` },
          ],
        },
      ],
    },
  ],
});
