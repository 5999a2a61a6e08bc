import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-www-authenticate (nest)', rule, {
  valid: [
    // @Header() is applied before the handler runs, so an exception thrown by the handler keeps it.
    `import { Controller, Get, Header, Req, UnauthorizedException } from '@nestjs/common';
@Controller('me')
export class MeController {
  @Get()
  @Header('WWW-Authenticate', 'Bearer realm="api"')
  me(@Req() req) {
    if (!req.user) throw new UnauthorizedException();
    return req.user;
  }
}`,
    // Set on the response before throwing: Nest's exception filter replies on the same response.
    `import { Controller, Get, Req, Res, UnauthorizedException } from '@nestjs/common';
@Controller('me')
export class MeController {
  @Get()
  me(@Req() req, @Res({ passthrough: true }) res) {
    if (!req.user) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException();
    }
    return req.user;
  }
}`,
    `import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class BasicGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const response = context.switchToHttp().getResponse();
    if (!request.headers.authorization) {
      response.header('WWW-Authenticate', 'Basic realm="admin"');
      throw new UnauthorizedException();
    }
    return true;
  }
}`,
    // An exception filter in the same file writes the challenge for these 401s.
    `import { ArgumentsHost, Catch, ExceptionFilter, UnauthorizedException } from '@nestjs/common';
@Catch(UnauthorizedException)
export class ChallengeFilter implements ExceptionFilter {
  catch(exception: UnauthorizedException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    response.set('WWW-Authenticate', 'Bearer').status(exception.getStatus()).json(exception.getResponse());
  }
}
export function assertUser(user) {
  if (!user) throw new UnauthorizedException();
}`,
    // @Res() responses with the header, Express and Fastify style.
    `import { Controller, Get, Res } from '@nestjs/common';
@Controller('x')
export class XController {
  @Get() a(@Res() res) { return res.status(401).set('WWW-Authenticate', 'Bearer').json({}); }
  @Get() b(@Res() res) { return res.code(401).header('WWW-Authenticate', 'Bearer').send(); }
}`,
    // A guard's false is a 403, and 403s need no challenge.
    `import { CanActivate, ExecutionContext, ForbiddenException } from '@nestjs/common';
export class G implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { user } = context.switchToHttp().getRequest();
    if (user.role !== 'admin') throw new ForbiddenException();
    return !!user;
  }
}`,
    {
      code: `import { UnauthorizedException } from '@nestjs/common';
export function assertUser(user) { if (!user) throw new UnauthorizedException(); }`,
      options: [{ errorHandlerAddsChallenge: true }],
    },
    // Outside Nest, an error class of the project's own may add the header itself.
    `class UnauthorizedException extends Error {}
export function assertUser(user) { if (!user) throw new UnauthorizedException(); }`,
    // Unit tests build exceptions to compare with.
    `import { UnauthorizedException } from '@nestjs/common';
it('rejects a missing token', async () => {
  await expect(guard.canActivate(context)).rejects.toThrow(new UnauthorizedException());
});`,
    // e2e test assertions.
    `import { Test } from '@nestjs/testing';
it('401s', () => request(app.getHttpServer()).get('/me').expect(401).expect('WWW-Authenticate', 'Bearer'));`,
    // HttpStatus read, not sent.
    `import { HttpStatus } from '@nestjs/common';
if (err.getStatus() === HttpStatus.UNAUTHORIZED) refresh();`,
  ],
  invalid: [
    {
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class AuthGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = this.extractTokenFromHeader(request);
    if (!token) {
      throw new UnauthorizedException();
    }
    try {
      request['user'] = await this.jwtService.verifyAsync(token);
    } catch {
      throw new UnauthorizedException();
    }
    return true;
  }
}`,
      errors: [
        { messageId: 'nestException', line: 8, column: 17, suggestions: [] },
        { messageId: 'nestException', line: 13, column: 17, suggestions: [] },
      ],
    },
    {
      // @nestjs/passport's AuthGuard subclass: the usual handleRequest override.
      code: `import { Injectable, UnauthorizedException } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  handleRequest(err, user) {
    if (err || !user) throw err || new UnauthorizedException('Invalid token');
    return user;
  }
}`,
      errors: [{ messageId: 'nestException', line: 6, column: 40, suggestions: [] }],
    },
    {
      code: `import { HttpException, HttpStatus } from '@nestjs/common';
export function requireKey(key) {
  if (!key) throw new HttpException('Unauthorized', HttpStatus.UNAUTHORIZED);
}`,
      errors: [{ messageId: 'nestException', line: 3, column: 53, suggestions: [] }],
    },
    {
      // @Res() with the Express adapter: the header goes on the chain.
      code: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.user) return res.status(401).json({ message: 'login first' });
    res.json([]);
  }
}`,
      errors: [{
        messageId: 'missingChallenge', line: 6, column: 38,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() res) {
    if (!req.user) return res.header('WWW-Authenticate', 'Bearer').status(401).json({ message: 'login first' });
    res.json([]);
  }
}`,
        }],
      }],
    },
    {
      // @Res() with the Fastify adapter: reply.header() chains.
      code: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() reply) {
    if (!req.user) return reply.code(401).send({ message: 'login first' });
    return reply.send([]);
  }
}`,
      errors: [{
        messageId: 'missingChallenge', line: 6, column: 38,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { Controller, Get, Req, Res } from '@nestjs/common';
@Controller('files')
export class FilesController {
  @Get()
  list(@Req() req, @Res() reply) {
    if (!req.user) return reply.header('WWW-Authenticate', 'Bearer').code(401).send({ message: 'login first' });
    return reply.send([]);
  }
}`,
        }],
      }],
    },
    {
      // An exception filter that rewrites 401s without the header.
      code: `import { ArgumentsHost, Catch, ExceptionFilter, UnauthorizedException } from '@nestjs/common';
@Catch(UnauthorizedException)
export class AuthFilter implements ExceptionFilter {
  catch(exception: UnauthorizedException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    response.status(401).json({ statusCode: 401, message: 'Session expired' });
  }
}`,
      errors: [{
        messageId: 'missingChallenge', line: 6, column: 21,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `import { ArgumentsHost, Catch, ExceptionFilter, UnauthorizedException } from '@nestjs/common';
@Catch(UnauthorizedException)
export class AuthFilter implements ExceptionFilter {
  catch(exception: UnauthorizedException, host: ArgumentsHost) {
    const response = host.switchToHttp().getResponse();
    response.header('WWW-Authenticate', 'Bearer').status(401).json({ statusCode: 401, message: 'Session expired' });
  }
}`,
        }],
      }],
    },
  ],
});
