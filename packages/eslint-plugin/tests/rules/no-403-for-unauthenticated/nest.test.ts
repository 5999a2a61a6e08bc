import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-unauthenticated (nest)', rule, {
  valid: [
    // The role guard from Nest's docs: a permission check, 403 is right.
    `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private reflector: Reflector) {}
  canActivate(context: ExecutionContext): boolean {
    const requiredRoles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!requiredRoles) {
      return true;
    }
    const { user } = context.switchToHttp().getRequest();
    return requiredRoles.some((role) => user.roles?.includes(role));
  }
}`,
    // Delegation and unknown helpers say nothing about why they deny.
    `import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.get('isPublic', context.getHandler());
    if (isPublic) return true;
    return super.canActivate(context);
  }
}`,
    `import { CanActivate, ExecutionContext } from '@nestjs/common';
export class AuthGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    return validateRequest(request);
  }
}`,
    // Account state.
    `import { CanActivate, ExecutionContext } from '@nestjs/common';
export class VerifiedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    return user.emailVerified;
  }
}`,
    // An Angular route guard: false means "do not navigate", not an HTTP 403.
    `import { Injectable } from '@angular/core';
import { CanActivate, Router } from '@angular/router';
@Injectable({ providedIn: 'root' })
export class AuthGuard implements CanActivate {
  canActivate(): boolean {
    if (!this.auth.isLoggedIn()) { this.router.navigate(['/login']); return false; }
    return true;
  }
}`,
    // A false returned by a nested callback is not the guard's answer.
    `import { CanActivate, ExecutionContext } from '@nestjs/common';
export class KeyGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    return this.keys.check(request).pipe(map((ok) => { if (!request.user) return false; return ok; }));
  }
}`,
    // Role and ownership checks in controllers.
    `import { Controller, Delete, ForbiddenException, Param, Req } from '@nestjs/common';
@Controller('posts')
export class PostsController {
  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req) {
    const post = await this.posts.findOne(id);
    if (post.authorId !== req.user.id) throw new ForbiddenException('not your post');
    if (req.user.role !== 'admin') throw new HttpException('Forbidden', HttpStatus.FORBIDDEN);
    return this.posts.remove(id);
  }
}`,
    // Already 401.
    `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class AuthGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) throw new UnauthorizedException();
    return true;
  }
}`,
    // A class with canActivate in a file that does not use Nest.
    `export class Gate {
  canActivate(req) {
    if (!req.user) return false;
    return true;
  }
}`,
    // Test assertions.
    `import { Test } from '@nestjs/testing';
it('rejects anonymous', async () => {
  const token = undefined;
  await request(app.getHttpServer()).get('/profile').expect(403);
});`,
  ],
  invalid: [
    {
      name: 'no combined suggestion: a guard\'s 401 is an UnauthorizedException, which carries no headers (return !!request.user)',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class AuthenticatedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    return !!request.user;
  }
}`,
      errors: [{
        messageId: 'guardDeniesUnauthenticated', line: 7, column: 12,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class AuthenticatedGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    if (!request.user) throw new UnauthorizedException();
    return true;
  }
}`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: a guard\'s 401 is an UnauthorizedException, which carries no headers (return false twice)',
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

