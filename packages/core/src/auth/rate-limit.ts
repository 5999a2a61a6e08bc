import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode, nodesWithin } from '../ast/ast-index.js';
import type { ConstantTable } from '../ast/constant-values.js';
import { calleeName, chainRoot, findProperty, memberPath, propertyKeyName, unwrap } from '../ast/node-shapes.js';
import type { ClassifyContext } from './classify-condition.js';
import { branchConditionsOf, guardStartOf } from './deny-guard.js';
import type { DenyingSite } from './http-denial.js';

/**
 * Why a refusal is a rate limit (issue 11, RFC 6585 section 4: that is 429):
 * - `reason`: what shows it, in the author's words;
 * - `retryAfterSeconds`: a JavaScript expression for the seconds until the limit resets, where the
 *   code knows it (`rej.msBeforeNext`, a `reset` time, a lock's end);
 * - `libraryHeaders`: the library sends Retry-After itself (express-rate-limit's `handler`, Nest's ThrottlerGuard).
 */
export interface RateLimitEvidence {
  readonly reason: string;
  readonly retryAfterSeconds?: string;
  readonly libraryHeaders?: boolean;
}

/** The rate-limit libraries whose options take a handler, and that option's name. */
const LIMITER_HANDLERS: Readonly<Record<string, { readonly module: string; readonly option: string }>> = {
  'express-rate-limit': { module: 'express-rate-limit', option: 'handler' },
  'express-slow-down': { module: 'express-slow-down', option: 'handler' },
  '@fastify/rate-limit': { module: '@fastify/rate-limit', option: 'errorResponseBuilder' },
};

const LIMITER_OPTIONS: ReadonlySet<string> = new Set(Object.values(LIMITER_HANDLERS).map((l) => l.option));

/** What the rate-limit reading needs: the classifiers' context, the file's imports and its constants. */
export type RateLimitContext = ClassifyContext & { readonly importedFrom: ReadonlyMap<string, string>; readonly constants: ConstantTable };

/** Nest's guard for @nestjs/throttler: a subclass that throws its own error answers a rate limit. */
const THROTTLER_GUARD = 'ThrottlerGuard';

/** Does a name speak of a rate limit or a lockout: `rateLimiter`, `loginAttempts`, `lockUntil`? */
function isRateLimitWord(name: string, context: ClassifyContext): boolean {
  return (context.vocabulary.has('rateLimit', name) || context.vocabulary.has('lockout', name)) && !context.vocabulary.has('planLimit', name);
}

function textOf(node: TSESTree.Node, context: ClassifyContext): string {
  return context.text.slice(node.range[0], node.range[1]);
}

/** Is the site a rate limit's refusal? Undefined unless the code says so plainly. */
export function rateLimitEvidence(site: DenyingSite, context: RateLimitContext): RateLimitEvidence | undefined {
  return libraryContext(site.node, context) ?? rejectedLimiter(site.node, context) ?? limitBranch(guardStartOf(site), context);
}

const LIMITER_MODULES: ReadonlySet<string> = new Set(Object.values(LIMITER_HANDLERS).map((l) => l.module));

/**
 * Does a name refer to a rate limiter: imported from a rate-limit library, or a rate-limit word?
 * The answers are kept per name for one question: every call of a file is asked about.
 */
function limiterNames(context: RateLimitContext): (name: string) => boolean {
  const imported = new Set<string>();
  for (const [local, module] of context.importedFrom) if (LIMITER_MODULES.has(module)) imported.add(local);
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      answer = imported.has(name) || isRateLimitWord(name, context);
      answers.set(name, answer);
    }
    return answer;
  };
}

/** Is `call` a call of a rate-limit library's factory: `rateLimit({...})`, `app.register(rateLimit, {...})`? */
function isLimiterCall(call: TSESTree.CallExpression, isLimiterName: (name: string) => boolean): boolean {
  const refersToLimiter = (node: TSESTree.Node) => {
    const n = unwrap(node);
    return n.type === 'Identifier' && isLimiterName(n.name);
  };
  return refersToLimiter(call.callee) || call.arguments.some(refersToLimiter);
}

