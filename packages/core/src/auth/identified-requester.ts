import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, enclosingFunction, isFunctionNode, nodesWithin } from '../ast/ast-index.js';
import { calleeName, chainRoot, memberPath, unwrap } from '../ast/node-shapes.js';
import { classifyCondition, type ClassifyContext } from './classify-condition.js';
import { branchConditionsOf, denyVerdict, type BranchCondition } from './deny-guard.js';
import { importSources, type DenyingSite } from './http-denial.js';
import { NON_HTTP_MODULES } from './non-http-hook.js';
import { hangsUnderOther, originOf } from './value-origin.js';
import type { AuthVocabulary } from './vocabulary.js';

/**
 * Why a 401 answers a requester who is known (issue 11, RFC 9110 section 15.5.4):
 * - `forbidden`: the failed test is a role, permission, ownership or account check, and the path
 *   shows the identity present (`guard` is that test);
 * - `mixed`: one 401 answers both a missing identity and a failed permission check;
 * - `insufficient-scope`: a Bearer token lacking a scope (RFC 6750, section 3.1: that is 403).
 */
export type Forbidden401 =
  | { readonly kind: 'forbidden'; readonly guard: BranchCondition | undefined }
  | { readonly kind: 'mixed'; readonly guard: BranchCondition | undefined }
  | { readonly kind: 'insufficient-scope' };

/** The source of a branch that sends the site: the `if` consequent, else the site itself. */
function branchText(site: DenyingSite, guards: readonly BranchCondition[], context: ClassifyContext): string {
  const around = guards[0]?.ifStatement?.consequent ?? site.node;
  return context.text.slice(around.range[0], around.range[1]);
}

/** Is `site` a 401 that should be a 403? Undefined where the identity is missing, invalid, or not known. */
export function forbidden401(site: DenyingSite, context: ClassifyContext): Forbidden401 | undefined {
  if (answersNoHttpRequest(context) || inPassportStrategy(site.node, context)) return undefined;
  // `req.user ? 403 : 401`: the author already tells the two refusals apart by the test; which arm is which is not judged.
  if (site.status?.otherRefusal !== undefined) return undefined;
  const { verdict, guards } = denyVerdict(site, context);
  const text = branchText(site, guards, context);
  // RFC 6750: `invalid_token` stays 401; `insufficient_scope` is a 403.
  if (/\binvalid_token\b/.test(text)) return undefined;
  if (/\binsufficient_scope\b/.test(text)) return { kind: 'insufficient-scope' };
  const guardOf = (wanted: string) => guards.find((g) => classifyCondition(g.test, g.denyWhenTruthy, context) === wanted);
  if (verdict !== 'mixed' && verdict !== 'forbidden') return undefined;
  const guard = guardOf(verdict);
  if (guard && onlyMissingIds(guard, context)) return undefined;
  if (verdict === 'mixed') return { kind: 'mixed', guard };
  return requesterIdentified(site, guards, context) ? { kind: 'forbidden', guard } : undefined;
}

/** A file that imports a non-HTTP module (non-http-hook.ts): its 401s may close a socket, not answer a request. */
function answersNoHttpRequest(context: ClassifyContext): boolean {
  return importSources(context.index).some((source) => NON_HTTP_MODULES.includes(source));
}

/**
 * A Passport strategy's `validate` decides whether the request is authenticated at all (Nest's
 * `class JwtStrategy extends PassportStrategy(Strategy)`): its rejections are 401 by design.
 */
function inPassportStrategy(node: TSESTree.Node, context: ClassifyContext): boolean {
  return [...ancestors(context.index, node)].some((a) => (a.type === 'ClassDeclaration' || a.type === 'ClassExpression')
    && a.superClass?.type === 'CallExpression' && calleeName(a.superClass) === 'PassportStrategy');
}

/**
 * Are the permission parts of the guard only tests that an id is there (`!session.teamId`,
 * `ownerId === null`)? Compared, such ids are ownership; missing, they say the context (a token's
 * owner, the session's team) is incomplete, not that a known requester was refused.
 */
function onlyMissingIds(guard: BranchCondition, context: ClassifyContext): boolean {
  const parts: TSESTree.Node[] = [];
  const collect = (node: TSESTree.Node): void => {
    const n = unwrap(node);
    if (n.type === 'LogicalExpression' && n.operator !== '??') { collect(n.left); collect(n.right); } else parts.push(n);
  };
  collect(guard.test);
  const forbidden = parts.filter((p) => classifyCondition(p, guard.denyWhenTruthy, context) === 'forbidden');
  return forbidden.length > 0 && forbidden.every(testsIdPresence);
}

