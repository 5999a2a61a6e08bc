import * as espree from 'espree';
import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * The wrong-report shapes of issue 10, seen on production servers, in own examples: the rule
 * decides from what a value is and where it came from, not from its name alone.
 */
createRuleTester().run('no-403-for-unauthenticated (issue 10 shapes)', rule, {
  valid: [
    // 1. An authenticated principal that is not a user: the caller did authenticate.
    `app.post('/sso', async (c) => {
      const userId = actorUserId(c.get('ctx').actor);
      if (userId == null) throw new HTTPException(403, { message: 'only members can manage SSO' });
    });`,
    `class CommentsService {
      async createOne(data) {
        if (!this.accountability?.user) throw new ForbiddenError();
      }
    }`,
    `app.use((req, res, next) => {
      if (!req.accountability.user) return res.status(403).json({ error: 'users only' });
      next();
    });`,
    `import { ForbiddenException } from '@nestjs/common';
    export class KeysController {
      rotate(request) {
        const actor = request.actor;
        if (!actor.userId) throw new ForbiddenException('service accounts cannot rotate keys');
      }
    }`,
    // 2. Expiry words on a business object: only credentials expire in the 401 sense.
    `app.post('/invites/:id/accept', async (req, res) => {
      const invite = await Invite.findById(req.params.id);
      if (invite.isExpired) return res.status(403).json({ error: 'invite expired' });
    });`,
    `app.get('/trial', (c) => {
      if (isExpired(trial)) return c.json({ error: 'trial over' }, 403);
    });`,
    `router.get('/export', async (ctx) => {
      if (ctx.state.subscription.expired) ctx.throw(403, 'subscription expired');
    });`,
    `export async function POST({ request }) {
      if (envelope.exp < Date.now() / 1000) return json(err, { status: 403 });
    }`,
    `import { ForbiddenException } from '@nestjs/common';
    export class WatchService {
      renew(watch) {
        const expired = watch.expiresAt < new Date();
        if (expired) throw new ForbiddenException('watch expired');
      }
    }`,
    // 3. An identity word inside the argument of a permission call: the call is the permission check.
    `app.use((req, res, next) => {
      if (!isAuthorized(ability, route.authorization.action, resource)) return res.sendStatus(403);
      next();
    });`,
    `router.use(async (ctx, next) => {
      if (!isAuthorized(ctx.state.user.roles, route.authorization)) ctx.throw(403);
      await next();
    });`,
    `app.use((req, res, next) => {
      if (!can(ability, route.authorization.action, resource)) return res.sendStatus(403);
      next();
    });`,
    // 4. A name that holds a looked-up record, not the requester.
    `app.post('/transfer', async (req, res) => {
      const target = await users.findOne({ email: req.body.email });
      if (!target) return res.status(403).json({ error: 'no such member' });
    });`,
    `app.post('/share', async ({ body }, res) => {
      const user = await users.findOne({ email: body.email });
      if (!user) return res.status(403).end();
    });`,
    `class CredentialsController {
      async share(req) {
        const credential = await this.finder.findCredentialForUser(req.params.id, req.user, ['credential:read']);
        if (!credential) throw new ForbiddenError();
      }
    }`,
    `import { ForbiddenException } from '@nestjs/common';
    export class ChatService {
      pick(workflowCredentials, credentialId) {
        const credential = workflowCredentials.find((c) => c.id === credentialId);
        if (!credential) throw new ForbiddenException('no access to these credentials');
      }
    }`,
    `app.post('/account/delete', async (req, res) => {
      if (!(await bcrypt.compare(req.body.password, req.user.passwordHash))) return res.status(403).json({ error: 'wrong password' });
    });`,
    `server.route({ method: 'DELETE', path: '/tokens', async handler(request) {
      const tokenData = await tokens.get(request.payload.token);
      if (tokenData.description !== TEMP_TOKEN_DESCRIPTION) throw Boom.forbidden('not one of ours');
    } });`,
    `class Account {
      async request() {
        const tokenData = await this.getActiveAccessTokenData();
        if (!tokenData?.accessToken) throw Boom.forbidden('no provider token');
      }
    }`,
    // 5. Nest guards for WebSockets, microservices and GraphQL: their false sends no HTTP 403.
    `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
    @Injectable()
    export class WsAuthGuard implements CanActivate {
      canActivate(context: ExecutionContext) {
        const client = context.switchToWs().getClient();
        return !!client.user;
      }
    }`,
    `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
    @Injectable()
    export class RpcAuthGuard implements CanActivate {
      canActivate(context: ExecutionContext) {
        const data = context.switchToRpc().getData();
        if (!data.token) return false;
        return true;
      }
    }`,
    `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
    import { GqlExecutionContext } from '@nestjs/graphql';
    @Injectable()
    export class GqlAuthGuard implements CanActivate {
      canActivate(context: ExecutionContext) {
        const { req } = GqlExecutionContext.create(context).getContext();
        return !!req.user;
      }
    }`,
    // 6. A compute-if-missing branch is no deny guard.
    `export async function POST(request) {
      let bearer = request.headers.get('authorization');
      if (!bearer) {
        const ws = await findWorkspace(id);
        if (!ws) return Response.json(err, { status: 403 });
        bearer = await mint(ws);
      }
      return forward(bearer);
    }`,
    `app.use(async (req, res, next) => {
      if (!req.session.token) {
        const key = await lookupKey(req.params.tenant);
        if (!key) return res.sendStatus(403);
        req.session.token = await issue(key);
      }
      next();
    });`,
    // 7. A CSRF token in a variable named token: refused with 403 by design.
    `import { ForbiddenException } from '@nestjs/common';
    export class CsrfGuard {
      check(req) {
        const token = req.headers['x-csrf-token'];
        if (!token) throw new ForbiddenException('CSRF token required');
      }
    }`,
    `app.post('/form', (req, res) => {
      const token = req.cookies['XSRF-TOKEN'];
      if (!token) return res.sendStatus(403);
    });`,
    `app.post('/form', (c) => {
      const token = c.req.header('x-xsrf-token');
      if (!token) return c.text('missing anti-forgery token', 403);
    });`,
    // Capability tokens that are not the request's credentials.
    `app.post('/reset', (req, res) => {
      const token = req.query.resetToken;
      if (!token) return res.status(403).json({ error: 'bad reset link' });
    });`,
    `app.get('/verify', async (req, res) => {
      const payload = await verifyEmailToken(req.query.t);
      if (!payload) return res.sendStatus(403);
    });`,
    `app.get('/unsubscribe/:token', (c) => {
      if (!verifyUnsubscribeToken(c.req.param('token'))) return c.text('bad link', 403);
    });`,
    `export const actions = { default: async ({ request }) => {
      const body = Object.fromEntries(await request.formData());
      if (invite.token !== body.token) throw error(403, 'bad invite');
    } };`,
    `server.route({ method: 'GET', path: '/redirect', async handler(request) {
      if (!(await verifyServiceSignature(request.query.data, request.query.sig))) throw Boom.forbidden('bad signature');
    } });`,
    `app.get('/assets/:id', (c) => {
      const tokenPayload = verifySignedToken(c.req.query('token'), secret);
      if (!tokenPayload) return c.json({ error: 'Invalid or expired token' }, { status: 403 });
    });`,
    `export default function handler(req, res) {
      if (req.query.secret !== process.env.PREVIEW_SECRET) return res.status(403).json({ message: 'Invalid token' });
    }`,
    // GraphQL error codes are no HTTP status: Apollo's ForbiddenError answers 200.
    `import { ForbiddenError } from 'apollo-server-express';
    const resolvers = { Query: { me: (_, __, context) => {
      if (!context.user) throw new ForbiddenError('log in first');
      return context.user;
    } } };`,
    `import { ForbiddenError } from 'apollo-server-errors';
    export function requireUser(ctx) { if (!ctx.user) throw new ForbiddenError('no user'); }`,
    // A Response built but never returned or sent.
    `export async function GET() {
      const session = await auth();
      if (!session) { NextResponse.json({ error: 'Forbidden' }, { status: 403 }); }
      return NextResponse.json(data);
    }`,
    `export async function GET() {
      const session = await auth();
      if (!session) new Response('no', { status: 403 });
      return new Response('ok');
    }`,
    `app.get('/me', (c) => {
      if (!c.get('user')) { c.json({ error: 'Forbidden' }, 403); }
      return c.json(c.get('user'));
    });`,
  ],
  invalid: [
    // Still reported: a missing identity, with the same words nearby.
    {
      // A missing user.
      code: `app.use((req, res, next) => {
  if (!req.user) return res.status(403).end();
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 36,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).end();
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (!req.user) return res.status(401).end();
  next();
});` },
        ],
      }],
    },
    {
      // A user looked up by the id the session names: a stale session.
      code: `async function guard(req, res, next) {
  const user = await User.findOne({ where: { id: userId } });
  if (!user) return res.sendStatus(403);
}`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 36,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `async function guard(req, res, next) {
  const user = await User.findOne({ where: { id: userId } });
  if (!user) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
}` },
          { messageId: 'suggestUse401', output: `async function guard(req, res, next) {
  const user = await User.findOne({ where: { id: userId } });
  if (!user) return res.sendStatus(401);
}` },
        ],
      }],
    },
    {
      // A Response that is returned is sent.
      code: `export async function GET() {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
}`,
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 76,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `export async function GET() {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'Forbidden' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
}` },
          { messageId: 'suggestUse401', output: `export async function GET() {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'Forbidden' }, { status: 401 });
}` },
        ],
      }],
    },
    {
      // An expired session is an expired credential.
      code: `app.use((req, res, next) => {
  if (req.session.expired) return res.sendStatus(403);
  next();
});`,
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 50,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.use((req, res, next) => {
  if (req.session.expired) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
  next();
});` },
          { messageId: 'suggestUse401', output: `app.use((req, res, next) => {
  if (req.session.expired) return res.sendStatus(401);
  next();
});` },
        ],
      }],
    },
    {
      // An HTTP Nest guard in the shape of the WebSocket one.
      code: `import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
@Injectable()
export class HttpAuthGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    return !!request.user;
  }
}`,
      errors: [{
        messageId: 'guardDeniesUnauthenticated', line: 6, column: 12,
        suggestions: [
          { messageId: 'suggestUse401', output: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class HttpAuthGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    if (!request.user) throw new UnauthorizedException();
    return true;
  }
}` },
        ],
      }],
    },
  ],
});

