import type { TSESTree } from '@typescript-eslint/types';
import { ancestors } from '../ast/ast-index.js';
import { calleeName, memberName, memberPath, propertyKeyName, unwrap } from '../ast/node-shapes.js';
import type { SiteContext } from '../sites/site-context.js';
import type { StatusArgument } from '../sites/framework-module.js';
import { HOVER_POSITIONS, hoverHelperFunctions } from '../sites/framework-registry.js';
import { isStatusLike, namesStatusProperty } from './status-like.js';
import type { StatusHover } from './status-hover.js';

/**
 * How a candidate node is read:
 * - `value`: a number, numeric string or constant (`403`, `'403'`, `FORBIDDEN`, `StatusCodes.FORBIDDEN`);
 * - `value-or-name`: also a string naming the status (Elysia's `'Unauthorized'`, tRPC's `'FORBIDDEN'`);
 * - `error-name`: a callee or class named for the status (`ForbiddenException`, `Boom.forbidden`).
 */
type Reading = 'value' | 'value-or-name' | 'error-name';

/** A node in a status position, before its status is read. */
export interface Candidate {
  readonly node: TSESTree.Node;
  readonly usage: StatusHover['usage'];
  readonly reading: Reading;
  /** Some positions hold a status only in a range of codes: `res.redirect(301, url)`. */
  readonly accepts?: (code: number) => boolean;
}

type Finder<N extends TSESTree.Node> = (node: N, context: SiteContext) => readonly Candidate[];

/** `a ? 401 : 403` and `err.status || 500` hold two candidates each. */
function branches(expression: TSESTree.Node | undefined): TSESTree.Node[] {
  if (!expression) return [];
  const node = unwrap(expression);
  if (node.type === 'ConditionalExpression') return [...branches(node.consequent), ...branches(node.alternate)];
  if (node.type === 'LogicalExpression') return [...branches(node.left), ...branches(node.right)];
  return [node];
}

function candidates(
  expression: TSESTree.Node | undefined,
  usage: Candidate['usage'],
  reading: Reading = 'value',
  accepts?: Candidate['accepts'],
): Candidate[] {
  return branches(expression).map((node) => ({ node, usage, reading, ...(accepts ? { accepts } : {}) }));
}

// ---------------------------------------------------------------------------------------------
// Comparisons: client code, middleware reading a status, tests.

const EQUALITY: ReadonlySet<string> = new Set(['==', '===', '!=', '!==']);

/** `res.status === 403`, `401 !== status`; `err instanceof ForbiddenException`. */
const binaryExpression: Finder<TSESTree.BinaryExpression> = (node) => {
  if (node.operator === 'instanceof') return [{ node: unwrap(node.right), usage: 'comparison', reading: 'error-name' }];
  if (!EQUALITY.has(node.operator) || node.left.type === 'PrivateIdentifier') return [];
  if (isStatusLike(node.left)) return candidates(node.right, 'comparison');
  if (isStatusLike(node.right)) return candidates(node.left, 'comparison');
  return [];
};

/** `switch (res.status) { case 401: ... }` */
const switchStatement: Finder<TSESTree.SwitchStatement> = (node) =>
  isStatusLike(node.discriminant) ? node.cases.flatMap((c) => candidates(c.test ?? undefined, 'comparison')) : [];

/** Matchers that compare the subject with their first argument: jest, vitest, chai, should. */
const EQUALITY_MATCHERS: ReadonlySet<string> = new Set([
  'toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eql', 'eq', 'strictEqual', 'deepEqual', 'be', 'oneOf',
]);

/** Matchers that take a status for a response subject: chai-http's `.status(401)`, jest-extended-style helpers. */
const STATUS_MATCHERS: ReadonlySet<string> = new Set([
  'status', 'toHaveStatus', 'toHaveStatusCode', 'toHaveHttpStatus', 'toHaveHTTPStatus', 'toReturnStatus', 'statusCode',
]);

/** Two-argument assertions: `assert.equal(res.status, 403)`, `t.is(res.statusCode, 401)`. */
const ASSERT_FUNCTIONS: ReadonlySet<string> = new Set([
  'equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'notEqual', 'notStrictEqual', 'notDeepEqual',
  'notDeepStrictEqual', 'is', 'not', 'equals', 'same', 'isEqual', 'assertEquals', 'assertStrictEquals',
]);

/**
 * The value an assertion chain is about: `expect(x)` in `expect(x).not.toBe(1)`, `x` in
 * `x.should.equal(1)`; undefined when the callee is not an assertion chain.
 */
