import rule from '../../../src/rules/no-401-for-forbidden.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-401-for-forbidden (nest)', rule, {
  valid: [
    `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class JwtGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    if (!request.headers.authorization) throw new UnauthorizedException();
    return true;
  }
}`,
    `import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  async validate(username: string, password: string) {
    const user = await this.authService.validateUser(username, password);
    if (!user) throw new UnauthorizedException();
    return user;
  }
}`,
    `import { Controller, Get, UseGuards, ForbiddenException } from '@nestjs/common';
@Controller('admin')
@UseGuards(AuthGuard('jwt'))
export class AdminController {
  @Get()
  list(@CurrentUser() user) {
    if (!user.isAdmin) throw new ForbiddenException();
  }
}`,
    `import { Controller, Get, UseGuards, UnauthorizedException } from '@nestjs/common';
@Controller('me')
@UseGuards(RolesGuard)
export class MeController {
  @Get()
  me(@CurrentUser() user) {
    if (!hasRole(user, 'x')) throw new UnauthorizedException();
  }
}`,
    `import { UnauthorizedException } from '@nestjs/common';
export class AuthService {
  async refresh(token: string) {
    try { return this.jwt.verify(token); } catch { throw new UnauthorizedException('expired'); }
  }
}`,
    `import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  async validate(req, payload) {
    if (req.raw.workspaceId !== payload.workspaceId) throw new UnauthorizedException('Workspace does not match');
    return payload;
  }
}`,
    `import { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class AuthenticationExtension implements Extension {
  async onAuthenticate(data: onAuthenticatePayload) {
    const user = await this.users.findById(data.context.userId);
    if (!user) throw new UnauthorizedException();
    if (!user.roles.includes('editor')) throw new UnauthorizedException();
  }
}`,
  ],
  invalid: [
    {
      // A role test in a roles guard: UnauthorizedException becomes ForbiddenException, imported beside it.
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (!user.roles.includes('admin')) throw new UnauthorizedException('admins only');
    return true;
  }
}`,
      errors: [
        {
          messageId: 'forbidden', line: 6, column: 50,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException, ForbiddenException } from '@nestjs/common';
@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (!user.roles.includes('admin')) throw new ForbiddenException('admins only');
    return true;
  }
}` },
          ],
        },
      ],
    },
    {
      // A controller behind UseGuards(AuthGuard): ownership.
      code: `import { Controller, Delete, Param, Req, UseGuards, UnauthorizedException, ForbiddenException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Controller('posts')
@UseGuards(AuthGuard('jwt'))
export class PostsController {
  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req) {
    const post = await this.posts.findOne(id);
    if (!isOwner(req.user, post)) throw new UnauthorizedException();
    return this.posts.remove(id);
  }
}`,
      errors: [
        {
          messageId: 'forbidden', line: 9, column: 45,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { Controller, Delete, Param, Req, UseGuards, UnauthorizedException, ForbiddenException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Controller('posts')
@UseGuards(AuthGuard('jwt'))
export class PostsController {
  @Delete(':id')
  async remove(@Param('id') id: string, @Req() req) {
    const post = await this.posts.findOne(id);
    if (!isOwner(req.user, post)) throw new ForbiddenException();
    return this.posts.remove(id);
  }
}` },
          ],
        },
      ],
    },
    {
      // A method behind @UseGuards(JwtAuthGuard): a permission helper.
      code: `import { Controller, Post, UseGuards, UnauthorizedException } from '@nestjs/common';
@Controller('billing')
export class BillingController {
  @Post()
  @UseGuards(JwtAuthGuard)
  charge(@CurrentUser() user) {
    if (!hasPermission(user, 'billing')) throw new UnauthorizedException('no billing access');
    return this.billing.charge(user);
  }
}`,
      errors: [
        {
          messageId: 'forbidden', line: 7, column: 52,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { Controller, Post, UseGuards, UnauthorizedException, ForbiddenException } from '@nestjs/common';
@Controller('billing')
export class BillingController {
  @Post()
  @UseGuards(JwtAuthGuard)
  charge(@CurrentUser() user) {
    if (!hasPermission(user, 'billing')) throw new ForbiddenException('no billing access');
    return this.billing.charge(user);
  }
}` },
          ],
        },
      ],
    },
    {
      // A mixed guard in a Nest guard.
      code: `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    if (!request.user || !request.user.isAdmin) throw new UnauthorizedException();
    return true;
  }
}`,
      errors: [
        {
          messageId: 'mixedGuard', line: 5, column: 59,
          suggestions: [
            { messageId: 'suggestSplitGuard', output: `import { CanActivate, ExecutionContext, UnauthorizedException, ForbiddenException } from '@nestjs/common';
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    if (!request.user) throw new UnauthorizedException();
    if (!request.user.isAdmin) throw new ForbiddenException();
    return true;
  }
}` },
          ],
        },
      ],
    },
    {
      // HttpException with HttpStatus.UNAUTHORIZED.
      code: `import { HttpException, HttpStatus } from '@nestjs/common';
export class TeamService {
  assertMember(user, team) {
    if (!user) throw new HttpException('login', HttpStatus.UNAUTHORIZED);
    if (team.ownerId !== user.id) throw new HttpException('not your team', HttpStatus.UNAUTHORIZED);
  }
}`,
      errors: [
        {
          messageId: 'forbidden', line: 5, column: 76,
          suggestions: [
            { messageId: 'suggestUse403', output: `import { HttpException, HttpStatus } from '@nestjs/common';
export class TeamService {
  assertMember(user, team) {
    if (!user) throw new HttpException('login', HttpStatus.UNAUTHORIZED);
    if (team.ownerId !== user.id) throw new HttpException('not your team', HttpStatus.FORBIDDEN);
  }
}` },
          ],
        },
      ],
    },
  ],
});
