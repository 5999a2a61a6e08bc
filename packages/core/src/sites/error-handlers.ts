import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode, nodesWithin } from '../ast/ast-index.js';
import { descendants } from '../ast/descendants.js';
import { calleeName, memberPath, staticString, unwrap } from '../ast/node-shapes.js';
import { headerCallStatement } from '../edits/header-edits.js';
import type { Range } from '../finding.js';
import { WWW_AUTHENTICATE } from '../http/header-names.js';
import { headerWritesIn } from './carrier-headers.js';
import type { ErrorHandlerShape, HandlerChallenge } from './error-handler-shape.js';
import { combineEvidence, headerInErrorProps, headerInHeaders, type HeaderEvidence } from './header-evidence.js';
import type { ModuleMatcher } from './module-matcher.js';
import type { SiteContext } from './site-context.js';

/*
 * The central error handlers of one file (issue 9): Express error middleware, Koa's try/catch around
 * `await next()` and `app.on('error')`, Fastify's `setErrorHandler`, Nest's `@Catch` filters, Hono's
 * `onError`, h3's `onError` option and Nitro's `defineNitroErrorHandler`, as the framework modules
 * declare them (`FrameworkModule.errorHandlers`). Pure and per file, so that a project model can run
 * it over every file and keep the answers.
 *
 * The answer is plain data, one `ErrorHandler` per handler found:
 * - `framework`: the id of the framework module whose shape it has;
 * - `name`: a short name for messages (`errorHandler`, `app.use(...)`, `HttpErrorFilter`);
 * - `range`, `line`: where it is (the function, Koa's catch clause, Nest's class);
 * - `challenge401`: what it does to WWW-Authenticate on a 401 error (`HandlerChallenge`);
 * - `addChallenge`: where the shape allows, the edit that adds the challenge for 401 errors at the
 *   start of the handler, in its idiom; its text holds `{{challenge}}` inside single quotes, for the
 *   challenge escaped as in a single-quoted string (`fillChallenge`). Never for a handler in another
 *   file: a finding edits its own file only.
 *
 * A handler imported from another module of the project and mounted here (`app.use(errorHandler)`,
 * `app.useGlobalFilters(new HttpFilter())`, `{ provide: APP_FILTER, useClass: HttpFilter }`) is
 * judged in its own module by the project model (`ProjectView.errorHandlerOf`, which calls
 * `declaredErrorHandler` there); `range` is then the place it is mounted.
 */

export interface ErrorHandler {
  readonly framework: string;
  readonly name: string;
  readonly range: Range;
  readonly line: number;
  readonly challenge401: HandlerChallenge;
  readonly addChallenge?: { readonly range: Range; readonly text: string };
}

/** One framework's shape, with its modules for the shapes that `needsImport`. */
export interface FrameworkErrorHandlerShape {
  readonly framework: string;
  readonly shape: ErrorHandlerShape;
  readonly modules?: ModuleMatcher;
}

const CHALLENGE_PLACEHOLDER = '{{challenge}}';

