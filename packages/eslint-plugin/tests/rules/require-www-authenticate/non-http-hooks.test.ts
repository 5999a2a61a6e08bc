import * as espree from 'espree';
import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * A 401 thrown where a WebSocket or collaboration server called the code (a Hocuspocus extension, a
 * Nest gateway, hooks handed to such a server) closes a connection: no HTTP response, no challenge.
 */
createRuleTester().run('require-www-authenticate (hooks of non-HTTP servers)', rule, {
  valid: [
    // A Hocuspocus extension class: its onAuthenticate rejects the socket.
    `import { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import { Injectable, UnauthorizedException } from '@nestjs/common';
@Injectable()
export class CollabAuth implements Extension {
  async onAuthenticate({ token }: onAuthenticatePayload) {
    const session = await this.sessions.verify(token).catch(() => null);
    if (!session) throw new UnauthorizedException('bad collaboration token');
    return { user: session.user };
  }
}`,
    // Hooks handed to the server itself.
    `import { Server } from '@hocuspocus/server';
import { UnauthorizedException } from '@nestjs/common';
export const collab = Server.configure({
  async onAuthenticate({ token }) {
    if (!token) throw new UnauthorizedException();
  },
});`,
    `const { Hocuspocus } = require('@hocuspocus/server');
const { UnauthorizedException } = require('@nestjs/common');
const server = new Hocuspocus({
  onAuthenticate: async (data) => {
    if (data.token !== expected) throw new UnauthorizedException();
  },
});`,
    // A Nest WebSocket gateway.
    `import { SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { UnauthorizedException } from '@nestjs/common';
@WebSocketGateway({ namespace: 'events' })
export class EventsGateway {
  @SubscribeMessage('join')
  join(client, payload) {
    if (!client.data.user) throw new UnauthorizedException();
    return payload;
  }
}`,
  ],
  invalid: [
    // The file imports Hocuspocus, but this guard answers HTTP requests.
    {
      code: `import { Extension } from '@hocuspocus/server';
import { CanActivate, ExecutionContext, UnauthorizedException } from '@nestjs/common';
export class ApiGuard implements CanActivate {
  canActivate(context: ExecutionContext) {
    if (!context.switchToHttp().getRequest().user) throw new UnauthorizedException();
    return true;
  }
}
export class CollabAuth implements Extension {}`,
      errors: [{ messageId: 'nestException', line: 5, column: 62, suggestions: [] }],
    },
    // A local class named like a Hocuspocus one is no extension.
    {
      code: `import { Server } from '@hocuspocus/server';
import { UnauthorizedException } from '@nestjs/common';
interface Extension {}
export class Auth implements Extension {
  check(user) { if (!user) throw new UnauthorizedException(); }
}
export const collab = Server.configure({});`,
      errors: [{ messageId: 'nestException', line: 5, column: 38, suggestions: [] }],
    },
    // Plain JavaScript under ESLint's default parser (no `implements`, no decorators on the class nodes).
    {
      code: `const { WebSocketServer } = require('ws');
class Controller extends Base {
  handle(req, res) { if (!req.user) return res.status(401).end(); }
}
const wss = new WebSocketServer({ noServer: true });`,
      languageOptions: { parser: espree },
      errors: [{
        messageId: 'missingChallenge', line: 3, column: 55,
        suggestions: [{ messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' }, output: `const { WebSocketServer } = require('ws');
class Controller extends Base {
  handle(req, res) { if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).end(); }
}
const wss = new WebSocketServer({ noServer: true });` }],
      }],
    },
    // An Express route in a file that also starts a ws server.
    {
      code: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ noServer: true });
app.get('/me', (req, res) => {
  if (!req.user) return res.status(401).json({ error: 'login' });
  res.json(req.user);
});`,
      errors: [{
        messageId: 'missingChallenge', line: 4, column: 36,
        suggestions: [{ messageId: 'suggestAddChallenge', data: { challenge: 'Bearer' }, output: `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ noServer: true });
app.get('/me', (req, res) => {
  if (!req.user) return res.set('WWW-Authenticate', 'Bearer').status(401).json({ error: 'login' });
  res.json(req.user);
});` }],
      }],
    },
  ],
});
