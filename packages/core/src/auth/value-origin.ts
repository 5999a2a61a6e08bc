import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import { calleeName, chainRoot, memberPath, staticString, unwrap } from '../ast/node-shapes.js';
import type { ClassifyContext } from './classify-context.js';
import type { AuthVocabulary } from './vocabulary.js';

/**
 * Where the value a name is declared with comes from (issue 10: decide from what a value is, not
 * from its name alone):
 * - `credentials`: the requester's credentials or identity (a verification, a session accessor);
 * - `keyed-by-credentials`: a lookup keyed by the token or session, or a call handed the request
 *   itself: the requester's record when the name says so (`user`), else anything (`project`);
 * - `record`: a record looked up by request data or for an already known requester
 *   (`findById(req.params.id)`, `findCredentialForUser(id, req.user)`): missing, it is no missing identity;
 * - `other-principal`: an authenticated principal of another kind (`actorUserId(ctx.actor)`);
 * - `capability`: a one-purpose token (password reset, invite, signed URL), not the request's credentials;
 * - `csrf`: an anti-forgery token, refused with 403 by design;
 * - `computed`: some other call, of unknown nature;
 * - `unsure`: the declaration says nothing (a parameter, `let x;`, a member read).
 */
export type ValueOrigin = 'credentials' | 'keyed-by-credentials' | 'record' | 'other-principal' | 'capability' | 'csrf' | 'computed' | 'unsure';

/**
 * The declarator that gives `identifier` its value. Most names in conditions have no declarator of
 * that name anywhere in the file: those are answered without running the scope analysis.
 */
/** The names some `x = ...` declarator declares, once per program (asked for every tested name of every site). */
const declaredNames = new WeakMap<AstIndex, ReadonlySet<string>>();

function namesDeclaredIn(index: AstIndex): ReadonlySet<string> {
  let names = declaredNames.get(index);
  if (!names) {
    names = new Set(index.variables.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : [])));
    declaredNames.set(index, names);
  }
  return names;
}

export function declaratorOf(identifier: TSESTree.Identifier, context: ClassifyContext): TSESTree.VariableDeclarator | undefined {
  return namesDeclaredIn(context.index).has(identifier.name) ? context.names.declaratorOf(identifier) : undefined;
}

export function originOf(identifier: TSESTree.Identifier, context: ClassifyContext): ValueOrigin {
  const init = declaratorOf(identifier, context)?.init;
  return init ? originOfValue(init, context) : 'unsure';
}

