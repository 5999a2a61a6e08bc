import type { TSESTree } from '@typescript-eslint/types';
import { descendants } from '../ast/descendants.js';
import { calleeName, chainRoot, findProperty, memberName, propertyKeyName, staticString, unwrap } from '../ast/node-shapes.js';
import { sameHeaderName, WWW_AUTHENTICATE } from '../http/header-names.js';
import { isResponseName } from '../sites/handler-response.js';
import type { CarriedHeaders, FixedStatusHelperSummary, ResponseHelperSummary } from '../sites/project-view.js';

/*
 * A function of the application that sends or builds a response with the status it is given:
 * `function sendError(res, status, msg) { res.status(status).json({ msg }) }`,
 * `function errorResponse(status, message) { return new Response(message, { status }) }`,
 * `function logAndRespond(body, { status = 200 } = {}) { return new Response(body, { status }) }`.
 * Its calls are the sites (the status is written there); the summary says where the status goes in
 * and which headers the function sets.
 */

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
export type StatusParam = ResponseHelperSummary['statusParam'];

/** Most functions send no response: only one whose text says so is walked. */
const MAY_SEND = /\b(status|statusCode|writeHead|sendStatus|code)\b/;

/** Methods that take the status first on a response: `res.status(s)`, `res.sendStatus(s)`, `res.writeHead(s)`, `reply.code(s)`. */
const STATUS_METHODS: ReadonlySet<string> = new Set(['status', 'sendStatus', 'writeHead', 'code']);

/** Calls and classes that take a `{ status }` init second: `new Response(b, init)`, `Response.json(b, init)`, `json(b, init)`. */
const RESPONSE_BUILDERS: ReadonlySet<string> = new Set(['Response', 'NextResponse', 'json']);

/** Methods that set one header by name on a response, or its `headers`. */
const HEADER_METHODS: ReadonlySet<string> = new Set(['set', 'header', 'setHeader', 'append', 'appendHeader']);

/** The local names that hold a parameter's value: `status`, or `{ status = 200 }` of an options parameter. */
export function paramLocals(params: readonly TSESTree.Parameter[]): Map<string, StatusParam> {
  const locals = new Map<string, StatusParam>();
  params.forEach((p, index) => {
    const target = p.type === 'AssignmentPattern' ? p.left : p;
    if (target.type === 'Identifier') locals.set(target.name, { index });
    if (target.type !== 'ObjectPattern') return;
    for (const property of target.properties) {
      if (property.type !== 'Property') continue;
      const field = propertyKeyName(property);
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (field !== undefined && value.type === 'Identifier') locals.set(value.name, { index, field });
    }
  });
  return locals;
}

/** `res`, `reply`, `ctx`: the root of a member chain, named as a response. */
function onResponse(object: TSESTree.Node): boolean {
  const root = chainRoot(object);
  return root.type === 'Identifier' && isResponseName(root.name);
}

/**
 * The node that gives a response its status here, if any: `res.status(HERE)`, `reply.code(HERE)`,
 * `new Response(b, { status: HERE })`, `res.statusCode = HERE`. Only on a response by its name
 * (`err.status = status` builds an error, not a response).
 */
function statusExpression(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type === 'CallExpression' || node.type === 'NewExpression') {
    const callee = unwrap(node.callee);
    const name = calleeName(node);
    if (node.type === 'CallExpression' && callee.type === 'MemberExpression' && name !== undefined && STATUS_METHODS.has(name)) {
      const first = node.arguments[0];
      return first && first.type !== 'SpreadElement' && onResponse(callee.object) ? first : undefined;
    }
    if (name === undefined || !RESPONSE_BUILDERS.has(name)) return undefined;
    const init = node.arguments[1];
    const object = init && init.type !== 'SpreadElement' ? unwrap(init) : undefined;
    return object?.type === 'ObjectExpression' ? findProperty(object, 'status')?.value : undefined;
  }
  if (node.type === 'AssignmentExpression' && node.operator === '=') {
    const left = unwrap(node.left);
    if (left.type === 'MemberExpression' && (memberName(left) === 'status' || memberName(left) === 'statusCode') && onResponse(left.object)) return node.right;
  }
  return undefined;
}

