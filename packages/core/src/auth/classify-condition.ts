import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode, nodesWithin, type AstIndex } from '../ast/ast-index.js';
import { calleeName, memberPath, staticString, unwrap } from '../ast/node-shapes.js';
import { allOf, anyOf, type PartVerdict } from './auth-verdict.js';
import { authenticatesByApiToken, keyOfPresentIdentity } from './api-token-login.js';
import { declaratorOf, hangsUnderOther, isCredentialKey, mentionsIn, originOf, readsRequestCredential, type ValueOrigin } from './value-origin.js';
import type { AuthVocabulary } from './vocabulary.js';

import type { ClassifyContext } from './classify-context.js';

export type { ClassifyContext };

/**
 * Classifies the condition under which a denial runs. `denyWhenTruthy` is true for the `if` test
 * of a consequent and false for an `else` branch or an asserted value.
 */
export function classifyCondition(node: TSESTree.Node, denyWhenTruthy: boolean, context: ClassifyContext): PartVerdict {
  const caseMatch = caseComparison(node, context.index);
  if (caseMatch) return classifyComparison(caseMatch, denyWhenTruthy, context);
  const n = unwrap(node);
  // `user?.roles.includes(ADMIN)` is falsy when there is no user, too.
  if (!denyWhenTruthy && node.type === 'ChainExpression' && skipsMissingIdentity(node.expression, context)) {
    return anyOf(['unauthenticated', classifyCondition(node.expression, denyWhenTruthy, context)]);
  }
  switch (n.type) {
    case 'UnaryExpression':
      if (n.operator === '!') return classifyCondition(n.argument, !denyWhenTruthy, context);
      return 'unknown';
    case 'LogicalExpression': {
      if (n.operator === '??') return 'unknown';
      const parts = [classifyCondition(n.left, denyWhenTruthy, context), classifyCondition(n.right, denyWhenTruthy, context)];
      // De Morgan: denying when `a || b` is falsy means denying when both are falsy.
      const isDisjunction = (n.operator === '||') === denyWhenTruthy;
      return isDisjunction ? anyOf(parts) : allOf(parts);
    }
    case 'AwaitExpression':
      return classifyCondition(n.argument, denyWhenTruthy, context);
    case 'BinaryExpression':
      return classifyComparison(n, denyWhenTruthy, context);
    case 'CallExpression':
      return classifyCall(n, denyWhenTruthy, context);
    case 'Identifier':
    case 'MemberExpression':
      return classifyValue(n, denyWhenTruthy, context);
    default:
      return 'unknown';
  }
}

/** Does an optional link of the chain hang on the identity (`user?.roles`, `req.user?.isAdmin`)? */
function skipsMissingIdentity(expression: TSESTree.Node, context: ClassifyContext): boolean {
  for (let n: TSESTree.Node = expression; ;) {
    if (n.type === 'CallExpression') n = n.callee;
    else if (n.type === 'MemberExpression') {
      if (n.optional && (n.object.type === 'Identifier' || n.object.type === 'MemberExpression')
        && classifyValue(n.object, false, context) === 'unauthenticated') return true;
      n = n.object;
    } else return false;
  }
}

/** Is `path[i]` an identity: an identity word, or a payload member of a request object (`req.auth`)? */
function isIdentityAt(path: readonly string[], i: number, vocabulary: AuthVocabulary): boolean {
  const segment = path[i]!;
  if (vocabulary.has('identity', segment)) return true;
  const before = path[i - 1];
  if (before === undefined) return false;
  if (vocabulary.has('credentialCarrier', before)) return isCredentialKey(segment, vocabulary);
  return vocabulary.has('requestAuthMember', segment) && vocabulary.has('requestObject', before);
}


/** Does the path mention an identity anywhere: `req.user.id`, `session?.user?.email`, `req.headers.authorization`? */
function pathHasIdentity(path: readonly string[], vocabulary: AuthVocabulary): boolean {
  return path.some((_, i) => isIdentityAt(path, i, vocabulary));
}

function pathHasPermission(path: readonly string[], vocabulary: AuthVocabulary): boolean {
  return path.some((segment, i) => i > 0 || path.length === 1 ? vocabulary.has('permission', segment) : false);
}

/** Does the path end at an identity: `req.user`, `req.session.userId`, `session?.user?.id`, `req.headers.authorization`? */
function endsAtIdentity(path: readonly string[], vocabulary: AuthVocabulary): boolean {
  if (isIdentityAt(path, path.length - 1, vocabulary)) return true;
  return vocabulary.has('identityKey', path[path.length - 1]!) && path.length > 1 && endsAtIdentity(path.slice(0, -1), vocabulary);
}

