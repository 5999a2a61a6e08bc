import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { NameResolver, type ScopeAnalysis } from '../ast/name-resolver.js';
import { classifyCondition } from './classify-condition.js';
import { createVocabulary } from './vocabulary.js';

/** Classifies the test of the last `if` in `code`, as the condition under which its branch denies. */
function verdictOf(code: string, vocabulary = createVocabulary()): string {
  const program = parse(code, { range: true, loc: true });
  const index = indexProgram(program);
  const ifs: TSESTree.IfStatement[] = [];
  const visit = (n: TSESTree.Node) => {
    if (n.type === 'IfStatement') ifs.push(n);
    for (const [key, value] of Object.entries(n)) {
      if (key === 'parent') continue; // set by indexProgram: following it would loop
      if (Array.isArray(value)) value.forEach((v) => v && typeof v.type === 'string' && visit(v));
      else if (value && typeof value === 'object' && typeof (value as TSESTree.Node).type === 'string' && value !== n) visit(value as TSESTree.Node);
    }
  };
  program.body.forEach(visit);
  return classifyCondition(ifs[ifs.length - 1]!.test, true, { index, vocabulary, text: code, names: new NameResolver(index) });
}

const CASES: readonly (readonly [condition: string, verdict: string])[] = [
  // Presence of an identity or credential.
  ['!req.user', 'unauthenticated'],
  ['!request.user', 'unauthenticated'],
  ['req.user == null', 'unauthenticated'],
  ['req.user === undefined', 'unauthenticated'],
  ['typeof req.user === "undefined"', 'unauthenticated'],
  ['!req.session?.userId', 'unauthenticated'],
  ['!session?.user?.id', 'unauthenticated'],
  ['!ctx.state.user', 'unauthenticated'],
  ['!token', 'unauthenticated'],
  ['!accessToken', 'unauthenticated'],
  ['!req.headers.authorization', 'unauthenticated'],
  ['!req.headers["x-api-key"]', 'unauthenticated'],
  ['!req.auth', 'unauthenticated'],
  ['!c.get("jwtPayload")', 'unauthenticated'],
  ['!req.get("Authorization")', 'unauthenticated'],
  ['!(await getServerSession(authOptions))', 'unauthenticated'],
  ['!req.isAuthenticated()', 'unauthenticated'],
  ['req.isUnauthenticated()', 'unauthenticated'],
  ['!isLoggedIn', 'unauthenticated'],
  ['!token && !apiKey', 'unauthenticated'],
  ['!authHeader.startsWith("Bearer ")', 'unauthenticated'],
  ['scheme.toLowerCase() !== "bearer"', 'unauthenticated'],
  ['apiKey !== process.env.API_KEY', 'unauthenticated'],
  ['decoded.exp < Date.now() / 1000', 'unauthenticated'],
  ['err.name === "TokenExpiredError"', 'unauthenticated'],
  ['isTokenExpired(token)', 'unauthenticated'],
  ['!isAuthorized(token)', 'unauthenticated'],
  ['!(await bcrypt.compare(password, user.passwordHash))', 'unauthenticated'],
  ['!req.user && req.path.startsWith("/api")', 'unauthenticated'],
  ['!session.has("userId")', 'unauthenticated'],
  ['!cache.has("userId")', 'unknown'],
  // Permissions, ownership, account state, CSRF.
  ['req.user.role !== "admin"', 'forbidden'],
  ['!req.user.isAdmin', 'forbidden'],
  ['!user.roles.includes("editor")', 'forbidden'],
  ['!allowedRoles.includes(req.user.role)', 'forbidden'],
  ['!hasPermission(user, "posts:write")', 'forbidden'],
  ['!ability.can("update", post)', 'forbidden'],
  ['post.authorId !== req.user.id', 'forbidden'],
  ['post.userId !== req.user.id', 'forbidden'],
  ['!user.emailVerified', 'forbidden'],
  ['user.banned', 'forbidden'],
  ['user.status !== "active"', 'forbidden'],
  ['req.body._csrf !== req.session.csrfToken', 'forbidden'],
  ['req.user && req.user.role !== "admin"', 'forbidden'],
  ['!req.user.canExport', 'forbidden'],
  ['!user.can_publish', 'forbidden'],
  // Both at once.
  ['!req.user || req.user.role !== "admin"', 'mixed'],
  ['!user || !user.isAdmin', 'mixed'],
  ['!(req.user && req.user.isAdmin)', 'mixed'],
  // Nothing to go on.
  ['!authorized', 'unknown'],
  ['!valid', 'unknown'],
  ['!access', 'unknown'],
  ['blockedIps.has(req.ip)', 'unknown'],
  ['parts.length !== 2', 'unknown'],
  ['!req.user || isMaintenance', 'unknown'],
  ['x > 3', 'unknown'],
  // An unknown member of an identity says nothing about authentication.
  ['!req.user.someFlag', 'unknown'],
  ['!cancelled', 'unknown'],
  ['req.user', 'neutral'],
];