/** The text of an `addChallenge` edit with the challenge written in. */
export function fillChallenge(text: string, challenge: string): string {
  return text.replace(CHALLENGE_PLACEHOLDER, challenge.replace(/\\/g, '\\\\').replace(/'/g, "\\'"));
}

/** Methods of a context that answer with a body, a status and headers last: Hono's `c.json(body, 401, headers)`. */
const RESPOND_WITH_HEADERS: ReadonlySet<string> = new Set(['json', 'text', 'body', 'html', 'newResponse']);

/** Names of the call that hands a Nest filter its response: `host.switchToHttp().getResponse()`. */
const RESPONSE_GETTER = 'getResponse';

type FunctionNode = TSESTree.FunctionLike;

/** A handler found, before it is judged. */
interface Candidate {
  readonly entry: FrameworkErrorHandlerShape;
  /** The node that is the handler (the function, the catch clause, the class). */
  readonly node: TSESTree.Node;
  /** What is read for header writes. */
  readonly body: TSESTree.Node;
  readonly name: string;
  readonly errorName?: string;
  readonly carrierName?: string;
}

function identifierName(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = node.type === 'AssignmentPattern' ? node.left : node;
  return n.type === 'Identifier' ? n.name : undefined;
}

function paramName(fn: FunctionNode, index: number | undefined): string | undefined {
  return index === undefined ? undefined : identifierName(fn.params[index]);
}

/** Functions declared at the top of the file (or exported there), by name: `app.use(errorHandler)` finds its function. */
function topLevelFunctions(program: TSESTree.Program): Map<string, FunctionNode> {
  const functions = new Map<string, FunctionNode>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
      ? statement.declaration : statement;
    if (!declaration) continue;
    if (declaration.type === 'FunctionDeclaration' && declaration.id) functions.set(declaration.id.name, declaration);
    if (declaration.type === 'VariableDeclaration') {
      for (const d of declaration.declarations) {
        const init = d.init ? unwrap(d.init) : undefined;
        if (d.id.type === 'Identifier' && init && isFunctionNode(init)) functions.set(d.id.name, init);
      }
    }
  }
  return functions;
}

function functionOf(node: TSESTree.Node, functions: ReadonlyMap<string, FunctionNode>): FunctionNode | undefined {
  const n = unwrap(node);
  if (isFunctionNode(n)) return n;
  return n.type === 'Identifier' ? functions.get(n.name) : undefined;
}

function calleeText(call: TSESTree.CallExpression | TSESTree.NewExpression, context: SiteContext): string {
  const path = memberPath(call.callee);
  return path ? path.join('.') : context.text.slice(call.callee.range[0], call.callee.range[1]);
}

function functionCandidate(entry: FrameworkErrorHandlerShape, fn: FunctionNode, name: string): Candidate | undefined {
  if (!fn.body) return undefined;
  return { entry, node: fn, body: fn.body, name, errorName: paramName(fn, entry.shape.errorParam), carrierName: paramName(fn, entry.shape.responseParam) };
}

function declaredName(fn: FunctionNode, functions: ReadonlyMap<string, FunctionNode>): string | undefined {
  if (fn.type === 'FunctionDeclaration' && fn.id) return fn.id.name;
  for (const [name, f] of functions) if (f === fn) return name;
  return undefined;
}

/** The handlers of one shape in the file. */
function candidatesOf(entry: FrameworkErrorHandlerShape, context: SiteContext, functions: ReadonlyMap<string, FunctionNode>): Candidate[] {
  const { shape } = entry;
  const found: Candidate[] = [];
  const add = (candidate: Candidate | undefined) => { if (candidate) found.push(candidate); };
  switch (shape.kind) {
    case 'argument':
      for (const call of context.index.calls) {
        const callee = unwrap(call.callee);
        const named = shape.calleeIs === 'method' ? callee.type === 'MemberExpression' : callee.type === 'Identifier';
        if (!named || calleeName(call) !== shape.callee) continue;
        for (const argument of call.arguments) {
          const fn = functionOf(argument, functions);
          if (!fn || (shape.arity !== undefined && fn.params.length !== shape.arity)) continue;
          add(functionCandidate(entry, fn, declaredName(fn, functions) ?? `${calleeText(call, context)}(...)`));
        }
      }
      break;
    case 'declared':
      for (const [name, fn] of functions) {
        const first = paramName(fn, 0);
        if (fn.params.length === shape.arity && first !== undefined && shape.errorNames.includes(first)) add(functionCandidate(entry, fn, name));
      }
      break;
    case 'event':
      for (const call of context.index.calls) {
        const callee = unwrap(call.callee);
        if (callee.type !== 'MemberExpression' || calleeName(call) !== 'on' || staticString(call.arguments[0]) !== shape.event) continue;
        const fn = call.arguments[1] && functionOf(call.arguments[1], functions);
        if (fn) add(functionCandidate(entry, fn, `${calleeText(call, context)}('${shape.event}', ...)`));
      }
      break;
    case 'option':
      for (const call of [...context.index.calls, ...context.index.news]) {
        const name = calleeName(call);
        if (name === undefined || !shape.callees.includes(name)) continue;
        for (const argument of call.arguments) {
          const object = unwrap(argument);
          if (object.type !== 'ObjectExpression') continue;
          for (const p of object.properties) {
            if (p.type !== 'Property' || p.computed || identifierName(p.key) !== shape.property) continue;
            const fn = functionOf(p.value, functions);
            if (fn) add(functionCandidate(entry, fn, `${name}({ ${shape.property} })`));
          }
        }
      }
      break;
    case 'catch-around-next':
      for (const call of context.index.calls) add(catchAroundNext(entry, shape.nextParam, call, context));
      break;
    case 'decorated-class':
      for (const statement of context.index.program.body) {
        const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration'
          ? statement.declaration : statement;
        if (declaration?.type === 'ClassDeclaration') add(decoratedClass(entry, shape, declaration, context));
      }
      break;
  }
  return found;
}

/** Koa: `try { await next(); } catch (err) { ... }` in a middleware whose parameter `nextParam` is `next`. */
function catchAroundNext(entry: FrameworkErrorHandlerShape, nextParam: number, call: TSESTree.CallExpression, context: SiteContext): Candidate | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier' || call.arguments.length > 0) return undefined;
  let tryStatement: TSESTree.TryStatement | undefined;
  for (const a of ancestors(context.index, call)) {
    if (a.type === 'TryStatement' && !tryStatement && a.handler && a.block.range[0] <= call.range[0] && call.range[1] <= a.block.range[1]) tryStatement = a;
    if (!isFunctionNode(a)) continue;
    if (!tryStatement || paramName(a, nextParam) !== callee.name) return undefined;
    const handler = tryStatement.handler!;
    return {
      entry, node: handler, body: handler.body,
      name: `catch (${identifierName(handler.param) ?? ''}) around ${callee.name}()`,
      errorName: identifierName(handler.param),
      carrierName: paramName(a, entry.shape.responseParam),
    };
  }
  return undefined;
}

