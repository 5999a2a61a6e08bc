import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { NameResolver } from '../ast/name-resolver.js';
import { originOf } from './value-origin.js';
import { createVocabulary } from './vocabulary.js';

/** The origin of `x` as the last statement `x;` of `code` reads it. */
function originOfX(code: string): string {
  const text = `${code}\nx;`;
  const program = parse(text, { range: true, loc: true });
  const index = indexProgram(program);
  const statement = program.body.at(-1) as TSESTree.ExpressionStatement;
  return originOf(statement.expression as TSESTree.Identifier, { index, vocabulary: createVocabulary(), text, names: new NameResolver(index) });
}

const CASES: readonly (readonly [declaration: string, origin: string])[] = [
  ['const x = await jwt.verify(token, key);', 'credentials'],
  ['const x = await getServerSession(authOptions);', 'credentials'],
  ['const x = await User.findById(decoded.sub);', 'keyed-by-credentials'],
  ['const x = await getIronSession(req, res, options);', 'keyed-by-credentials'],
  ['const x = await User.findById(req.params.id);', 'record'],
  ['const x = await finder.findCredentialForUser(id, req.user, ["credential:read"]);', 'record'],
  ['const x = workflowCredentials.find((c) => c.id === id);', 'record'],
  ['const x = actorUserId(ctx.actor);', 'other-principal'],
  ['const x = req.query.resetToken;', 'capability'],
  ['const x = verifySignedToken(c.req.query("token"), secret);', 'capability'],
  ['const x = req.headers["x-csrf-token"];', 'csrf'],
  ['const x = req.body.identity;', 'record'],
  ['const x = authHeader.replace("Bearer ", "");', 'computed'],
  ['const x = req.headers.authorization;', 'unsure'],
  ['let x;', 'unsure'],
];

describe('originOf', () => {
  it.each(CASES)('%s -> %s', (declaration, origin) => {
    expect(originOfX(declaration)).toBe(origin);
  });

  it('reads a name with no declaration (a parameter) as unsure', () => {
    expect(originOfX('function f(x) {}')).toBe('unsure');
  });
});