/** express-rate-limit's `handler`, @fastify/rate-limit's `errorResponseBuilder`, a subclass of Nest's ThrottlerGuard. */
function libraryContext(node: TSESTree.Node, context: RateLimitContext): RateLimitEvidence | undefined {
  for (const a of ancestors(context.index, node)) {
    if ((a.type === 'ClassDeclaration' || a.type === 'ClassExpression') && a.superClass?.type === 'Identifier' && a.superClass.name === THROTTLER_GUARD) {
      return { reason: `a subclass of ${THROTTLER_GUARD}`, libraryHeaders: true };
    }
    if (a.type !== 'Property' && a.type !== 'MethodDefinition') continue;
    const key = propertyKeyName(a);
    if (key === undefined || !LIMITER_OPTIONS.has(key)) continue;
    const object = context.index.parentOf(a);
    const call = object && context.index.parentOf(object);
    if (call?.type === 'CallExpression' && object?.type === 'ObjectExpression' && isLimiterCall(call, limiterNames(context))) {
      return { reason: `the rate limiter's ${key}`, ...handlerRetryAfter(call, object, context) };
    }
  }
  return undefined;
}

/** express-rate-limit's window when `windowMs` is not given (60 s). */
const EXPRESS_RATE_LIMIT_DEFAULT_WINDOW_MS = 60_000;

/** A number the code spells as a constant: `60_000`, `15 * 60 * 1000`, `WINDOW_MS`. */
function constantNumber(node: TSESTree.Node, constants: ConstantTable): number | undefined {
  const n = unwrap(node);
  if (n.type === 'BinaryExpression' && (n.operator === '*' || n.operator === '+' || n.operator === '-' || n.operator === '/')) {
    const left = constantNumber(n.left, constants);
    const right = constantNumber(n.right, constants);
    if (left === undefined || right === undefined) return undefined;
    const value = n.operator === '*' ? left * right : n.operator === '+' ? left + right : n.operator === '-' ? left - right : left / right;
    return Number.isFinite(value) ? value : undefined;
  }
  const value = constants.evaluate(n);
  return typeof value === 'number' ? value : undefined;
}

/** Is the option `name` of a limiter's options the literal `false`? */
function isFalseOption(options: TSESTree.ObjectExpression, name: string): boolean {
  const value = findProperty(options, name)?.value;
  return value?.type === 'Literal' && value.value === false;
}

/**
 * Who sends Retry-After from a rate limiter's handler. express-rate-limit sets it before it calls the
 * handler unless both its header kinds are off (`legacyHeaders: false` or `headers: false`, and
 * `standardHeaders` off, its default); then the suggestion sends the window's length, in seconds,
 * where `windowMs` is a constant (an upper bound of the wait: the window may have begun earlier).
 * The other libraries send it themselves.
 */
function handlerRetryAfter(call: TSESTree.CallExpression, options: TSESTree.ObjectExpression, context: RateLimitContext): Pick<RateLimitEvidence, 'retryAfterSeconds' | 'libraryHeaders'> {
  const callee = unwrap(call.callee);
  const isExpressRateLimit = callee.type === 'Identifier' && context.importedFrom.get(callee.name) === 'express-rate-limit';
  const standardHeaders = findProperty(options, 'standardHeaders')?.value;
  const headersOff = (isFalseOption(options, 'legacyHeaders') || isFalseOption(options, 'headers')) && (!standardHeaders || isFalseOption(options, 'standardHeaders'));
  if (!isExpressRateLimit || !headersOff) return { libraryHeaders: true };
  const windowMs = findProperty(options, 'windowMs');
  const ms = windowMs ? constantNumber(windowMs.value, context.constants) : EXPRESS_RATE_LIMIT_DEFAULT_WINDOW_MS;
  return ms !== undefined && ms > 0 ? { retryAfterSeconds: String(Math.ceil(ms / 1000)) } : {};
}

/** The call of a limiter that rejects when the limit is hit: rate-limiter-flexible's `limiter.consume(key)`. */
function isLimiterConsume(call: TSESTree.CallExpression, context: ClassifyContext): boolean {
  const root = chainRoot(call.callee);
  return calleeName(call) === 'consume' && root.type === 'Identifier' && isRateLimitWord(root.name, context);
}