function testsIdPresence(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === 'UnaryExpression' && n.operator === '!') return testsIdPresence(n.argument);
  if (n.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(n.operator)) {
    const nullish = (side: TSESTree.Node) => { const u = unwrap(side); return (u.type === 'Literal' && u.value === null) || (u.type === 'Identifier' && u.name === 'undefined'); };
    if (nullish(n.right) && n.left.type !== 'PrivateIdentifier') return testsIdPresence(n.left);
    return nullish(n.left) && testsIdPresence(n.right);
  }
  const path = memberPath(n);
  const last = path?.[path.length - 1];
  return last !== undefined && last.length > 2 && /id$/i.test(last);
}

/** The parts of a guard that all hold when the site runs: the conjuncts of a test, the disjuncts of an `else`. */
function heldParts(test: TSESTree.Node, denyWhenTruthy: boolean): TSESTree.Node[] {
  const n = unwrap(test);
  if (n.type === 'LogicalExpression' && n.operator === (denyWhenTruthy ? '&&' : '||')) {
    return [...heldParts(n.left, denyWhenTruthy), ...heldParts(n.right, denyWhenTruthy)];
  }
  return [test];
}

/**
 * Does the path to the site show the requester identified? Any of: a guard around it that holds
 * only with an identity (`if (req.user) { ... }`), an earlier exit for the missing identity
 * (`if (!user) return res.sendStatus(401)`), a verification earlier in the function, the tested
 * identity read without `?.` (`req.user.role`), or authentication in front of the handler.
 */
function requesterIdentified(site: DenyingSite, guards: readonly BranchCondition[], context: ClassifyContext): boolean {
  const polarity = (g: BranchCondition) => heldParts(g.test, g.denyWhenTruthy).map((p) => ({ part: p, denyWhenTruthy: g.denyWhenTruthy }));
  const parts = guards.flatMap(polarity);
  if (parts.some(({ part, denyWhenTruthy }) => classifyCondition(part, denyWhenTruthy, context) === 'neutral')) return true;
  if (parts.some(({ part }) => dereferencesIdentity(part, context))) return true;
  if (earlierIdentityExit(site.node, context) || verifiedEarlier(site.node, context)) return true;
  return behindAuthentication(site.node, context);
}

/**
 * `req.user.role`, `user.permissions.includes(x)`, `ctx.state.user.id`: the code reads a member of
 * the identity without `?.`, so the identity is there when the test runs. Not for members of
 * objects every request has (`req.session.isAdmin`), nor for records and other principals.
 */
function dereferencesIdentity(test: TSESTree.Node, context: ClassifyContext): boolean {
  const { vocabulary } = context;
  const members: TSESTree.MemberExpression[] = [];
  const collect = (node: TSESTree.Node, optional: boolean): void => {
    switch (node.type) {
      case 'ChainExpression': collect(node.expression, true); return;
      case 'UnaryExpression': collect(node.argument, optional); return;
      case 'AwaitExpression': collect(node.argument, optional); return;
      case 'TSNonNullExpression': case 'TSAsExpression': collect(node.expression, optional); return;
      case 'LogicalExpression': case 'BinaryExpression':
        if (node.left.type !== 'PrivateIdentifier') collect(node.left, optional);
        collect(node.right, optional);
        return;
      case 'CallExpression':
        collect(node.callee, optional);
        for (const a of node.arguments) collect(a, optional);
        return;
      case 'MemberExpression':
        if (!optional && !node.optional) members.push(node);
        collect(node.object, optional);
        return;
      default:
    }
  };
  collect(test, false);
  return members.some((member) => {
    const objectPath = memberPath(member.object);
    const last = objectPath?.[objectPath.length - 1];
    if (!objectPath || !last || vocabulary.has('ambientCredential', last) || vocabulary.has('secret', last)) return false;
    if (!(vocabulary.has('identity', last) || (objectPath.length > 1 && vocabulary.has('requestAuthMember', last)))) return false;
    const head = unwrap(member.object);
    if (head.type === 'MemberExpression') return !hangsUnderOther(head, objectPath, context);
    if (head.type !== 'Identifier') return false;
    // As classify-condition reads a name: its declaration first, then the name itself.
    const origin = originOf(head, context);
    if (origin === 'credentials') return true;
    return (origin === 'computed' || origin === 'unsure' || origin === 'keyed-by-credentials') && vocabulary.has('identity', head.name);
  });
}

/** Does the statement always leave: `return ...`, `throw ...`, or a block that ends in one? */
function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'BlockStatement') return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && alwaysExits(last);
}