/**
 * Does a name hold the requester's identity or credentials? Its declaration decides first
 * (`const profile = await jwt.verify(token)` is one; `const user = await User.findById(req.params.id)`,
 * `findCredentialForUser(id, req.user)` and `actorUserId(ctx.actor)` are not), then its name.
 */
function namesIdentity(identifier: TSESTree.Identifier, context: ClassifyContext): boolean {
  const origin = originOf(identifier, context);
  // `const refresh = req.cookies.refreshToken`: the request's credential, whatever the name.
  if (origin === 'credentials' || readsRequestCredential(identifier, context)) return true;
  if (origin !== 'computed' && origin !== 'unsure' && origin !== 'keyed-by-credentials') return false;
  return context.vocabulary.has('identity', identifier.name);
}

/** An expiry said of a business object (`invite.expired`, `isExpired(trial)`): only credentials expire in the 401 sense. */
function isBusinessExpiry(path: readonly string[], vocabulary: AuthVocabulary): boolean {
  return path.slice(0, -1).some((s) => vocabulary.has('businessObject', s));
}

const NOT_THE_REQUESTER: ReadonlySet<ValueOrigin> = new Set(['record', 'other-principal', 'capability']);

/** A value tested for truthiness: `req.user`, `token`, `user.isAdmin`, `isLoggedIn`. */
function classifyValue(node: TSESTree.Identifier | TSESTree.MemberExpression, denyWhenTruthy: boolean, context: ClassifyContext): PartVerdict {
  const path = memberPath(node);
  if (!path) return 'unknown';
  const last = path[path.length - 1]!;
  const { vocabulary } = context;
  if (vocabulary.has('refusalPredicate', last)) return denyWhenTruthy ? 'forbidden' : 'unknown';
  // `!csrfToken`, or a `token` read from `req.headers['x-csrf-token']`: CSRF is refused with 403 by design.
  if (path.some((s) => vocabulary.has('csrf', s)) || (node.type === 'Identifier' && originOf(node, context) === 'csrf')) {
    return denyWhenTruthy ? 'unknown' : 'forbidden';
  }
  if (path.some((s) => vocabulary.has('capabilityToken', s))) return 'unknown';
  // `const token = req.query.resetToken`, `const session = await findSessionForUser(id, user)`: whatever the name says.
  if (node.type === 'Identifier' && NOT_THE_REQUESTER.has(originOf(node, context))) return 'unknown';
  if (vocabulary.has('unauthenticatedPredicate', last)) {
    if (isBusinessExpiry(path, vocabulary)) return 'unknown';
    if (node.type === 'Identifier' && !declaredFromCredentials(node, context)) return 'unknown';
    return denyWhenTruthy ? 'unauthenticated' : 'neutral';
  }
  if (path.length === 1 && isCredentialError(node as TSESTree.Identifier, context)) return denyWhenTruthy ? 'unauthenticated' : 'neutral';
  // `user.isAdmin`, `!req.user.roles`: the last member decides; the identity before it only exists.
  const isPermission = vocabulary.has('capabilityPrefix', last)
    || (vocabulary.has('permission', last) && !(path.length === 1 && vocabulary.has('identity', last)));
  if (isPermission) return denyWhenTruthy ? 'unknown' : 'forbidden';
  if (vocabulary.has('authenticatedPredicate', last)) return denyWhenTruthy ? 'unknown' : 'unauthenticated';
  // `!req.user.id` after an API-token login: the principal is a token, not a user, and did authenticate.
  if (node.type === 'MemberExpression' && keyOfPresentIdentity(node, path, context) && authenticatesByApiToken(context)) return 'unknown';
  const identity = node.type === 'Identifier'
    ? namesIdentity(node, context)
    // `req.user.canExport`-like unknown members of an identity say nothing: only the identity itself counts.
    : endsAtIdentity(path, vocabulary) && !hangsUnderOther(node as TSESTree.MemberExpression, path, context);
  if (identity) return denyWhenTruthy ? 'neutral' : 'unauthenticated';
  return 'unknown';
}

