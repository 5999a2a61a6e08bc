import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../../ast/ast-index.js';
import { assignedMember, calleeName, memberName, memberPath, patternNames, propertyKeyName, unwrap } from '../../ast/node-shapes.js';
import type { TextEdit } from '../../finding.js';
import { headerAssignmentStatement, type HeaderEdits } from '../../edits/header-edits.js';
import { insertAfter, insertStatementAt, statementPlaceBefore } from '../../edits/text-edits.js';
import { resolveStatus, resolveStatusName, type StatusValue } from '../../status/resolve-status.js';
import { headerInHeaders, combineEvidence, type HeaderEvidence } from '../header-evidence.js';
import { customStatusRewrite, headerEditIfAny, site, type Delivery, type ResponseSite } from '../response-site.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import { statusAssignmentSite } from '../status-assignment-site.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import { rewriteStatusWithPhrase } from '../../edits/rewrite-status.js';
import { contentBeside, isCertainContent, statementExpression, type StatementReading } from '../sent-content.js';

/*
 * Elysia 1.x (`elysiajs/elysia src/context.ts`, `src/error.ts`): from the handler's context,
 *   set.status = S | 'Unauthorized'     set.headers[H] = v
 *   return status(S, body) / throw status(S)   (`error(S)` up to 1.2; 1.3 also exports `status`)
 * Headers on `set` reach the response, thrown or returned.
 */

const ELYSIA_MODULES = moduleMatcher(['elysia', '@elysiajs/']);

/** A name the handler took from Elysia's context by destructuring: `({ set, status }) => ...`. */
interface ContextBinding {
  readonly local: TSESTree.Identifier;
  readonly pattern: TSESTree.ObjectPattern;
}

function patternOf(param: TSESTree.Parameter): TSESTree.ObjectPattern | undefined {
  const p = param.type === 'AssignmentPattern' ? param.left : param;
  return p.type === 'ObjectPattern' ? p : undefined;
}

/** A function Elysia calls with its context: in a file that imports Elysia, or passed straight to a route method. */
function isElysiaHandler(fn: TSESTree.FunctionLike, context: SiteContext): boolean {
  if (ELYSIA_MODULES.importedBy(context)) return true;
  const parent = context.index.parentOf(fn);
  return parent?.type === 'CallExpression' && unwrap(parent.callee).type === 'MemberExpression'
    && parent.arguments.includes(fn as TSESTree.CallExpressionArgument);
}

/**
 * The handler parameter that binds `name`, when it is the context property `key` destructured at
 * the top of the parameter (`({ set }) =>`, `({ status: reply }) =>`). The nearest function that
 * binds `name` decides, so an inner `(set) =>` shadows the context's.
 */
function contextBinding(at: TSESTree.Node, name: string, keys: ReadonlySet<string>, context: SiteContext): ContextBinding | undefined {
  for (const a of ancestors(context.index, at)) {
    if (!isFunctionNode(a) || !a.params.some((p) => patternNames(p).includes(name))) continue;
    if (!isElysiaHandler(a, context)) return undefined;
    for (const param of a.params) {
      const pattern = patternOf(param);
      for (const p of pattern?.properties ?? []) {
        if (p.type !== 'Property' || p.computed) continue;
        const value = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (value.type === 'Identifier' && value.name === name && keys.has(propertyKeyName(p) ?? '')) return { local: value, pattern: pattern! };
      }
    }
    return undefined;
  }
  return undefined;
}

/** The destructured context of the nearest Elysia handler around `node` (for an imported `status`). */
function handlerPattern(node: TSESTree.Node, context: SiteContext): TSESTree.ObjectPattern | undefined {
  for (const a of ancestors(context.index, node)) {
    if (!isFunctionNode(a)) continue;
    const pattern = a.params[0] && patternOf(a.params[0]);
    const keys = pattern?.properties.map((p) => (p.type === 'Property' ? propertyKeyName(p) ?? '' : '')) ?? [];
    if (pattern && keys.some((k) => CONTEXT_KEYS.has(k)) && isElysiaHandler(a, context)) return pattern;
  }
  return undefined;
}