/** How an exit answers a missing identity: a 401, an Unauthorized error, a redirect to the login page (not a 400 for a missing field). */
const AUTH_FAILURE_ANSWER = /401|unauthori[sz]ed|unauthenticated|log-?in|sign-?in|redirect/i;

/** `if (!req.user) return res.sendStatus(401);` before the site, in the same function. */
function earlierIdentityExit(node: TSESTree.Node, context: ClassifyContext): boolean {
  let child: TSESTree.Node = node;
  for (let parent = context.index.parentOf(child); parent && !isFunctionNode(parent); child = parent, parent = context.index.parentOf(child)) {
    if (parent.type !== 'BlockStatement' && parent.type !== 'Program') continue;
    const at = parent.body.indexOf(child as TSESTree.Statement);
    for (const statement of parent.body.slice(0, Math.max(at, 0))) {
      if (statement.type !== 'IfStatement' || !alwaysExits(statement.consequent)) continue;
      const answer = context.text.slice(statement.consequent.range[0], statement.consequent.range[1]);
      if (AUTH_FAILURE_ANSWER.test(answer) && classifyCondition(statement.test, true, context) === 'unauthenticated') return true;
    }
  }
  return false;
}

/** A token verified earlier in the same function and not in the `catch` of it: `const payload = jwt.verify(token, key)`. */
function verifiedEarlier(node: TSESTree.Node, context: ClassifyContext): boolean {
  const fn = enclosingFunction(context.index, node);
  if (!fn) return false;
  const { guards, invalidCredentials } = branchConditionsOf(node, context);
  if (invalidCredentials) return false;
  const testedBare = new Set(guards.flatMap((g) => bareNames(g.test)));
  return nodesWithin(context.index.calls, fn).some((call) => {
    if (call.range[1] > node.range[0] || enclosingFunction(context.index, call) !== fn) return false;
    const name = calleeName(call) ?? '';
    if (!context.vocabulary.has('verification', name) || context.vocabulary.has('capabilityToken', name) || inTest(call, context)) return false;
    if (inOtherBranch(call, node, context)) return false;
    // `const verified = await verifyAuthCode(req); if (!verified) ...`: the result is the test, not a verified identity.
    const declared = resultName(call, context);
    return declared === undefined || !testedBare.has(declared);
  });
}

/** Is `call` in a branch of an `if` or `?:` that `site` is not in (the site runs without it)? */
function inOtherBranch(call: TSESTree.Node, site: TSESTree.Node, context: ClassifyContext): boolean {
  let child: TSESTree.Node = call;
  for (const a of ancestors(context.index, call)) {
    if (isFunctionNode(a)) return false;
    const isBranch = (a.type === 'IfStatement' || a.type === 'ConditionalExpression') && child !== a.test;
    if (isBranch && !(site.range[0] >= child.range[0] && site.range[1] <= child.range[1])) return true;
    child = a;
  }
  return false;
}

/** The name a call's result is declared as: `const payload = await jwt.verify(...)`. */
function resultName(call: TSESTree.CallExpression, context: ClassifyContext): string | undefined {
  let parent = context.index.parentOf(call);
  if (parent?.type === 'AwaitExpression') parent = context.index.parentOf(parent);
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined;
}

/** Names a test reads as values of their own, not as the head of a member (`!verified`, not `payload.scopes`). */
function bareNames(test: TSESTree.Node): string[] {
  const n = unwrap(test);
  switch (n.type) {
    case 'Identifier': return [n.name];
    case 'UnaryExpression': return bareNames(n.argument);
    case 'AwaitExpression': return bareNames(n.argument);
    case 'LogicalExpression': return [...bareNames(n.left), ...bareNames(n.right)];
    case 'BinaryExpression': return n.left.type === 'PrivateIdentifier' ? bareNames(n.right) : [...bareNames(n.left), ...bareNames(n.right)];
    default: return [];
  }
}

/** Is the call part of a condition (`if (!verify(t))`), where its failure is tested rather than thrown? */
function inTest(call: TSESTree.Node, context: ClassifyContext): boolean {
  for (const a of ancestors(context.index, call)) {
    if (a.type === 'IfStatement' || a.type === 'ConditionalExpression' || a.type === 'LogicalExpression' || a.type === 'UnaryExpression') return true;
    if (a.type.endsWith('Statement') || a.type === 'VariableDeclarator') return false;
  }
  return false;
}