function assertionSubject(callee: TSESTree.MemberExpression): TSESTree.Node | undefined {
  let node: TSESTree.Node = unwrap(callee.object);
  for (;;) {
    if (node.type === 'MemberExpression') {
      if (memberName(node) === 'should') return unwrap(node.object);
      node = unwrap(node.object);
    } else if (node.type === 'CallExpression') {
      const name = calleeName(node);
      if (name === 'expect' || name === 'assertThat') return node.arguments[0];
      const inner = unwrap(node.callee);
      // `expect(res).to.have.status(401)`: links of the chain are properties, not calls.
      if (inner.type !== 'MemberExpression') return undefined;
      node = unwrap(inner.object);
    } else {
      return undefined;
    }
  }
}

function assertionCall(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, method: string): Candidate[] {
  const subject = assertionSubject(callee);
  if (subject === undefined) return [];
  const [first, second] = node.arguments;
  if (EQUALITY_MATCHERS.has(method) && isStatusLike(subject)) {
    // chai's `oneOf([401, 403])`
    const list = first && unwrap(first);
    if (list?.type === 'ArrayExpression') return list.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? candidates(e, 'comparison') : []));
    return candidates(first, 'comparison');
  }
  if (STATUS_MATCHERS.has(method)) return candidates(first, 'comparison');
  // `expect(res).toHaveProperty('status', 403)`, `expect(res).to.have.property('status', 403)`
  if ((method === 'toHaveProperty' || method === 'property') && namesStatusProperty(first)) return candidates(second, 'comparison');
  return [];
}

/** `request(app).get('/').expect(401)`: supertest's status expectation on a request chain. */
function supertestExpect(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): Candidate[] {
  if (unwrap(callee.object).type !== 'CallExpression') return [];
  const first = node.arguments[0];
  if (!first) return [];
  const n = unwrap(first);
  // `.expect('Content-Type', /json/)` and `.expect(res => ...)` are not statuses.
  if (n.type !== 'Literal' && n.type !== 'Identifier' && n.type !== 'MemberExpression') return [];
  return candidates(first, 'comparison');
}

