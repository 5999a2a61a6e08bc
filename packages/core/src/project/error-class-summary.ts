import type { TSESTree } from '@typescript-eslint/types';
import type { ConstantTable } from '../ast/constant-values.js';
import { memberName, unwrap } from '../ast/node-shapes.js';
import type { CarriedHeaders, ErrorClassSummary } from '../sites/project-view.js';
import { combineCarried, headersInSource } from './carried-headers.js';
import { parameterNames, STATUS_FIELDS, statusInOptions, statusSource, type StatusScope, type StatusSource } from './status-source.js';

/** What a class extends, as far as the project model can see: an error root (`Error`), a summarised error class, or nothing known. */
export type BaseClass =
  | { readonly kind: 'error-root'; readonly headers: CarriedHeaders }
  | { readonly kind: 'summary'; readonly summary: ErrorClassSummary };

export interface ClassScope {
  readonly constants: ConstantTable;
  readonly text: string;
  /** The base class `reference` names; undefined when it cannot be seen (then the headers are unknown). */
  baseOf(reference: TSESTree.Node): BaseClass | undefined;
}

/** A class summary, and for a class made by a factory the factory parameter that gives its status. */
export interface ClassReading {
  readonly summary: ErrorClassSummary;
  readonly outerStatusParam?: number;
}

/** Only an auth status is trusted among bare super arguments: other numbers in error constructors are often not statuses. */
const isAuthStatus = (code: number): boolean => code === 401 || code === 403;

function constructorOf(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): TSESTree.FunctionExpression | undefined {
  for (const member of node.body.body) {
    if (member.type === 'MethodDefinition' && member.kind === 'constructor' && member.value.type === 'FunctionExpression') return member.value;
  }
  return undefined;
}

function isThisField(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'MemberExpression' || unwrap(n.object).type !== 'ThisExpression') return undefined;
  const name = memberName(n);
  return name !== undefined && STATUS_FIELDS.has(name) ? name : undefined;
}

/** `status = 401` / `statusCode = status` among the class fields. */
function statusFromFields(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, scope: StatusScope): StatusSource | undefined {
  for (const member of node.body.body) {
    if (member.type !== 'PropertyDefinition' || member.static || !member.value || member.key.type !== 'Identifier') continue;
    if (!STATUS_FIELDS.has(member.key.name)) continue;
    const found = statusSource(member.value, { ...scope, params: [] });
    if (found) return found;
  }
  return undefined;
}

/** `this.status = 401` / `this.httpStatusCode = httpStatusCode` among the constructor's own statements. */
function statusFromAssignments(body: readonly TSESTree.Statement[], scope: StatusScope): StatusSource | undefined {
  let found: StatusSource | undefined;
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const e = unwrap(statement.expression);
    if (e.type !== 'AssignmentExpression' || e.operator !== '=' || !isThisField(e.left)) continue;
    // A later write wins (`this.statusCode = 500; this.statusCode = options.statusCode || this.statusCode` stays unread).
    found = statusSource(e.right, scope);
  }
  return found;
}

/** `constructor({ code, message })` or `constructor(code, ...)` with `this.code = ...`: where the error code comes in. */
function codeParamOf(ctor: TSESTree.FunctionExpression | undefined): ErrorClassSummary['codeParam'] {
  if (!ctor) return undefined;
  const storesCode = ctor.body.body.some((st) => st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression'
    && st.expression.left.type === 'MemberExpression' && st.expression.left.object.type === 'ThisExpression' && memberName(st.expression.left) === 'code');
  if (!storesCode) return undefined;
  for (const [index, param] of ctor.params.entries()) {
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    if (target.type === 'Identifier' && target.name === 'code') return { index };
    if (target.type === 'ObjectPattern' && target.properties.some((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === 'code')) {
      return { index, field: 'code' };
    }
  }
  return undefined;
}

function superCallOf(body: readonly TSESTree.Statement[]): TSESTree.CallExpression | undefined {
  for (const statement of body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const e = unwrap(statement.expression);
    if (e.type === 'CallExpression' && e.callee.type === 'Super') return e;
  }
  return undefined;
}

/** The status a `super(...)` call gives: at the base's status parameter, else a bare auth status or an options object. */
function statusFromSuper(call: TSESTree.CallExpression, base: BaseClass | undefined, scope: StatusScope): StatusSource | undefined {
  if (base?.kind === 'summary' && base.summary.statusParam !== undefined) {
    const arg = call.arguments[base.summary.statusParam];
    return arg && arg.type !== 'SpreadElement' ? statusSource(arg, scope) : undefined;
  }
  for (const arg of call.arguments) {
    if (arg.type === 'SpreadElement') continue;
    const found = statusSource(arg, scope, isAuthStatus);
    if (found?.kind === 'fixed') return found;
  }
  return statusInOptions(call.arguments, scope);
}

function inherited(base: BaseClass | undefined): StatusSource | undefined {
  if (base?.kind !== 'summary') return undefined;
  const s = base.summary;
  if (s.status !== undefined) return { kind: 'fixed', code: s.status, range: [-1, -1] };
  return s.statusParam !== undefined ? { kind: 'param', index: s.statusParam } : undefined;
}

/**
 * What an error class says about its responses. Undefined for a class that extends nothing (not an
 * error), and for one whose status cannot be read and whose base is not seen. `outerParams`: the parameters of the factory the
 * class is made in, if any.
 */
export function summariseClass(
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  name: string,
  scope: ClassScope,
  outerParams: readonly (string | undefined)[] = [],
): ClassReading | undefined {
  if (!node.superClass) return undefined;
  const base = scope.baseOf(node.superClass);
  const ctor = constructorOf(node);
  const body = ctor?.body.body ?? [];
  const statusScope: StatusScope = { constants: scope.constants, params: ctor ? parameterNames(ctor.params) : [], outerParams };
  const superCall = superCallOf(body);
  const assigned = statusFromAssignments(body, statusScope);
  const field = assigned ? undefined : statusFromFields(node, statusScope);
  const own = assigned ?? field ?? (superCall ? statusFromSuper(superCall, base, statusScope) : undefined);
  // Without a constructor of its own, the class takes its base's parameters as they are.
  const source = own ?? (ctor ? (base?.kind === 'summary' && base.summary.status !== undefined ? inherited(base) : undefined) : inherited(base));
  // A class with no status of its own still counts as a base (GhostError), when what it extends is seen.
  if (!source && base === undefined) return undefined;
  const ownHeaders = headersInSource(scope.text.slice(node.range[0], node.range[1]));
  const headers = base === undefined ? 'unknown' : combineCarried(ownHeaders, base.kind === 'error-root' ? base.headers : base.summary.headers);
  const codeParam = source ? undefined : codeParamOf(ctor);
  const summary: ErrorClassSummary = {
    kind: 'error-class',
    name,
    headers,
    ...(codeParam ? { codeParam } : {}),
    ...(source?.kind === 'fixed' ? { status: source.code, ...(source.range[0] >= 0 ? { statusRange: source.range } : {}) } : {}),
    ...(source?.kind === 'fixed' && source === field ? { statusInField: true } : {}),
    ...(source?.kind === 'param' ? { statusParam: source.index } : {}),
  };
  return { summary, ...(source?.kind === 'outer-param' ? { outerStatusParam: source.index } : {}) };
}
