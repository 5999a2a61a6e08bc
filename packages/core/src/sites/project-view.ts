import type { TSESTree } from '@typescript-eslint/types';
import type { ErrorHandlerShape, HandlerChallenge } from './error-handler-shape.js';

/*
 * The contract between the recognizers and the project model (packages/core/src/project/): what an
 * error class or class factory of the application says about the responses it makes, as plain data,
 * and the view through which a recognizer asks what a name of its file is bound to. Types only, so
 * that the sites layer depends on no code above it.
 */

/** Which headers an error carries: none at all, these names, or cannot be told (a `headers` field, an unseen base class). */
export type CarriedHeaders = 'none' | 'unknown' | readonly string[];

/**
 * An error class: `class AuthError extends HttpError { constructor() { super(401) } }`,
 * `class ApiError extends Error { constructor(status, msg) { super(msg); this.status = status } }`.
 * `status` is set when every instance answers it; `statusParam` when the constructor takes it.
 */
export interface ErrorClassSummary {
  readonly kind: 'error-class';
  readonly name: string;
  readonly status?: number;
  /** Where the fixed status is written, as offsets into the class's own file. */
  readonly statusRange?: readonly [number, number];
  /** The fixed status is a class field (`status = 401`), which no recognizer visits: its uses are reported instead. */
  readonly statusInField?: boolean;
  /** The constructor parameter (0-based) that takes the status. */
  readonly statusParam?: number;
  /** The constructor parameter that takes an error code (`field` when it is a property of an options object: `{ code }`). */
  readonly codeParam?: { readonly index: number; readonly field?: string };
  /** The status of each code, from the code table the class's module reads (`ErrorCodes[err.code]`, Dub). */
  readonly codeStatuses?: Readonly<Record<string, number>>;
  readonly headers: CarriedHeaders;
}

/**
 * A function that makes error classes: `const createError = (code, message, status = 500) => class extends Error { status = status }`
 * (`const InvalidCredentialsError = createError(CODE, 'Invalid', 401)`).
 */
export interface ClassFactorySummary {
  readonly kind: 'class-factory';
  readonly name: string;
  readonly statusParam: number;
  readonly headers: CarriedHeaders;
}

/** An object of statuses by name or code: `export const ErrorCodes = { bad_request: 400, unauthorized: 401 } as const`. */
export interface StatusTableSummary {
  readonly kind: 'status-table';
  readonly name: string;
  readonly statuses: Readonly<Record<string, number>>;
}

/**
 * A function that sends or builds a response with the status it is given (`sendError(res, 401, msg)`,
 * `errorResponse(401, msg)`, `logAndRespond(msg, { status: 401 })`), or throws an error with it
 * (`fail(401, 'login')`): each call is a site.
 */
export interface ResponseHelperSummary {
  readonly kind: 'response-helper';
  readonly name: string;
  /** The parameter (0-based) that takes the status, and its field where it is an options object (`{ status }`). */
  readonly statusParam: { readonly index: number; readonly field?: string };
  readonly headers: CarriedHeaders;
  /** `error`: the helper throws an error with the status (`headers` are the error's), which goes where errors go. */
  readonly delivery?: 'error';
}

/**
 * A function that answers with a fixed 403 on the response it is given, or builds one
 * (`function deny(res) { return res.status(403).json({ error: 'forbidden' }) }`): each call whose
 * response is the answer is a 403 site, so that the guard around the call is judged there.
 */
export interface FixedStatusHelperSummary {
  readonly kind: 'fixed-status-helper';
  readonly name: string;
  readonly status: number;
  readonly headers: CarriedHeaders;
}

export type BindingSummary = ErrorClassSummary | ClassFactorySummary | StatusTableSummary | ResponseHelperSummary | FixedStatusHelperSummary;

/**
 * Where a binding lives: `file` (declared in the file being analysed), `project` (another module of
 * the project's own source) or `dependency` (a package under node_modules that belongs to the project:
 * its workspace or npm scope). The place of a report depends on it: a binding in linted source is
 * reported where it binds the status, one in a dependency at each use.
 */
type BindingOrigin = 'file' | 'project' | 'dependency';

export interface ProjectBinding {
  readonly summary: BindingSummary;
  readonly origin: BindingOrigin;
}

/**
 * A central error handler declared in another module of the project and mounted in this file
 * (`app.use(errorHandler)`, `app.useGlobalFilters(new HttpFilter())`), judged in its own module.
 * `name` says where it is (`errorHandler from './error-handler'`); `line` is in that module.
 */
export interface ImportedErrorHandler {
  readonly name: string;
  readonly line: number;
  readonly challenge401: HandlerChallenge;
}

/** What the project model knows about the names of one file. Never throws; undefined is "not known". */
export interface ProjectView {
  /** The binding of a callee or class reference: `AuthError`, `errors.UnauthorizedError`, `auth_error_1.AuthError`. */
  bindingOf(reference: TSESTree.Node): ProjectBinding | undefined;
  /** The summary of a class declared in this file (for the class's own `super(...)` and `this.status = ...`). */
  classSummaryOf(declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression): ErrorClassSummary | undefined;
  /** The summary of a function declared anywhere in this file (a helper nested in a handler, too), if it is a response helper. */
  helperSummaryOf(declaration: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression): ResponseHelperSummary | FixedStatusHelperSummary | undefined;
  /** The imported function or class `reference` names, read as an error handler of `shape` in its own module. */
  errorHandlerOf(reference: TSESTree.Node, shape: ErrorHandlerShape): ImportedErrorHandler | undefined;
}