function comparisonCall(node: TSESTree.CallExpression): Candidate[] {
  const callee = unwrap(node.callee);
  const name = calleeName(node);
  if (name === undefined) return [];
  if (callee.type === 'MemberExpression') {
    // `[401, 403].includes(res.status)`
    const object = unwrap(callee.object);
    if (name === 'includes' && object.type === 'ArrayExpression' && node.arguments[0] && isStatusLike(node.arguments[0])) {
      return object.elements.flatMap((e) => (e && e.type !== 'SpreadElement' ? candidates(e, 'comparison') : []));
    }
    if (name === 'expect') return supertestExpect(node, callee);
    const fromChain = assertionCall(node, callee, name);
    if (fromChain.length > 0) return fromChain;
  }
  if (ASSERT_FUNCTIONS.has(name)) {
    const [a, b] = node.arguments;
    if (a && b && isStatusLike(a)) return candidates(b, 'comparison');
    if (a && b && isStatusLike(b)) return candidates(a, 'comparison');
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Responses: where a status is set, sent or thrown. The response sites of the rules come first;
// these shapes give the hover the statuses that no rule looks at (404, 500, redirects) and the
// frameworks whose recognizer does not claim a node. Which methods, functions and objects hold a
// status is each framework's declaration (`FrameworkModule.hover`), merged by the registry.

/** The candidates of the status argument a call position declares. */
function argumentCandidates(call: TSESTree.CallExpression, argument: StatusArgument, reading: Reading = 'value'): Candidate[] {
  const codes = argument.codes;
  const accepts = codes && ((code: number) => code >= codes[0] && code <= codes[1]);
  return candidates(call.arguments[argument.index], 'response', reading, accepts);
}

/** Keys of objects that carry a status: ResponseInit, h3's createError, error objects. */
const STATUS_KEYS: ReadonlySet<string> = new Set(['status', 'statusCode', 'httpStatus', 'httpStatusCode', 'status_code']);


const ERROR_CLASS = /(?:Error|Exception)$/;

/**
 * A call named for a status makes that error when the name says so beyond doubt: a factory object's
 * method (`Boom.forbidden()`, `createError.Unauthorized()`, `fastify.httpErrors.forbidden()`), an
 * imported helper (`forbidden()` from next/navigation), or an error class called without `new`.
 */
function isErrorFactoryCallee(callee: TSESTree.Node, context: SiteContext): boolean {
  if (callee.type === 'Identifier') return ERROR_CLASS.test(callee.name) || context.importedFrom.has(callee.name);
  if (callee.type !== 'MemberExpression') return false;
  const path = memberPath(callee.object);
  return path !== undefined && path.some((part) => HOVER_POSITIONS.errorFactories.has(part.toLowerCase()));
}

function responseCall(node: TSESTree.CallExpression, context: SiteContext): Candidate[] {
  const callee = unwrap(node.callee);
  const out: Candidate[] = [];
  if (isErrorFactoryCallee(callee, context)) out.push({ node: callee, usage: 'response', reading: 'error-name' });
  if (callee.type === 'MemberExpression') {
    const name = memberName(callee);
    const method = name === undefined ? undefined : HOVER_POSITIONS.statusMethods.get(name);
    if (method) out.push(...argumentCandidates(node, method));
    const root = unwrap(callee.object);
    const onContext = name === undefined ? undefined : HOVER_POSITIONS.contextMethods.get(name);
    if (onContext && root.type === 'Identifier' && HOVER_POSITIONS.contextNames.has(root.name)) out.push(...argumentCandidates(node, onContext));
  } else if (callee.type === 'Identifier' && hoverHelperFunctions(context).has(callee.name)) {
    // The frameworks' status-first helpers (their modules' `hover.helperFunctions`): `error(401)`, `status(403, msg)`.
    out.push(...candidates(node.arguments[0], 'response', 'value-or-name'));
  } else if (callee.type === 'Identifier' && HOVER_POSITIONS.statusFunctions.has(callee.name)) {
    out.push(...argumentCandidates(node, HOVER_POSITIONS.statusFunctions.get(callee.name)!));
  } else if (callee.type === 'Super' && extendsErrorClass(node, context)) {
    // `super(403, 'no')` in `class ForbiddenError extends HttpError`
    for (const arg of node.arguments) out.push(...candidates(arg, 'response'));
  }
  return out;
}

function extendsErrorClass(node: TSESTree.Node, context: SiteContext): boolean {
  for (const a of ancestors(context.index, node)) {
    if (a.type === 'ClassDeclaration' || a.type === 'ClassExpression') {
      const superClass = a.superClass && unwrap(a.superClass);
      const name = superClass?.type === 'Identifier' ? superClass.name
        : superClass?.type === 'MemberExpression' ? memberName(superClass) : undefined;
      return name !== undefined && ERROR_CLASS.test(name);
    }
  }
  return false;
}

/** `new ForbiddenException()`, `new HttpException(msg, HttpStatus.FORBIDDEN)`, `new TRPCError({ code: 'FORBIDDEN' })`. */
const newExpression: Finder<TSESTree.NewExpression> = (node) => {
  const out: Candidate[] = [{ node: unwrap(node.callee), usage: 'response', reading: 'error-name' }];
  const name = calleeName(node);
  const optionKey = name === undefined ? undefined : HOVER_POSITIONS.errorOptionKeys.get(name);
  if (optionKey !== undefined) {
    const init = node.arguments[0] && unwrap(node.arguments[0]);
    if (init?.type === 'ObjectExpression') {
      for (const p of init.properties) {
        if (p.type === 'Property' && propertyKeyName(p) === optionKey) out.push(...candidates(p.value, 'response', 'value-or-name'));
      }
    }
  } else if (name !== undefined && ERROR_CLASS.test(name)) {
    for (const arg of node.arguments) out.push(...candidates(arg, 'response'));
  }
  return out;
};

/** `ctx.status = 401`, `res.statusCode = 401`, `err.status = 403`, Elysia's `set.status = 'Unauthorized'`. */
const assignmentExpression: Finder<TSESTree.AssignmentExpression> = (node) => {
  const left = unwrap(node.left);
  if (node.operator !== '=' || left.type !== 'MemberExpression' || !STATUS_KEYS.has(memberName(left) ?? '')) return [];
  const object = unwrap(left.object);
  const reading: Reading = object.type === 'Identifier' && HOVER_POSITIONS.statusNameObjects.has(object.name) ? 'value-or-name' : 'value';
  return candidates(node.right, 'response', reading);
};

/** `{ status: 401 }` in a ResponseInit or error object; `status = 403` in an error class body. */
const property: Finder<TSESTree.Property | TSESTree.PropertyDefinition> = (node) => {
  if (!node.value || node.type === 'Property' && (node.kind !== 'init' || node.method)) return [];
  const key = propertyKeyName(node);
  return key !== undefined && STATUS_KEYS.has(key) ? candidates(node.value, 'response') : [];
};

const callExpression: Finder<TSESTree.CallExpression> = (node, context) => [
  ...comparisonCall(node),
  ...responseCall(node, context),
];

/** Finders by node type: each looks at one node and names the children in a status position. */
export const POSITION_FINDERS: { readonly [K in TSESTree.Node['type']]?: Finder<Extract<TSESTree.Node, { type: K }>> } = {
  BinaryExpression: binaryExpression,
  SwitchStatement: switchStatement,
  CallExpression: callExpression,
  NewExpression: newExpression,
  AssignmentExpression: assignmentExpression,
  Property: property,
  PropertyDefinition: property,
};
