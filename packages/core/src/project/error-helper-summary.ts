import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, propertyKeyName, unwrap } from '../ast/node-shapes.js';
import type { BindingSummary, CarriedHeaders, ResponseHelperSummary } from '../sites/project-view.js';
import type { ImportedName } from './module-imports.js';
import { paramLocals, type StatusParam } from './response-helper-summary.js';

/*
 * A function of the application that throws an error with the status it is given:
 * `function fail(status, msg) { throw new HttpError(status, msg) }` (HttpError read by the project model),
 * `const httpFail = (status, msg) => { throw createError(status, msg) }` (http-errors).
 * Its calls are the sites (`fail(401, 'login')`): an error, judged as the error the helper throws.
 */

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** What the summary reads of the helper's module: the bindings of its names, and where its imports come from. */
export interface HelperModule {
  bindingOf(reference: TSESTree.Node): BindingSummary | undefined;
  readonly imports: { readonly locals: ReadonlyMap<string, ImportedName> };
}

/** Only a function whose text throws is read. */
const MAY_THROW = /\bthrow\b/;

/** The error class names a thrown `new` is looked up for (each lookup may read another module). */
const ERROR_CLASS = /(Error|Exception)$/;

/** http-errors' factory, `createError(status, msg?, props?)`, by the names it is imported under. */
const HTTP_ERRORS_MODULE = 'http-errors';

/** Statements that may stand before the throw on its one path: logging, building the error. */
function runsThrough(statement: TSESTree.Statement): boolean {
  return statement.type === 'VariableDeclaration' || statement.type === 'ExpressionStatement';
}

/** The throw every call of the function reaches: a statement of its body with only declarations and expressions before it. */
function unconditionalThrow(fn: FunctionNode): TSESTree.ThrowStatement | undefined {
  if (fn.body.type !== 'BlockStatement') return undefined;
  for (const statement of fn.body.body) {
    if (statement.type === 'ThrowStatement') return statement;
    if (!runsThrough(statement)) return undefined;
  }
  return undefined;
}

/** The parameter an argument passes on unchanged: `status`, or `{ status }` of an options parameter. */
function passedParam(arg: TSESTree.CallExpressionArgument | undefined, locals: ReadonlyMap<string, StatusParam>): StatusParam | undefined {
  if (!arg || arg.type === 'SpreadElement') return undefined;
  const n = unwrap(arg);
  return n.type === 'Identifier' ? locals.get(n.name) : undefined;
}

/** The headers of an http-errors error: its props' `headers`, which may hold anything. */
function propsHeaders(args: readonly TSESTree.CallExpressionArgument[]): CarriedHeaders {
  for (const arg of args) {
    if (arg.type === 'SpreadElement') return 'unknown';
    const n = unwrap(arg);
    if (n.type === 'ObjectExpression' && (findProperty(n, 'headers') || n.properties.some((p) => p.type !== 'Property' || propertyKeyName(p) === undefined))) return 'unknown';
  }
  return 'none';
}

/** `new HttpError(status, msg)`: the status at the read class's status parameter. */
function thrownClass(error: TSESTree.NewExpression, locals: ReadonlyMap<string, StatusParam>, module: HelperModule): Omit<ResponseHelperSummary, 'kind' | 'name'> | undefined {
  const callee = unwrap(error.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : undefined;
  if (name === undefined || !ERROR_CLASS.test(name)) return undefined;
  const summary = module.bindingOf(callee);
  if (summary?.kind !== 'error-class' || summary.statusParam === undefined) return undefined;
  const statusParam = passedParam(error.arguments[summary.statusParam], locals);
  return statusParam && { statusParam, headers: summary.headers };
}

/** `createError(status, msg)` of http-errors. */
function thrownHttpError(error: TSESTree.CallExpression, locals: ReadonlyMap<string, StatusParam>, module: HelperModule): Omit<ResponseHelperSummary, 'kind' | 'name'> | undefined {
  const callee = unwrap(error.callee);
  if (callee.type !== 'Identifier' || module.imports.locals.get(callee.name)?.specifier !== HTTP_ERRORS_MODULE) return undefined;
  const statusParam = passedParam(error.arguments[0], locals);
  return statusParam && { statusParam, headers: propsHeaders(error.arguments.slice(1)) };
}

/** The summary of a function that throws an error with the status it is given; undefined for any other. */
export function summariseErrorHelper(name: string, fn: FunctionNode, text: string, module: HelperModule): ResponseHelperSummary | undefined {
  if (!MAY_THROW.test(text.slice(fn.range[0], fn.range[1]))) return undefined;
  const thrown = unconditionalThrow(fn)?.argument;
  const error = thrown && unwrap(thrown);
  const locals = paramLocals(fn.params);
  const found = error?.type === 'NewExpression' ? thrownClass(error, locals, module)
    : error?.type === 'CallExpression' ? thrownHttpError(error, locals, module) : undefined;
  return found && { kind: 'response-helper', name, delivery: 'error', ...found };
}