/** The `set` destructured beside another context property in the same pattern. */
function setInPattern(pattern: TSESTree.ObjectPattern): TSESTree.Identifier | undefined {
  const found = pattern.properties.find((p): p is TSESTree.Property => p.type === 'Property' && !p.computed && propertyKeyName(p) === 'set');
  const value = found && (found.value.type === 'AssignmentPattern' ? found.value.left : found.value);
  return value?.type === 'Identifier' ? value : undefined;
}

/** Properties of Elysia's handler context, to tell its pattern from other destructuring callbacks. */
const CONTEXT_KEYS: ReadonlySet<string> = new Set([
  'set', 'status', 'error', 'body', 'query', 'params', 'headers', 'cookie', 'store', 'request', 'path', 'redirect',
  'server', 'route', 'bearer', 'jwt', 'user', 'session',
]);

const SET_KEYS: ReadonlySet<string> = new Set(['set']);
const STATUS_KEYS: ReadonlySet<string> = new Set(['status', 'error']);

/** Elysia statuses: numbers, constants, and the names of its StatusMap (`'Unauthorized'`). */
function elysiaStatus(node: TSESTree.Node, context: SiteContext): StatusValue | undefined {
  return resolveStatus(node, context.constants) ?? resolveStatusName(node);
}

/**
 * `set.headers = { ... }` and `Object.assign(set.headers, { ... })` in the handler: whole-object
 * writes that the receiver scan (which reads `set.headers[H] = v`) does not see.
 */
function headerInHeadersObject(set: readonly string[], scope: TSESTree.Node, name: string, context: SiteContext): HeaderEvidence {
  const wanted = [...set, 'headers'].join('.');
  const isHeaders = (node: TSESTree.Node) => memberPath(node)?.join('.') === wanted;
  let evidence: HeaderEvidence = 'absent';
  for (const assignment of context.index.assignments) {
    if (assignment.range[0] < scope.range[0] || assignment.range[1] > scope.range[1]) continue;
    if (isHeaders(assignment.left)) evidence = combineEvidence(evidence, headerInHeaders(assignment.right, name, context));
  }
  for (const call of context.index.calls) {
    if (call.range[0] < scope.range[0] || call.range[1] > scope.range[1]) continue;
    const callee = unwrap(call.callee);
    const [target, source] = call.arguments;
    if (callee.type === 'MemberExpression' && memberName(callee) === 'assign' && target && isHeaders(target)) {
      evidence = combineEvidence(evidence, headerInHeaders(source, name, context));
    }
  }
  return evidence;
}

function handlerOf(binding: TSESTree.Node, context: SiteContext): TSESTree.Node {
  for (const a of ancestors(context.index, binding)) if (isFunctionNode(a)) return a;
  return context.index.program;
}

/**
 * `set.headers[name] = value;` before the statement, adding `set` to the handler's pattern when it
 * lacks it; undefined where `set` cannot be had or no statement fits.
 */
function setHeaderEdits(node: TSESTree.Node, setText: string | undefined, pattern: TSESTree.ObjectPattern | undefined, context: SiteContext): HeaderEdits | undefined {
  const extra: TextEdit[] = [];
  let name = setText;
  if (!name) {
    const last = pattern?.properties[pattern.properties.length - 1];
    const taken = context.index.variables.some((d) => patternNames(d.id).includes('set'));
    if (!pattern || !last || last.type === 'RestElement' || taken) return undefined;
    extra.push(insertAfter(last, ', set'));
    name = 'set';
  }
  const place = statementPlaceBefore(context.index, node, context.text, { blockArrowBody: true });
  if (!place) return undefined;
  const headers = `${name}.headers`;
  return (header, value) => [...insertStatementAt(place, headerAssignmentStatement(headers, header, value), context.text), ...extra];
}