@Injectable()
export class JwtGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    if (!token) return false;
    try {
      request.user = await this.jwtService.verifyAsync(token);
    } catch {
      return false;
    }
    return true;
  }
}`,
      errors: [
        {
          messageId: 'guardDeniesUnauthenticated', line: 8, column: 24,
          suggestions: [{
            messageId: 'suggestUse401',
            output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class JwtGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    if (!token) throw new UnauthorizedException();
    try {
      request.user = await this.jwtService.verifyAsync(token);
    } catch {
      return false;
    }
    return true;
  }
}`,
          }],
        },
        {
          messageId: 'guardDeniesUnauthenticated', line: 12, column: 14,
          suggestions: [{
            messageId: 'suggestUse401',
            output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';

@Injectable()
export class JwtGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    if (!token) return false;
    try {
      request.user = await this.jwtService.verifyAsync(token);
    } catch {
      throw new UnauthorizedException();
    }
    return true;
  }
}`,
          }],
        },
      ],
    },
    {
      // No @nestjs/common import yet: one is added after the last import.
      name: 'no combined suggestion: a guard\'s 401 is an UnauthorizedException, which carries no headers (return req.isAuthenticated())',
      code: `import { Reflector } from '@nestjs/core';
export class SessionGuard {
  canActivate(context) {
    const req = context.switchToHttp().getRequest();
    return req.isAuthenticated()
  }
}`,
      errors: [{
        messageId: 'guardDeniesUnauthenticated', line: 5, column: 12,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { Reflector } from '@nestjs/core';
import { UnauthorizedException } from '@nestjs/common';
export class SessionGuard {
  canActivate(context) {
    const req = context.switchToHttp().getRequest();
    if (!req.isAuthenticated()) throw new UnauthorizedException()
    return true
  }
}`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: a guard\'s 401 is an UnauthorizedException, which carries no headers (two returns)',
      code: `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class ApiGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (this.isApiRoute(context)) return user !== undefined;
    return Boolean(user);
  }
}`,
      errors: [
        {
          messageId: 'guardDeniesUnauthenticated', line: 5, column: 42,
          suggestions: [{
            messageId: 'suggestUse401',
            output: `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class ApiGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (this.isApiRoute(context)) { if (user === undefined) throw new UnauthorizedException(); return true; }
    return Boolean(user);
  }
}`,
          }],
        },
        {
          messageId: 'guardDeniesUnauthenticated', line: 6, column: 12,
          suggestions: [{
            messageId: 'suggestUse401',
            output: `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class ApiGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (this.isApiRoute(context)) return user !== undefined;
    if (!user) throw new UnauthorizedException();
    return true;
  }
}`,
          }],
        },
      ],
    },
    {
      name: 'no combined suggestion: Nest exceptions carry no headers (ForbiddenException)',
      code: `import { Controller, ForbiddenException, Get, Req } from '@nestjs/common';
@Controller('me')
export class MeController {
  @Get()
  me(@Req() req) {
    if (!req.user) throw new ForbiddenException('Please log in');
    return req.user;
  }
}`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 30,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { Controller, ForbiddenException, UnauthorizedException, Get, Req } from '@nestjs/common';
@Controller('me')
export class MeController {
  @Get()
  me(@Req() req) {
    if (!req.user) throw new UnauthorizedException('Please log in');
    return req.user;
  }
}`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: Nest exceptions carry no headers (HttpException with a phrase)',
      code: `import { HttpException, HttpStatus } from '@nestjs/common';
export function assertSession(session) {
  if (!session?.userId) {
    throw new HttpException('Forbidden', HttpStatus.FORBIDDEN);
  }
}`,
      errors: [{
        messageId: 'unauthenticated', line: 4, column: 42,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { HttpException, HttpStatus } from '@nestjs/common';
export function assertSession(session) {
  if (!session?.userId) {
    throw new HttpException('Unauthorized', HttpStatus.UNAUTHORIZED);
  }
}`,
        }],
      }],
    },
    {
      name: 'no combined suggestion: Nest exceptions carry no headers (HttpException with a body)',
      code: `import { HttpException, HttpStatus } from '@nestjs/common';
export function assertToken(token) {
  if (!token) throw new HttpException({ status: HttpStatus.FORBIDDEN, error: 'no token' }, HttpStatus.FORBIDDEN);
}`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 92,
        suggestions: [{
          messageId: 'suggestUse401',
          output: `import { HttpException, HttpStatus } from '@nestjs/common';
export function assertToken(token) {
  if (!token) throw new HttpException({ status: HttpStatus.UNAUTHORIZED, error: 'no token' }, HttpStatus.UNAUTHORIZED);
}`,
        }],
      }],
    },
    {
      // A mixed guard: the split keeps the permission half as 403.
      code: `import { Controller, ForbiddenException, Get, Req, UnauthorizedException } from '@nestjs/common';
@Controller('admin')
export class AdminController {
  @Get()
  stats(@Req() req) {
    if (!req.user || req.user.role !== 'admin') {
      throw new ForbiddenException();
    }
    return this.stats.all();
  }
}`,
      errors: [{
        messageId: 'mixedGuard', line: 7, column: 17,
        suggestions: [{
          messageId: 'suggestSplitGuard',
          output: `import { Controller, ForbiddenException, Get, Req, UnauthorizedException } from '@nestjs/common';
@Controller('admin')
export class AdminController {
  @Get()
  stats(@Req() req) {
    if (!req.user) {
      throw new UnauthorizedException();
    }
    if (req.user.role !== 'admin') {
      throw new ForbiddenException();
    }
    return this.stats.all();
  }
}`,
        }],
      }],
    },
    {
      // @Res() with the Express adapter.
      code: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.session.userId) return res.status(403).json({ message: 'login first' });
    res.json(this.files.list());
  }
}`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 48,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.session.userId) return res.header('WWW-Authenticate', 'Bearer').status(401).json({ message: 'login first' });
    res.json(this.files.list());
  }
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.session.userId) return res.status(401).json({ message: 'login first' });
    res.json(this.files.list());
  }
}`,
        }],
      }],
    },
    {
      // @Res() with the Fastify adapter.
      code: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.user) return res.code(403).send({ message: 'login first' });
    return res.send(this.files.list());
  }
}`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 36,
        suggestions: [{
          messageId: 'suggestUse401WithChallenge',
          output: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.user) return res.header('WWW-Authenticate', 'Bearer').code(401).send({ message: 'login first' });
    return res.send(this.files.list());
  }
}`,
        }, {
          messageId: 'suggestUse401',
          output: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.user) return res.code(401).send({ message: 'login first' });
    return res.send(this.files.list());
  }
}`,
        }],
      }],
    },
  ],
});
