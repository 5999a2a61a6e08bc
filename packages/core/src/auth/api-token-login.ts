import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, chainRoot, memberPath, staticString, unwrap } from '../ast/node-shapes.js';
import type { ClassifyContext } from './classify-context.js';
import type { AuthVocabulary } from './vocabulary.js';

/**
 * Issue 10, shape 1: after an API-token login the principal is a token, not a user, so
 * `if (!req.user.id)` refuses a caller who did authenticate (403 is right). The file says it logs
 * in by API token when it names an API key or token (the `apiTokenLogin` words: `apiKeyAuth`,
 * `x-api-key`, `headerapikey`, `ApiTokenGuard`) in one of these places.
 */
function namesApiToken(name: string | undefined, vocabulary: AuthVocabulary): boolean {
  return name !== undefined && vocabulary.has('apiTokenLogin', name);
}

/**
 * A call argument that names an API-token login: middleware on a route or mounted with `use()`
 * (`apiKeyAuth`, `verifyApiKey()`), a Nest guard (`@UseGuards(ApiKeyGuard)`), a Passport
 * strategy (`passport.authenticate('headerapikey')`), or the key read from a header (`req.get('x-api-key')`).
 */
function argumentNamesApiToken(argument: TSESTree.Node, vocabulary: AuthVocabulary): boolean {
  const n = unwrap(argument);
  if (n.type === 'Literal') return namesApiToken(staticString(n), vocabulary);
  if (n.type === 'CallExpression') return namesApiToken(calleeName(n), vocabulary);
  const path = memberPath(n);
  return path !== undefined && namesApiToken(path[path.length - 1], vocabulary);
}

/** A member of the request that holds the key: `req.headers['x-api-key']`, `request.query.api_key`, `req.apiKey`. */
function isRequestApiToken(node: TSESTree.Node, context: ClassifyContext): boolean {
  const value = unwrap(node.type === 'AwaitExpression' ? node.argument : node);
  if (value.type !== 'MemberExpression') return false;
  const root = chainRoot(value);
  const path = memberPath(value);
  return root.type === 'Identifier' && context.vocabulary.has('requestObject', root.name) && path !== undefined && path.slice(1).some((key) => namesApiToken(key, context.vocabulary));
}

/** Does the file authenticate requests by API key or token? Asked only of the rare `!req.user.id` shape, so not kept. */
export function authenticatesByApiToken(context: ClassifyContext): boolean {
  return context.index.calls.some((call) => call.arguments.some((argument) => argumentNamesApiToken(argument, context.vocabulary)))
    // `const key = req.headers['x-api-key']`, or the middleware's `req.apiKey = record`.
    || context.index.variables.some((v) => v.init !== null && isRequestApiToken(v.init, context))
    || context.index.assignments.some((a) => isRequestApiToken(a.left, context));
}

/**
 * `req.user.id`, `ctx.state.user.sub`: a key of an identity that is read without `?.`, so the
 * identity is there (an anonymous request would throw here) and only its id may be missing.
 * Not under objects every request has (`req.session.userId`).
 */
export function keyOfPresentIdentity(node: TSESTree.MemberExpression, path: readonly string[], context: ClassifyContext): boolean {
  const { vocabulary } = context;
  const owner = path[path.length - 2];
  if (owner === undefined || !vocabulary.has('identityKey', path[path.length - 1]!)) return false;
  if (!vocabulary.has('identity', owner) || vocabulary.has('ambientCredential', owner)) return false;
  for (let n: TSESTree.Node = node; n.type === 'MemberExpression'; n = n.object) {
    if (n.optional) return false;
  }
  return true;
}