/** `init.headers = h`, `res.headers[name] = v`: a write the summary cannot read. */
function writesHeaders(target: TSESTree.Node): boolean {
  for (let n = unwrap(target); n.type === 'MemberExpression'; n = unwrap(n.object)) {
    if (memberName(n) === 'headers') return true;
  }
  return false;
}

/**
 * Which headers the function sets: the names in `headers: { ... }` objects and in header calls with
 * a name written out; anything it cannot read (a spread, a computed name, a `headers` value it is
 * handed) makes it unknown.
 */
function helperHeaders(fn: FunctionNode): CarriedHeaders {
  const names: string[] = [];
  let unknown = false;
  for (const node of descendants(fn.body)) {
    if (node.type === 'Property' && propertyKeyName(node) === 'headers') {
      const value = unwrap(node.value);
      if (value.type !== 'ObjectExpression') { unknown = true; continue; }
      for (const p of value.properties) {
        const key = p.type === 'Property' && !p.computed ? propertyKeyName(p) : undefined;
        if (key === undefined) unknown = true;
        else names.push(key);
      }
    } else if (node.type === 'CallExpression') {
      const method = calleeName(node);
      if (method === undefined || !HEADER_METHODS.has(method) || unwrap(node.callee).type !== 'MemberExpression') continue;
      const name = staticString(node.arguments[0]);
      if (name === undefined) unknown = true;
      else names.push(name);
    } else if (node.type === 'NewExpression' && calleeName(node) === 'Headers') {
      unknown = true;
    } else if (node.type === 'AssignmentExpression' && writesHeaders(node.left)) {
      unknown = true;
    }
  }
  if (names.some((n) => sameHeaderName(n, WWW_AUTHENTICATE))) return [WWW_AUTHENTICATE];
  return unknown ? 'unknown' : names.length > 0 ? names : 'none';
}

/** The fixed statuses a helper is followed to its calls for: a 403's guard is at the call (a fixed 401 is a site in the helper, reported once there). */
const FIXED_STATUSES: ReadonlySet<number> = new Set([403]);

/**
 * The summary of a function that sends or builds a response with a status taken from its
 * parameters, or with one fixed 403 (`deny(res)`); undefined for any other.
 */
export function summariseResponseHelper(name: string, fn: FunctionNode, text: string): ResponseHelperSummary | FixedStatusHelperSummary | undefined {
  if (!MAY_SEND.test(text.slice(fn.range[0], fn.range[1]))) return undefined;
  const locals = paramLocals(fn.params);
  let statusParam: StatusParam | undefined;
  const fixed = new Set<number | undefined>();
  for (const node of descendants(fn.body)) {
    const expression = statusExpression(node);
    const value = expression && unwrap(expression);
    if (!value) continue;
    const param = value.type === 'Identifier' ? locals.get(value.name) : undefined;
    if (!param) {
      fixed.add(value.type === 'Literal' && typeof value.value === 'number' ? value.value : undefined);
      continue;
    }
    // Two different parameters for the status: not one the call decides.
    if (statusParam && (statusParam.index !== param.index || statusParam.field !== param.field)) return undefined;
    statusParam = param;
  }
  if (statusParam) return { kind: 'response-helper', name, statusParam, headers: helperHeaders(fn) };
  // One status, written out, on every path: a helper that may also answer 200 or a computed status is not one.
  const [status] = [...fixed];
  return fixed.size === 1 && status !== undefined && FIXED_STATUSES.has(status)
    ? { kind: 'fixed-status-helper', name, status, headers: helperHeaders(fn) } : undefined;
}