/** The `catch` of a try that consumes from a limiter, or a `.catch` callback on it: `rej.msBeforeNext` says when it resets. */
function rejectedLimiter(node: TSESTree.Node, context: ClassifyContext): RateLimitEvidence | undefined {
  let child: TSESTree.Node = node;
  for (const a of ancestors(context.index, node)) {
    if (a.type === 'CatchClause' && child === a.body) {
      const tryStatement = context.index.parentOf(a);
      const consume = tryStatement?.type === 'TryStatement' && nodesWithin(context.index.calls, tryStatement.block).find((c) => isLimiterConsume(c, context));
      if (consume) return rejection(consume, a.param, context);
    }
    if (isFunctionNode(a)) {
      const call = context.index.parentOf(a);
      const callee = call?.type === 'CallExpression' ? unwrap(call.callee) : undefined;
      const rejects = call?.type === 'CallExpression' && (calleeName(call) === 'catch' ? call.arguments[0] === a : calleeName(call) === 'then' && call.arguments[1] === a);
      const consume = rejects && callee?.type === 'MemberExpression' ? consumeInChain(callee.object, context) : undefined;
      if (consume) return rejection(consume, a.params[0], context);
      break;
    }
    child = a;
  }
  return undefined;
}

/** The limiter's `consume(...)` at the head of a promise chain: `limiter.consume(ip).then(ok).catch(...)`. */
function consumeInChain(node: TSESTree.Node, context: ClassifyContext): TSESTree.CallExpression | undefined {
  for (let n = unwrap(node); n.type === 'CallExpression'; ) {
    if (isLimiterConsume(n, context)) return n;
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression') return undefined;
    n = unwrap(callee.object);
  }
  return undefined;
}

function rejection(consume: TSESTree.CallExpression, param: TSESTree.Node | null | undefined, context: ClassifyContext): RateLimitEvidence {
  const reason = `${textOf(consume.callee, context)}() rejected`;
  return param?.type === 'Identifier' ? { reason, retryAfterSeconds: `Math.ceil(${param.name}.msBeforeNext / 1000)` } : { reason };
}

/** The conditions that hold when the site runs, one of them over a limit: `remaining <= 0`, `attempts >= max`, `!success`. */
function limitBranch(node: TSESTree.Node, context: ClassifyContext): RateLimitEvidence | undefined {
  const { guards } = branchConditionsOf(node, context);
  for (const guard of guards) {
    const found = overLimit(guard.test, guard.denyWhenTruthy, context);
    if (found) return found;
  }
  return undefined;
}

/** Is the limit exceeded when `test` is truthy (`whenTruthy`) or falsy? Looks through `!` and the parts that all hold. */
function overLimit(test: TSESTree.Node, whenTruthy: boolean, context: ClassifyContext): RateLimitEvidence | undefined {
  const n = unwrap(test);
  switch (n.type) {
    case 'UnaryExpression':
      return n.operator === '!' ? overLimit(n.argument, !whenTruthy, context) : undefined;
    case 'AwaitExpression':
      return overLimit(n.argument, whenTruthy, context);
    case 'LogicalExpression':
      // Both parts hold when `a && b` is truthy, or `a || b` falsy.
      if (n.operator !== (whenTruthy ? '&&' : '||')) return undefined;
      return overLimit(n.left, whenTruthy, context) ?? overLimit(n.right, whenTruthy, context);
    case 'BinaryExpression':
      return n.left.type === 'PrivateIdentifier' ? undefined : comparisonOverLimit(n, whenTruthy, context);
    case 'Identifier':
    case 'MemberExpression':
    case 'CallExpression':
      return flagOverLimit(n, whenTruthy, context);
    default:
      return undefined;
  }
}

/** What a compared value counts: requests left (`remaining`), requests made (`attempts`), or a lock's end (`lockUntil`). */
type CounterKind = 'left' | 'made' | 'lock-end';

const BOUND = /^(max|limit)|(max|limit)$/;

function counterKind(name: string, context: ClassifyContext): CounterKind {
  const folded = name.toLowerCase().replace(/[_-]/g, '');
  if (context.vocabulary.has('lockout', name)) return 'lock-end';
  return /remaining|left$/.test(folded) ? 'left' : 'made';
}