/* Plain JavaScript under ESLint's default parser: declarations are read through ESLint's own scope analysis. */
createRuleTester().run('no-403-for-unauthenticated (issue 10 shapes, espree)', rule, {
  valid: [
    {
      code: `app.get('/users/:id', async (req, res) => {
  const user = await User.findById(req.params.id);
  if (!user) return res.status(403).end();
});`,
      languageOptions: { parser: espree },
    },
    {
      code: `async function share(req) {
  const credential = await finder.findCredentialForUser(req.params.id, req.user, ['credential:read']);
  if (!credential) throw new ForbiddenError();
}`,
      languageOptions: { parser: espree },
    },
  ],
  invalid: [
    {
      code: `function guard(req, res, next) {
  const profile = jwt.verify(req.headers.authorization, key);
  if (!profile) return res.sendStatus(403);
}`,
      languageOptions: { parser: espree },
      errors: [{
        messageId: 'unauthenticated', line: 3, column: 39,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `function guard(req, res, next) {
  const profile = jwt.verify(req.headers.authorization, key);
  if (!profile) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401);
}` },
          { messageId: 'suggestUse401', output: `function guard(req, res, next) {
  const profile = jwt.verify(req.headers.authorization, key);
  if (!profile) return res.sendStatus(401);
}` },
        ],
      }],
    },
  ],
});