/** Calls in conditions: `req.isAuthenticated()`, `hasRole(user, 'admin')`, `roles.includes(x)`, `verify(token)`. */
function classifyCall(call: TSESTree.CallExpression, denyWhenTruthy: boolean, context: ClassifyContext): PartVerdict {
  const name = calleeName(call);
  if (!name) return 'unknown';
  const { vocabulary } = context;
  if (vocabulary.has('refusalPredicate', name)) return denyWhenTruthy ? 'forbidden' : 'unknown';
  // `verifyServiceSignature(data, sig)`, `isResetTokenValid(t)`: a capability, not the request's credentials.
  if (mentionsIn(call, 'capabilityToken', context) && !vocabulary.has('permission', name)) return 'unknown';
  if (vocabulary.has('unauthenticatedPredicate', name)) {
    if (mentionsIn(call, 'businessObject', context)) return 'unknown';
    return denyWhenTruthy ? 'unauthenticated' : 'neutral';
  }
  if (vocabulary.has('permission', name)) return denyWhenTruthy ? 'unknown' : 'forbidden';
  // `allowedRoles.includes(user.role)`, `user.permissions.some(...)`: membership in a permission list.
  if (vocabulary.has('membershipMethod', name)) {
    const object = unwrap(call.callee).type === 'MemberExpression' ? (unwrap(call.callee) as TSESTree.MemberExpression).object : undefined;
    const path = object && memberPath(object);
    const argPaths = call.arguments.map((a) => memberPath(a) ?? []);
    if ((path && pathHasPermission(path, vocabulary)) || argPaths.some((p) => pathHasPermission(p, vocabulary))) {
      return denyWhenTruthy ? 'unknown' : 'forbidden';
    }
    // Remix's `session.has('userId')`: the session holds no identity.
    const key = staticString(call.arguments[0]);
    if (vocabulary.has('sessionKeyMethod', name) && path && endsAtIdentity(path, vocabulary) && key !== undefined && vocabulary.has('identity', key)) {
      return denyWhenTruthy ? 'neutral' : 'unauthenticated';
    }
    return 'unknown';
  }
  if (vocabulary.has('authenticatedPredicate', name)) {
    // `bcrypt.compare(body.password, req.user.passwordHash)`: re-confirming a known requester's secret.
    if (call.arguments.some((a) => isRequestersStoredSecret(a, context))) return 'unknown';
    return denyWhenTruthy ? 'unknown' : 'unauthenticated';
  }
  // `!authHeader.startsWith('Bearer ')`: a malformed credential.
  if (name === 'startsWith' && vocabulary.has('authScheme', (staticString(call.arguments[0]) ?? '').trim())) {
    return denyWhenTruthy ? 'unknown' : 'unauthenticated';
  }
  // Identity read through an accessor: `c.get('jwtPayload')`, `req.get('Authorization')`, `getServerSession()`.
  const key = staticString(call.arguments[0]);
  const carrier = unwrap(call.callee).type === 'MemberExpression' ? memberPath((unwrap(call.callee) as TSESTree.MemberExpression).object) : undefined;
  const fromCarrier = key !== undefined && carrier !== undefined && vocabulary.has('credentialCarrier', carrier[carrier.length - 1]!) && isCredentialKey(key, vocabulary);
  if ((key !== undefined && vocabulary.has('identity', key)) || fromCarrier || vocabulary.has('identityAccessor', name)) {
    return denyWhenTruthy ? 'neutral' : 'unauthenticated';
  }
  // An ambiguous predicate settled by its subject: `!isAuthorized(token)` is about a token.
  if (vocabulary.has('ambiguousPredicate', name)) {
    // `isAuthorized(ability, route.authorization.action)`: a permission word settles it as a permission check.
    if (call.arguments.some((a) => memberPath(a)?.some((s) => vocabulary.has('permission', s)) ?? false)) return denyWhenTruthy ? 'unknown' : 'forbidden';
    const aboutCredentials = call.arguments.some((a) => {
      const path = memberPath(a);
      return path !== undefined && vocabulary.has('credentialArgument', path[path.length - 1]!);
    });
    if (aboutCredentials) return denyWhenTruthy ? 'unknown' : 'unauthenticated';
  }
  return 'unknown';
}

/** A comparison to classify: a `BinaryExpression`, or a `switch` case read as `discriminant === test`. */
interface Comparison {
  readonly left: TSESTree.Expression | TSESTree.PrivateIdentifier;
  readonly right: TSESTree.Expression;
  readonly operator: string;
}

/**
 * The comparison a `switch` case's test stands for: `case 'guest':` under `switch (user.role)` runs
 * when `user.role === 'guest'`. Read from the tree, so that the test stays a real node with a parent.
 */