/** Nest: `@Catch(HttpException) class F { catch(exception, host) { const res = host.switchToHttp().getResponse(); ... } }`. */
function decoratedClass(
  entry: FrameworkErrorHandlerShape,
  shape: Extract<ErrorHandlerShape, { kind: 'decorated-class' }>,
  declaration: TSESTree.ClassDeclaration,
  context: SiteContext,
): Candidate | undefined {
  const decorator = (declaration.decorators ?? []).map((d) => unwrap(d.expression))
    .find((e): e is TSESTree.CallExpression => e.type === 'CallExpression' && calleeName(e) === shape.decorator);
  if (!decorator) return undefined;
  // A filter for other exceptions (a database error, NotFoundException) never sees a 401.
  const catches = decorator.arguments.map((a) => identifierName(unwrap(a)));
  if (catches.length > 0 && !catches.some((c) => c !== undefined && shape.catches401.includes(c))) return undefined;
  const method = declaration.body.body.find((m): m is TSESTree.MethodDefinition =>
    m.type === 'MethodDefinition' && !m.computed && identifierName(m.key) === shape.method);
  if (!method?.value.body) return undefined;
  const responseVariable = nodesWithin(context.index.variables, method.value.body).find((v) =>
    v.init && nodesWithin(context.index.calls, v.init).some((c) => calleeName(c) === RESPONSE_GETTER));
  return {
    entry, node: declaration, body: method.value.body,
    name: declaration.id?.name ?? `@${shape.decorator}(...)`,
    errorName: paramName(method.value, shape.errorParam),
    carrierName: identifierName(responseVariable?.id),
  };
}

/** What the handler does to WWW-Authenticate: header writes on its response, responses it builds, hand-offs. */
function challengeOf(candidate: Candidate, context: SiteContext): HandlerChallenge {
  const { body, carrierName, errorName } = candidate;
  if (candidate.entry.shape.headersDropped) return 'none';
  let evidence: HeaderEvidence = headerWritesIn(body, carrierName, WWW_AUTHENTICATE, context);
  if (carrierName === undefined && candidate.entry.shape.responseParam === undefined) evidence = combineEvidence(evidence, 'unknown');
  for (const made of nodesWithin(context.index.news, body)) {
    if (calleeName(made) === 'Response') evidence = combineEvidence(evidence, headerInErrorProps(made.arguments[1], WWW_AUTHENTICATE, context));
  }
  for (const call of nodesWithin(context.index.calls, body)) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'MemberExpression') continue;
    const root = unwrap(callee.object);
    const method = calleeName(call);
    if (root.type !== 'Identifier') continue;
    if (root.name === carrierName && method !== undefined && RESPOND_WITH_HEADERS.has(method) && call.arguments.length >= 3) {
      evidence = combineEvidence(evidence, headerInHeaders(call.arguments[2], WWW_AUTHENTICATE, context));
    }
    // Hono's HTTPException answers with its own response, which the throw may have built with the header.
    if (root.name === errorName && method === RESPONSE_GETTER) evidence = combineEvidence(evidence, 'unknown');
  }
  return evidence === 'present' ? 'adds' : evidence === 'unknown' ? 'unknown' : 'none';
}