/** Does this route argument or mounted middleware authenticate: `passport.authenticate('jwt')`, `requireAuth`, `[fastify.authenticate]`? */
function isAuthMiddleware(node: TSESTree.Node, vocabulary: AuthVocabulary): boolean {
  const n = unwrap(node);
  if (n.type === 'ArrayExpression') return n.elements.some((e) => e !== null && e.type !== 'SpreadElement' && isAuthMiddleware(e, vocabulary));
  if (n.type === 'CallExpression') {
    const name = calleeName(n) ?? '';
    return vocabulary.has('authMiddleware', name) || (name === 'auth' && n.arguments.some((a) => isAuthMiddleware(a, vocabulary)));
  }
  const path = memberPath(n);
  return path !== undefined && vocabulary.has('authMiddleware', path[path.length - 1]!);
}

/** Fastify's route options: `{ preHandler: [fastify.authenticate] }`, `{ onRequest: app.auth([...]) }`. */
const FASTIFY_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing']);

function optionsAuthenticate(node: TSESTree.Node, vocabulary: AuthVocabulary): boolean {
  const n = unwrap(node);
  if (n.type !== 'ObjectExpression') return false;
  return n.properties.some((p) => p.type === 'Property' && p.key.type === 'Identifier' && FASTIFY_HOOKS.has(p.key.name) && isAuthMiddleware(p.value, vocabulary));
}

/**
 * Does the file put authentication in front of the function holding the site? Its route call's
 * earlier arguments (`app.get(path, passport.authenticate('jwt'), handler)`), an auth middleware
 * mounted on the same router before the route (`router.use(requireAuth)`), or a Nest
 * `@UseGuards(AuthGuard('jwt'))` on the method or its class.
 */
function behindAuthentication(node: TSESTree.Node, context: ClassifyContext): boolean {
  const { vocabulary } = context;
  for (const a of ancestors(context.index, node)) {
    if ((a.type === 'MethodDefinition' || a.type === 'ClassDeclaration' || a.type === 'ClassExpression') && guardedByAuth(a.decorators, vocabulary)) return true;
    if (!isFunctionNode(a)) continue;
    const call = context.index.parentOf(a);
    if (call?.type !== 'CallExpression' || !call.arguments.includes(a as TSESTree.CallExpressionArgument)) continue;
    const before = call.arguments.slice(0, call.arguments.indexOf(a as TSESTree.CallExpressionArgument));
    if (before.some((arg) => isAuthMiddleware(arg, vocabulary) || optionsAuthenticate(arg, vocabulary))) return true;
    if (mountedBefore(call, context)) return true;
  }
  return false;
}

function guardedByAuth(decorators: readonly TSESTree.Decorator[] | undefined, vocabulary: AuthVocabulary): boolean {
  return (decorators ?? []).some((d) => {
    const e = unwrap(d.expression);
    return e.type === 'CallExpression' && calleeName(e) === 'UseGuards' && e.arguments.some((g) => isAuthMiddleware(g, vocabulary));
  });
}

/** `router.use(requireAuth)` on the same router, before the route call. */
function mountedBefore(route: TSESTree.CallExpression, context: ClassifyContext): boolean {
  const root = chainRoot(route.callee);
  if (root.type !== 'Identifier') return false;
  return context.index.calls.some((call) => {
    if (call.range[1] > route.range[0] || calleeName(call) !== 'use') return false;
    const callRoot = chainRoot(call.callee);
    if (callRoot.type !== 'Identifier' || callRoot.name !== root.name) return false;
    return call.arguments.some((arg) => isAuthMiddleware(arg, context.vocabulary));
  });
}

/**
 * The two halves of a mixed guard as the author wrote them, each shown the way it denies: the
 * disjuncts of a test, or the conjuncts of a value whose falsiness denies (`req.user && req.user.isAdmin`).
 */
export function mixedGuardParts(guard: BranchCondition, context: ClassifyContext, show: (node: TSESTree.Node) => string): { unauthenticated: string; forbidden: string } {
  const splitOn = guard.denyWhenTruthy ? '||' : '&&';
  const parts: TSESTree.Node[] = [];
  const collect = (node: TSESTree.Node): void => {
    const n = unwrap(node);
    if (n.type === 'LogicalExpression' && n.operator === splitOn) { collect(n.left); collect(n.right); } else parts.push(n);
  };
  collect(guard.test);
  const pick = (verdict: string) => parts
    .filter((p) => classifyCondition(p, guard.denyWhenTruthy, context) === verdict)
    .map((p) => (guard.denyWhenTruthy ? '' : 'not ') + show(p)).join(' || ');
  return { unauthenticated: pick('unauthenticated') || 'no identity', forbidden: pick('forbidden') || 'a permission check' };
}
