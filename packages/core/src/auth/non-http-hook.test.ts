import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { NameResolver } from '../ast/name-resolver.js';
import { createSiteContext } from '../sites/site-context.js';
import { inNonHttpHook } from './non-http-hook.js';

/** Whether the (only) `throw` of `code` is in a non-HTTP hook, with the core's own scope analysis (the editor's). */
function throwInHook(code: string): boolean {
  const program = parse(code, { range: true, loc: true });
  const index = indexProgram(program);
  const { imports } = createSiteContext(index, code);
  return inNonHttpHook(index.throws[0]!, { index, names: new NameResolver(index), imports });
}

const CASES: readonly (readonly [code: string, inHook: boolean])[] = [
  ["import { Extension } from '@hocuspocus/server';\nclass A implements Extension { onAuthenticate() { throw e; } }", true],
  ["import type { Extension } from '@hocuspocus/server';\nclass A implements Extension { onAuthenticate() { throw e; } }", true],
  ["import * as hp from '@hocuspocus/server';\nclass A implements hp.Extension { onAuthenticate() { throw e; } }", true],
  ["import { Server } from '@hocuspocus/server';\nServer.configure({ onAuthenticate() { throw e; } });", true],
  ["const { Hocuspocus } = require('@hocuspocus/server');\nnew Hocuspocus({ onAuthenticate: () => { throw e; } });", true],
  ["import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway() class G { m() { throw e; } }", true],
  // Not proven: another class, a local look-alike, a server held in a variable, a module that answers HTTP.
  ["import { Extension } from '@hocuspocus/server';\nclass A implements CanActivate { canActivate() { throw e; } }", false],
  ["import { Server } from '@hocuspocus/server';\ninterface Extension {}\nclass A implements Extension { m() { throw e; } }", false],
  ["import { Server } from 'socket.io';\nconst io = new Server();\nio.on('connection', () => { throw e; });", false],
  ["import { Server } from '@hocuspocus/server';\nServer.configure({});\nfunction f() { throw e; }", false],
  ["import { Extension } from 'express';\nclass A implements Extension { m() { throw e; } }", false],
];

describe('inNonHttpHook', () => {
  it.each(CASES)('%s -> %s', (code, inHook) => {
    expect(throwInHook(code)).toBe(inHook);
  });
});