/** The origin of an initializer, from its words first (they hold whatever the shape), then from its shape. */
function originOfValue(init: TSESTree.Expression, context: ClassifyContext): ValueOrigin {
  const { vocabulary } = context;
  const text = context.text.slice(init.range[0], init.range[1]);
  if (vocabulary.has('csrf', text)) return 'csrf';
  if (vocabulary.has('capabilityToken', text)) return 'capability';
  if (vocabulary.has('otherPrincipal', text)) return 'other-principal';
  const value = unwrap(init.type === 'AwaitExpression' ? init.argument : init);
  const callee = value.type === 'CallExpression' ? calleeName(value) ?? '' : '';
  if (vocabulary.has('verification', callee) || vocabulary.has('identityAccessor', callee)) return 'credentials';
  // `getUserIdForToken(t)`, `findSession(req.cookies.sid)`: looked up by the credential, it is the requester's.
  if (value.type === 'CallExpression' && (vocabulary.has('credentialLookup', callee) || value.arguments.some((a) => readsRequestCredential(a, context)))) {
    return 'keyed-by-credentials';
  }
  // `User.findById(decoded.sub)`: the token names no one any more, a stale session.
  if (vocabulary.has('requesterKey', text)) return 'keyed-by-credentials';
  // `User.findById(req.params.id)`, `req.body.identity`: request data, not the requester's credentials.
  if (vocabulary.has('resourceInput', text)) return 'record';
  if (value.type !== 'CallExpression') return 'unsure';
  // `getUser(req)`, `getIronSession(req, res)`: read from the request's own credentials.
  if (value.arguments.some((a) => isRequestObject(a, context))) return 'keyed-by-credentials';
  // `findCredentialForUser(id, req.user, scopes)`: looked up for a requester already known.
  if (vocabulary.has('lookupMethod', callee) && value.arguments.some((a) => isRequester(a, context))) return 'record';
  // `workflowCredentials.find((c) => c.id === id)`: an element of a list.
  if (unwrap(value.callee).type === 'MemberExpression' && value.arguments.some((a) => a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression')) {
    return 'record';
  }
  return 'computed';
}

/** The requester itself, handed over whole: `req.user`, `ctx.state.user`, `user` (not a key of it, nor a credential). */
function isRequester(node: TSESTree.Node, context: ClassifyContext): boolean {
  const path = memberPath(node);
  const last = path?.[path.length - 1];
  if (!path || !last || context.vocabulary.has('secret', last)) return false;
  return context.vocabulary.has('identity', last) && (path.length === 1 || path.slice(0, -1).some((s) => context.vocabulary.has('requestObject', s)));
}

function isRequestObject(node: TSESTree.Node, context: ClassifyContext): boolean {
  const n = unwrap(node);
  return n.type === 'Identifier' && context.vocabulary.has('requestObject', n.name);
}

/**
 * Does a member path hang under something that is not the requester: a principal of another kind
 * (`this.accountability.user`), or a head bound to a record, a capability or a computed value
 * (`tokenData.accessToken` after `getActiveAccessTokenData()`)?
 */
export function hangsUnderOther(node: TSESTree.MemberExpression, path: readonly string[], context: ClassifyContext): boolean {
  const { vocabulary } = context;
  if (path.slice(0, -1).some((segment) => vocabulary.has('otherPrincipal', segment))) return true;
  const root = chainRoot(node);
  if (root.type === 'ThisExpression') {
    const next = path[1] ?? '';
    return !(vocabulary.has('requestObject', next) || vocabulary.has('identity', next));
  }
  if (root.type !== 'Identifier') return false;
  const origin = originOf(root, context);
  // `const request = context.switchToHttp().getRequest()`: a computed head is trusted only by its name.
  if (origin === 'computed') return !(vocabulary.has('requestObject', root.name) || vocabulary.has('identity', root.name));
  return origin !== 'credentials' && origin !== 'keyed-by-credentials' && origin !== 'unsure';
}

/** Does any argument of `call` (or its callee) mention a word of `list`? */
export function mentionsIn(call: TSESTree.CallExpression, list: 'capabilityToken' | 'businessObject' | 'permission', context: ClassifyContext): boolean {
  const { vocabulary } = context;
  const name = calleeName(call) ?? '';
  if (list !== 'permission' && vocabulary.has(list, name)) return true;
  return call.arguments.some((a) => memberPath(a)?.some((s) => vocabulary.has(list, s)) ?? false);
}

/** A key of a cookie jar or the headers that names a credential: `auth`, `refresh_token`, `sid`, `x-api-key`. */
export function isCredentialKey(key: string, vocabulary: AuthVocabulary): boolean {
  return vocabulary.has('identity', key) || vocabulary.has('requestAuthMember', key) || vocabulary.has('credentialKind', key);
}

/**
 * Is `node` the credential as the request presents it, read from its headers or cookies, or a name
 * bound to one: `req.get('x-api-key')`, `c.req.header('x-api-key')`, `req.cookies.session`? Not a
 * CSRF token nor a capability token, whatever the key's name.
 */
export function readsRequestCredential(node: TSESTree.Node, context: ClassifyContext): boolean {
  const value = unwrap(node);
  if (value.type === 'Identifier') {
    // One step only: `const key = req.get('x-api-key')`, not a chain of names (which could loop).
    const init = declaratorOf(value, context)?.init;
    const read = init && unwrap(init.type === 'AwaitExpression' ? init.argument : init);
    return !!read && read.type !== 'Identifier' && readsRequestCredential(read, context);
  }
  const text = context.text.slice(value.range[0], value.range[1]);
  const { vocabulary } = context;
  if (vocabulary.has('csrf', text) || vocabulary.has('capabilityToken', text)) return false;
  const root = chainRoot(value);
  if (root.type !== 'Identifier' || !vocabulary.has('requestObject', root.name)) return false;
  if (value.type === 'MemberExpression') {
    const path = memberPath(value);
    return path !== undefined && path.length > 2 && vocabulary.has('credentialCarrier', path[path.length - 2]!) && isCredentialKey(path[path.length - 1]!, vocabulary);
  }
  if (value.type !== 'CallExpression' || unwrap(value.callee).type !== 'MemberExpression') return false;
  const key = staticString(value.arguments[0]);
  if (key === undefined) return false;
  const callee = unwrap(value.callee) as TSESTree.MemberExpression;
  const object = memberPath(callee.object);
  const fromCarrier = vocabulary.has('credentialCarrier', calleeName(value) ?? '') || (object !== undefined && vocabulary.has('credentialCarrier', object[object.length - 1]!));
  return vocabulary.has('identity', key) || (fromCarrier && isCredentialKey(key, vocabulary));
}