/** The suggestion's edit: `if (err.status === 401) res.set('WWW-Authenticate', '{{challenge}}');` first in the handler. */
function addChallengeEdit(candidate: Candidate, context: SiteContext): ErrorHandler['addChallenge'] {
  const idiom = candidate.entry.shape.addChallenge;
  const { body, carrierName, errorName } = candidate;
  if (!idiom || !carrierName || !errorName) return undefined;
  const bodyText = context.text.slice(body.range[0], body.range[1]);
  const field = idiom.statusFields.find((f) => new RegExp(`\\b${errorName}\\s*\\.\\s*${f}\\b`).test(bodyText)) ?? idiom.statusFields[0];
  const statement = `if (${errorName}.${field} === 401) ${headerCallStatement(carrierName, idiom.headerMethod, WWW_AUTHENTICATE, CHALLENGE_PLACEHOLDER)}`;
  if (body.type === 'BlockStatement') {
    const first = body.body[0];
    if (!first) return { range: [body.range[0] + 1, body.range[0] + 1], text: ` ${statement} ` };
    const lineStart = context.text.lastIndexOf('\n', first.range[0] - 1) + 1;
    const indent = context.text.slice(lineStart, first.range[0]);
    return { range: [first.range[0], first.range[0]], text: /^\s*$/.test(indent) ? `${statement}\n${indent}` : `${statement} ` };
  }
  // An arrow's expression body, not parenthesised: `=> res.status(...).json(...)` becomes a block.
  const arrow = context.text.lastIndexOf('=>', body.range[0]);
  if (arrow < 0 || !/^\s*$/.test(context.text.slice(arrow + 2, body.range[0]))) return undefined;
  return { range: [body.range[0], body.range[1]], text: `{ ${statement} return ${bodyText}; }` };
}

/** Nest's token for a global filter given as a provider: `{ provide: APP_FILTER, useClass: HttpFilter }`. */
const GLOBAL_FILTER_TOKEN = 'APP_FILTER';

/** Koa mounts middleware, error middleware too, with `app.use(fn)`. */
const MOUNT_METHOD = 'use';

/** `name` or `ns.name`: what an import of another module may be called by here. */
function isReference(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === 'Identifier' || (n.type === 'MemberExpression' && !n.computed && unwrap(n.object).type === 'Identifier');
}

function methodCalls(context: SiteContext, method: string): TSESTree.CallExpression[] {
  return context.index.calls.filter((c) => unwrap(c.callee).type === 'MemberExpression' && calleeName(c) === method);
}

/**
 * Where a handler of this shape that is not declared in the file is mounted: the references to it
 * (`app.use(errorHandler)`, `app.onError(handlers.onError)`, `app.use(errorMiddleware())` for a Koa
 * factory, `new HttpFilter()` given to `useGlobalFilters` or `useClass` beside `provide: APP_FILTER`).
 */