function isBound(name: string): boolean {
  return BOUND.test(name.toLowerCase().replace(/[_-]/g, ''));
}

/** Does a compared side speak of a rate limit: its path, or the initializer of the name (`const hits = await redis.incr(rateLimitKey)`)? */
function rateLimitSide(node: TSESTree.Node, context: ClassifyContext): string | undefined {
  const value = unwrap(node);
  const path = memberPath(value.type === 'CallExpression' ? value.callee : value);
  if (!path) return undefined;
  const last = path[path.length - 1]!;
  if (path.some((s) => isRateLimitWord(s, context))) return last;
  const n = unwrap(node);
  const init = n.type === 'Identifier' ? declaredInit(n, context) : undefined;
  return init && isRateLimitWord(textOf(init, context).replace(/[^\w]/g, ''), context) ? last : undefined;
}

/** `remaining <= 0`, `attempts >= MAX_ATTEMPTS`, `user.lockUntil > Date.now()`, `count > limit` after `limiter.get(key)`. */
function comparisonOverLimit(n: TSESTree.BinaryExpression, whenTruthy: boolean, context: ClassifyContext): RateLimitEvidence | undefined {
  const greater = n.operator === '>' || n.operator === '>=';
  if (!greater && n.operator !== '<' && n.operator !== '<=') return undefined;
  const left = n.left as TSESTree.Expression;
  if (context.vocabulary.has('planLimit', textOf(n, context).replace(/[^\w]/g, ''))) return undefined;
  const sides = [{ node: left, name: rateLimitSide(left, context), onLeft: true }, { node: n.right, name: rateLimitSide(n.right, context), onLeft: false }];
  let counter = sides.find((s) => s.name !== undefined && !isBound(s.name));
  if (!counter && sides.some((s) => s.name !== undefined)) {
    // `count >= MAX_ATTEMPTS`: the bound names the limit, the other side counts.
    const other = sides.find((s) => s.name === undefined);
    const path = other && memberPath(other.node);
    if (other && path) counter = { ...other, name: path[path.length - 1]! };
  }
  if (!counter?.name) return undefined;
  const kind = counterKind(counter.name, context);
  // Over the limit when the counter is large (made, lock end) or small (left).
  const counterGreater = counter.onLeft ? greater : !greater;
  const overWhenTruthy = kind === 'left' ? !counterGreater : counterGreater;
  if (overWhenTruthy !== whenTruthy) return undefined;
  const reason = `${whenTruthy ? '' : 'not '}${textOf(n, context)}`;
  const counterText = textOf(counter.node, context);
  return kind === 'lock-end' ? { reason, retryAfterSeconds: `Math.ceil((Number(${counterText}) - Date.now()) / 1000)` } : { reason, ...resetOf(n, context) };
}

/** Names a limiter's result is read by, and whether the limit is hit when they are truthy. */
const RESULT_FLAGS: readonly { readonly pattern: RegExp; readonly overWhenTruthy: boolean }[] = [
  { pattern: /^(success|allowed|isallowed|ok|passed|permitted)$/, overWhenTruthy: false },
  { pattern: /(limited|exceeded|blocked|throttled)$/, overWhenTruthy: true },
];