function caseComparison(node: TSESTree.Node, index: AstIndex): Comparison | undefined {
  const switchCase = index.parentOf(node);
  if (switchCase?.type !== 'SwitchCase' || switchCase.test !== node) return undefined;
  const switchStatement = index.parentOf(switchCase);
  if (switchStatement?.type !== 'SwitchStatement') return undefined;
  return { left: switchStatement.discriminant, right: switchCase.test, operator: '===' };
}

const EQUALITY = new Set(['===', '==']);
const INEQUALITY = new Set(['!==', '!=']);

function isNullish(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return (n.type === 'Literal' && n.value === null) || (n.type === 'Identifier' && n.name === 'undefined');
}

/** `x == null`, `typeof x === 'undefined'`, `user.role !== 'admin'`, `scheme !== 'Bearer'`, `exp < now`. */
function classifyComparison(comparison: Comparison, denyWhenTruthy: boolean, context: ClassifyContext): PartVerdict {
  const { left, right, operator } = comparison;
  if (left.type === 'PrivateIdentifier') return 'unknown';
  const equality = EQUALITY.has(operator);
  const inequality = INEQUALITY.has(operator);
  if (equality || inequality) {
    // `x === null` denies when x is missing: the same as `!x`.
    const missingWhenTrue = equality;
    if (isNullish(right) || isNullish(left)) {
      const subject = isNullish(right) ? left : right;
      return classifyCondition(subject, missingWhenTrue ? !denyWhenTruthy : denyWhenTruthy, context);
    }
    const typeOf = unwrap(left).type === 'UnaryExpression' && (unwrap(left) as TSESTree.UnaryExpression).operator === 'typeof'
      ? (unwrap(left) as TSESTree.UnaryExpression).argument : undefined;
    if (typeOf) {
      const kind = staticString(right);
      if (kind === 'undefined') return classifyCondition(typeOf, missingWhenTrue ? !denyWhenTruthy : denyWhenTruthy, context);
      // `typeof token !== 'string'`: a malformed credential.
      return classifyCondition(typeOf, equality ? denyWhenTruthy : !denyWhenTruthy, context) === 'unauthenticated' ? 'unauthenticated' : 'unknown';
    }
  }
  const paths = [memberPath(left), memberPath(right)];
  const { vocabulary } = context;
  // A CSRF token that does not match is refused with 403 by design.
  if (paths.some((p) => p?.some((s) => vocabulary.has('csrf', s)))) return 'forbidden';
  // Roles, ownership, tenancy and account state compared in either direction: a permission check.
  if (paths.some((p) => p && pathHasPermission(p, vocabulary))) return 'forbidden';
  const denyOnMismatch = (inequality && denyWhenTruthy) || (equality && !denyWhenTruthy);
  const literal = staticString(right) ?? staticString(left);
  const names = paths.map((p) => (p ? p[p.length - 1]! : ''));
  if (literal !== undefined) {
    const subject = paths[staticString(right) !== undefined ? 0 : 1];
    // `err.name === 'TokenExpiredError'`
    if (vocabulary.has('credentialErrorName', literal) && subject && vocabulary.has('errorField', subject[subject.length - 1] ?? '')) {
      return denyOnMismatch ? 'unknown' : 'unauthenticated';
    }
    // `scheme !== 'Bearer'`
    if (vocabulary.has('authScheme', literal) && denyOnMismatch) return 'unauthenticated';
    // `user.status !== 'active'`: account state.
    if (subject && subject.length > 1 && pathHasIdentity(subject.slice(0, -1), vocabulary) && vocabulary.has('accountState', subject[subject.length - 1]!)) {
      return 'forbidden';
    }
    return 'unknown';
  }
  // `invite.token !== body.token`, `previewSecret !== x`: a capability, not the request's credentials.
  if (paths.some((p) => p?.some((s) => vocabulary.has('capabilityToken', s)))) return 'unknown';
  // `decoded.exp < Date.now() / 1000`: an expired token; `invite.exp < now` is an expired invite.
  if (/^[<>]=?$/.test(operator) && names.some((n) => vocabulary.has('expiryClaim', n))) {
    return paths.some((p) => p && isBusinessExpiry(p, vocabulary)) ? 'unknown' : 'unauthenticated';
  }
  // `const key = c.req.header('x-api-key'); if (key !== expected)`: the presented credential does not match.
  const presented = [left, right].findIndex((side) => readsRequestCredential(side, context));
  if (denyOnMismatch && presented >= 0) {
    const other = paths[1 - presented];
    // `req.cookies.owner !== req.user.id`-like identities on the other side are ownership, not a secret.
    const ownership = other !== undefined && pathHasIdentity(other, vocabulary) && !vocabulary.has('secret', other[other.length - 1]!);
    return ownership ? 'unknown' : 'unauthenticated';
  }
  // `apiKey !== process.env.API_KEY`, `token !== expected`: a credential that does not match.
  if (denyOnMismatch && names.some((n) => vocabulary.has('credentialValue', n))) {
    // Two identities compared (`userId !== req.user.id`) is ownership, handled above by permission names.
    const bothIdentities = paths.every((p) => p && pathHasIdentity(p, vocabulary) && !vocabulary.has('secret', p[p.length - 1]!));
    return bothIdentities ? 'forbidden' : 'unauthenticated';
  }
  if (denyOnMismatch && paths.every((p) => p && pathHasIdentity(p, vocabulary))) return 'forbidden';
  return 'unknown';
}