describe('classifyCondition', () => {
  it.each(CASES)('%s -> %s', (condition, verdict) => {
    expect(verdictOf(`if (${condition}) {}`)).toBe(verdict);
  });

  it('treats a missing resource looked up by route parameter as unknown, not as a missing identity', () => {
    expect(verdictOf('const user = await User.findById(req.params.id);\nif (!user) {}')).toBe('unknown');
  });

  it('treats a user looked up from the token as an identity (a stale session)', () => {
    expect(verdictOf('const user = await User.findById(decoded.sub);\nif (!user) {}')).toBe('unauthenticated');
  });

  it('treats a value bound to a verification result as an identity', () => {
    expect(verdictOf('const profile = await jwt.verify(bearer);\nif (!profile) {}')).toBe('unauthenticated');
    expect(verdictOf('const session = await getServerSession(authOptions);\nif (!session) {}')).toBe('unauthenticated');
  });

  it('reads only the declaration a name resolves to, not a same-named one in another function (was a bug)', () => {
    // `declarationOf` used to take the latest earlier declarator of the name anywhere in the file.
    expect(verdictOf('function login(t) { const profile = jwt.verify(t, key); }\nfunction show(profile) { if (!profile) {} }')).toBe('unknown');
    expect(verdictOf('function load(req) { const user = await User.findById(req.params.id); }\nfunction guard(user) { if (!user) {} }')).toBe('unauthenticated');
    expect(verdictOf('const user = await User.findById(req.params.id);\nfunction guard(user) { if (!user) {} }')).toBe('unauthenticated');
  });

  it('runs the scope analysis only for a name that some declarator declares', () => {
    const count = (code: string): number => {
      let reads = 0;
      const program = parse(code, { range: true, loc: true });
      const index = indexProgram(program);
      const counted = new Proxy({} as ScopeAnalysis, { get: (_, key) => { reads++; return key === 'scopes' ? [] : () => null; } });
      const test = (program.body.at(-1) as TSESTree.IfStatement).test;
      classifyCondition(test, true, { index, vocabulary: createVocabulary(), text: code, names: new NameResolver(index, counted) });
      return reads;
    };
    expect(count('if (!user) {}')).toBe(0);
    expect(count('const user = read();\nif (!user) {}')).toBeGreaterThan(0);
  });

  it('reads the err of a verify callback as invalid credentials, and another callback\'s err as unknown', () => {
    expect(verdictOf('jwt.verify(token, key, (err, user) => { if (err) {} });')).toBe('unauthenticated');
    expect(verdictOf('fs.readFile(path, (err, data) => { if (err) {} });')).toBe('unknown');
  });

  it('reads a catch parameter as invalid credentials only around token verification', () => {
    expect(verdictOf('try { jwt.verify(t, k) } catch (e) { if (e) {} }')).toBe('unauthenticated');
    expect(verdictOf('try { await db.save(x) } catch (e) { if (e) {} }')).toBe('unknown');
  });

  it('takes extra vocabulary from options', () => {
    expect(verdictOf('if (!req.account) {}')).toBe('unknown');
    expect(verdictOf('if (!req.account) {}', createVocabulary({ identityNames: ['account'] }))).toBe('unauthenticated');
    expect(verdictOf('if (!hasLicense) {}', createVocabulary({ permissionNames: ['has_license'] }))).toBe('forbidden');
  });
});