/**
 * A reader for `contentBeside` after `set.status = 204`: the value the handler then returns is what
 * Elysia sends (`return { ok: true }`); the drop returns nothing. Another status assignment stops.
 */
function returnedContent(context: SiteContext): (statement: TSESTree.Node) => StatementReading {
  return (statement) => {
    if (statement.type === 'ReturnStatement') {
      const value = statement.argument;
      if (!value || !isCertainContent(value, context, true)) return 'stop';
      return { node: value, throws: false, drop: () => [{ range: [statement.range[0] + 'return'.length, value.range[1]], text: '' }] };
    }
    const expression = statementExpression(statement);
    return expression?.type === 'AssignmentExpression' && assignedMember(expression, ['status']) ? 'stop' : 'next';
  };
}

/** `set.status = 401` / `set.status = 'Unauthorized'`; also `ctx.set.status` in a file that uses Elysia. */
function setStatusSite(assignment: TSESTree.AssignmentExpression, context: SiteContext): ResponseSite | undefined {
  const left = assignedMember(assignment, ['status']);
  if (!left) return undefined;
  const receiver = unwrap(left.object);
  const path = memberPath(receiver);
  if (!path) return undefined;
  const destructured = path.length === 1 && contextBinding(assignment, path[0]!, SET_KEYS, context);
  const throughContext = path.length === 2 && path[1] === 'set' && ELYSIA_MODULES.importedBy(context);
  if (!destructured && !throughContext) return undefined;
  const status = elysiaStatus(assignment.right, context);
  if (!status) return undefined;
  const setText = sourceOf(context, receiver);
  const scope = destructured ? handlerOf(destructured.local, context) : handlerOf(assignment, context);
  const addHeader = setHeaderEdits(assignment, setText, undefined, context);
  const headerOnSite = (name: string) => headerInHeadersObject(path, scope, name, context);
  const sentContent = () => contentBeside(context.index, assignment, returnedContent(context), 'after');
  return statusAssignmentSite({ assignment, status, receiver, addHeader, headerOnSite, sentContent });
}

/** `return status(401, body)`, `throw status('Unauthorized')`, `error(401)` (Elysia ≤1.2), from the handler's context. */
function statusCallSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'Identifier') return undefined;
  const binding = contextBinding(call, callee.name, STATUS_KEYS, context);
  // Elysia 1.3 also exports `status` (and 1.2 `error`) for use outside the handler's context.
  if (!binding && context.importedFrom.get(callee.name) !== 'elysia') return undefined;
  const [statusArg, body] = call.arguments;
  const status = statusArg && elysiaStatus(statusArg, context);
  if (!status) return undefined;
  const pattern = binding?.pattern ?? handlerPattern(call, context);
  const set = pattern && setInPattern(pattern);
  const parent = context.index.parentOf(call);
  const delivery: Delivery = parent?.type === 'ThrowStatement' ? 'error' : 'respond';
  const addBefore = setHeaderEdits(call, set?.name, pattern, context);
  return site({
    status,
    delivery,
    node: call,
    headerCarrier: set,
    headerOnSite: (name) => (set ? headerInHeadersObject([set.name], handlerOf(set, context), name, context) : 'absent'),
    addHeader: headerEditIfAny(addBefore),
    setStatus: customStatusRewrite((to) => rewriteStatusWithPhrase(status, body, to, context)),
  });
}

const elysiaRecognizer: SiteRecognizer = {
  call: (call, context) => (calleeName(call) === 'status' || calleeName(call) === 'error' ? statusCallSite(call, context) : undefined),
  assignment: setStatusSite,
  assignedMembers: new Set(['status']),
};

export const elysiaFramework: SpecificFramework = {
  id: 'elysia',
  kind: 'specific',
  modules: ELYSIA_MODULES,
  hover: { helperFunctions: ['error', 'status'], statusNameObjects: ['set'] },
  recognizer: elysiaRecognizer,
};