/**
 * An `err` that is the error of a token verification: the first parameter of a callback passed to
 * `jwt.verify(...)`, or the parameter of a `catch` whose `try` verifies a token.
 */
function isCredentialError(identifier: TSESTree.Identifier, context: ClassifyContext): boolean {
  for (const a of ancestors(context.index, identifier)) {
    if (a.type === 'CatchClause' && a.param?.type === 'Identifier' && a.param.name === identifier.name) {
      const tryStatement = context.index.parentOf(a);
      return tryStatement?.type === 'TryStatement' && tryVerifiesCredentials(tryStatement.block, context);
    }
    if (isFunctionNode(a)) {
      const first = a.params[0];
      if (first?.type !== 'Identifier' || first.name !== identifier.name) continue;
      if (isPassportHandleRequest(a, context)) return true;
      const call = context.index.parentOf(a);
      return call?.type === 'CallExpression' && call.arguments.includes(a as TSESTree.CallExpressionArgument)
        && context.vocabulary.has('verification', calleeName(call) ?? '') && !context.vocabulary.has('capabilityToken', calleeName(call) ?? '');
    }
  }
  return false;
}

/**
 * `handleRequest(err, user, info)` of a class extending `AuthGuard(...)` (@nestjs/passport): `err`
 * is the strategy's failure and `user` is false when the request did not authenticate.
 */
function isPassportHandleRequest(fn: TSESTree.Node, context: ClassifyContext): boolean {
  const method = context.index.parentOf(fn);
  if (method?.type !== 'MethodDefinition' || method.key.type !== 'Identifier' || method.key.name !== 'handleRequest') return false;
  const classNode = context.index.parentOf(context.index.parentOf(method) ?? method);
  const superClass = classNode && (classNode.type === 'ClassDeclaration' || classNode.type === 'ClassExpression') ? classNode.superClass : undefined;
  return superClass?.type === 'CallExpression' && calleeName(superClass) === 'AuthGuard';
}

/** A `try` block that verifies a token and checks no permission itself. */
export function tryVerifiesCredentials(block: TSESTree.BlockStatement, context: ClassifyContext): boolean {
  let verifies = false;
  for (const call of nodesWithin(context.index.calls, block)) {
    const name = calleeName(call) ?? '';
    if (context.vocabulary.has('verification', name) && !context.vocabulary.has('capabilityToken', name)) verifies = true;
    if (context.vocabulary.has('permission', name) || context.vocabulary.has('refusalPredicate', name)) return false;
  }
  return verifies;
}

/** `req.user.passwordHash`: a secret stored on the requester's identity, which is therefore known. */
function isRequestersStoredSecret(node: TSESTree.Node, context: ClassifyContext): boolean {
  const path = memberPath(node);
  if (!path || path.length < 3 || !context.vocabulary.has('requestObject', path[0]!)) return false;
  return context.vocabulary.has('secret', path[path.length - 1]!) && pathHasIdentity(path.slice(1, -1), context.vocabulary);
}

/** A bare expiry flag declared from a credential: `const expired = decoded.exp < now`, not `= invite.expiresAt < now`. */
function declaredFromCredentials(identifier: TSESTree.Identifier, context: ClassifyContext): boolean {
  const init = declaratorOf(identifier, context)?.init;
  if (!init) return true;
  const text = context.text.slice(init.range[0], init.range[1]);
  return context.vocabulary.has('credentialKind', text) && !context.vocabulary.has('businessObject', text);
}