/** `isRateLimited(ip)`, `req.rateLimit.exceeded`, `!success` after `await ratelimit.limit(ip)`. */
function flagOverLimit(n: TSESTree.Identifier | TSESTree.MemberExpression | TSESTree.CallExpression, whenTruthy: boolean, context: ClassifyContext): RateLimitEvidence | undefined {
  const path = n.type === 'CallExpression' ? memberPath(n.callee) : memberPath(n);
  if (!path) return undefined;
  const name = path[path.length - 1]!;
  const folded = name.toLowerCase().replace(/[_-]/g, '');
  const flag = RESULT_FLAGS.find((f) => f.pattern.test(folded));
  const reason = `${whenTruthy ? '' : 'not '}${textOf(n, context)}`;
  if (isRateLimitWord(name, context) || path.slice(0, -1).some((s) => isRateLimitWord(s, context))) {
    const overWhenTruthy = flag?.overWhenTruthy ?? (/remaining/.test(folded) ? false : /^(is|has)|(ed)$/.test(folded) ? true : undefined);
    return overWhenTruthy === whenTruthy ? { reason, ...resetOf(n, context) } : undefined;
  }
  // A name read from a limiter's result: `const { success, reset } = await ratelimit.limit(ip)`.
  const head = unwrap(n.type === 'MemberExpression' ? chainRoot(n) : n);
  const init = head.type === 'Identifier' ? declaredInit(head, context) : undefined;
  if (!flag || !init || !isRateLimitWord(textOf(init, context).replace(/[^\w]/g, ''), context)) return undefined;
  return flag.overWhenTruthy === whenTruthy ? { reason, ...resetOf(n, context) } : undefined;
}

/** The initializer that declares a name, destructured (`const { success } = ...`) or not. */
function declaredInit(identifier: TSESTree.Identifier, context: ClassifyContext): TSESTree.Expression | undefined {
  const resolution = context.names.resolve(identifier);
  if (resolution?.kind !== 'declared') return undefined;
  for (const def of resolution.variable.defs) {
    const declarator = def.node as TSESTree.Node;
    if (def.type === 'Variable' && declarator.type === 'VariableDeclarator' && declarator.init) return declarator.init;
  }
  return undefined;
}

/**
 * When the limit resets, in seconds, from a limiter result in the function: a destructured `reset`
 * (Upstash: a time in ms) or `msBeforeNext` (rate-limiter-flexible).
 */
function resetOf(node: TSESTree.Node, context: ClassifyContext): { retryAfterSeconds?: string } {
  const fn = [...ancestors(context.index, node)].find(isFunctionNode);
  const scope = fn ?? context.index.program;
  for (const declarator of nodesWithin(context.index.variables, scope)) {
    if (declarator.id.type !== 'ObjectPattern' || !declarator.init || !isRateLimitWord(textOf(declarator.init, context).replace(/[^\w]/g, ''), context)) continue;
    for (const p of declarator.id.properties) {
      if (p.type !== 'Property' || p.value.type !== 'Identifier') continue;
      const key = propertyKeyName(p);
      if (key === 'reset') return { retryAfterSeconds: `Math.ceil((${p.value.name} - Date.now()) / 1000)` };
      if (key === 'msBeforeNext') return { retryAfterSeconds: `Math.ceil(${p.value.name} / 1000)` };
    }
  }
  return {};
}

/**
 * A status given to a rate-limit library as an option: `rateLimit({ statusCode: 403 })`, or the
 * `statusCode` of what @fastify/rate-limit's `errorResponseBuilder` returns.
 */
export function limiterStatusOptions(context: RateLimitContext): TSESTree.Property[] {
  const found: TSESTree.Property[] = [];
  const isLimiterName = limiterNames(context);
  for (const call of context.index.calls) {
    if (!isLimiterCall(call, isLimiterName)) continue;
    for (const arg of call.arguments) {
      const options = unwrap(arg);
      if (options.type !== 'ObjectExpression') continue;
      for (const p of options.properties) {
        if (p.type !== 'Property') continue;
        const key = propertyKeyName(p);
        if (key === 'statusCode') found.push(p);
        if (key === 'errorResponseBuilder' && (p.value.type === 'ArrowFunctionExpression' || p.value.type === 'FunctionExpression')) {
          found.push(...returnedStatusCodes(p.value, context));
        }
      }
    }
  }
  return found;
}

/** The `statusCode` properties of the objects a builder returns: `(req, ctx) => ({ statusCode: 403, ... })`. */
function returnedStatusCodes(fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression, context: ClassifyContext): TSESTree.Property[] {
  const values: TSESTree.Node[] = fn.body.type === 'BlockStatement'
    ? nodesWithin(context.index.returns, fn.body).flatMap((r) => (r.argument ? [r.argument] : []))
    : [fn.body];
  return values.flatMap((v) => {
    const object = unwrap(v);
    if (object.type !== 'ObjectExpression') return [];
    return object.properties.filter((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'statusCode');
  });
}
