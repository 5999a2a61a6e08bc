// NestJS: a guard that returns false answers 403.
import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';

// ✗ no user -> false -> Nest sends 403: should throw UnauthorizedException.
@Injectable()
export class SessionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return !!request.user;
  }
}

// ✓ a role guard: false (403) is right.
@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (user.role !== 'admin') throw new ForbiddenException('admins only');
    return true;
  }
}