function mountedReferences(shape: ErrorHandlerShape, context: SiteContext, functions: ReadonlyMap<string, FunctionNode>): TSESTree.Node[] {
  const notLocal = (node: TSESTree.Node | undefined): node is TSESTree.Node => node !== undefined && node.type !== 'SpreadElement'
    && isReference(node) && !(unwrap(node).type === 'Identifier' && functions.has((unwrap(node) as TSESTree.Identifier).name));
  switch (shape.kind) {
    case 'argument':
      return context.index.calls.filter((c) => {
        const callee = unwrap(c.callee);
        return (shape.calleeIs === 'method' ? callee.type === 'MemberExpression' : callee.type === 'Identifier') && calleeName(c) === shape.callee;
      }).flatMap((c) => c.arguments.filter(notLocal));
    case 'event':
      return context.index.calls.filter((c) => unwrap(c.callee).type === 'MemberExpression' && calleeName(c) === 'on' && staticString(c.arguments[0]) === shape.event)
        .flatMap((c) => (c.arguments[1] ? [c.arguments[1]] : [])).filter(notLocal);
    case 'option':
      return [...context.index.calls, ...context.index.news].filter((c) => shape.callees.includes(calleeName(c) ?? ''))
        .flatMap((c) => c.arguments.map((a) => unwrap(a)))
        .flatMap((o) => (o.type === 'ObjectExpression' ? o.properties : []))
        .flatMap((p) => (p.type === 'Property' && !p.computed && identifierName(p.key) === shape.property ? [p.value] : [])).filter(notLocal);
    case 'catch-around-next':
      return methodCalls(context, MOUNT_METHOD).flatMap((c) => c.arguments.map((a) => {
        const n = a.type === 'SpreadElement' ? undefined : unwrap(a);
        return n?.type === 'CallExpression' ? n.callee : n;
      })).filter(notLocal);
    case 'decorated-class': {
      const filters = methodCalls(context, 'useGlobalFilters').flatMap((c) => c.arguments.map((a) => unwrap(a)))
        .flatMap((a) => (a.type === 'NewExpression' ? [a.callee] : []));
      const provided = !context.text.includes(GLOBAL_FILTER_TOKEN) ? [] : [...descendants(context.index.program)].flatMap((o) => {
        if (o.type !== 'ObjectExpression') return [];
        const provide = o.properties.find((p) => p.type === 'Property' && identifierName(p.key) === 'provide');
        const useClass = o.properties.find((p) => p.type === 'Property' && identifierName(p.key) === 'useClass');
        return provide?.type === 'Property' && identifierName(unwrap(provide.value)) === GLOBAL_FILTER_TOKEN && useClass?.type === 'Property' ? [useClass.value] : [];
      });
      return [...filters, ...provided].filter(notLocal);
    }
    case 'declared':
      return [];
  }
}

/**
 * The handler of `shape` that a module declares as `declaration` (a function, or for Nest a class),
 * judged in that module's `context`: the project model's answer for a handler mounted in another
 * file. For Koa, a factory of the middleware is read too (`export const errors = () => async (ctx, next) => ...`).
 */
export function declaredErrorHandler(context: SiteContext, shape: ErrorHandlerShape, declaration: TSESTree.Node, name: string): ErrorHandler | undefined {
  const entry: FrameworkErrorHandlerShape = { framework: '', shape };
  let candidate: Candidate | undefined;
  if (shape.kind === 'decorated-class') {
    candidate = declaration.type === 'ClassDeclaration' ? decoratedClass(entry, shape, declaration, context) : undefined;
  } else if (isFunctionNode(declaration)) {
    if (shape.kind === 'catch-around-next') {
      candidate = nodesWithin(context.index.calls, declaration).map((c) => catchAroundNext(entry, shape.nextParam, c, context)).find((c) => c !== undefined);
    } else if (shape.kind !== 'argument' || shape.arity === undefined || declaration.params.length === shape.arity) {
      candidate = functionCandidate(entry, declaration, name);
    }
  }
  if (!candidate) return undefined;
  return {
    framework: '', name, range: [candidate.node.range[0], candidate.node.range[1]],
    line: lineOf(context.text, candidate.node.range[0]), challenge401: challengeOf(candidate, context),
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Every central error handler in the file, in the order of `shapes`, then of the source; each node once. */
export function findErrorHandlers(context: SiteContext, shapes: readonly FrameworkErrorHandlerShape[]): ErrorHandler[] {
  const functions = topLevelFunctions(context.index.program);
  const seen = new Set<TSESTree.Node>();
  const handlers: ErrorHandler[] = [];
  for (const entry of shapes) {
    if (entry.shape.needsImport && !entry.modules?.importedBy(context)) continue;
    for (const candidate of candidatesOf(entry, context, functions)) {
      if (seen.has(candidate.node)) continue;
      seen.add(candidate.node);
      const addChallenge = addChallengeEdit(candidate, context);
      handlers.push({
        framework: entry.framework,
        name: candidate.name,
        range: [candidate.node.range[0], candidate.node.range[1]],
        line: lineOf(context.text, candidate.node.range[0]),
        challenge401: challengeOf(candidate, context),
        ...(addChallenge ? { addChallenge } : {}),
      });
    }
    for (const reference of context.project ? mountedReferences(entry.shape, context, functions) : []) {
      if (seen.has(reference)) continue;
      const imported = context.project?.errorHandlerOf(reference, entry.shape);
      if (!imported) continue;
      seen.add(reference);
      handlers.push({ framework: entry.framework, name: imported.name, range: [reference.range[0], reference.range[1]], line: imported.line, challenge401: imported.challenge401 });
    }
  }
  return handlers;
}
