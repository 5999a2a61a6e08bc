import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import { calleeName, findProperty, requiredModule, unwrap } from '../ast/node-shapes.js';
import { resolveStatus, type StatusValue } from '../status/resolve-status.js';
import { carriedEvidence } from './carried-evidence.js';
import { handlerErrorSite, isResponseName } from './handler-response.js';
import { site, type ResponseSite } from './response-site.js';
import type { FixedStatusHelperSummary, ResponseHelperSummary } from './project-view.js';
import type { SiteContext } from './site-context.js';

/*
 * A call of the application's own response helper, given the status: `sendError(res, 401, msg)`,
 * `return errorResponse(401, msg)`, `return logAndRespond(msg, { status: 401 })`, `fail(401, 'login')`
 * (a helper that throws an error with it, judged as that error); or of one that
 * answers a fixed 403 (`return deny(res)`), whose guard is at the call. The helper is
 * declared in the file (at the top or nested in a handler) or imported from the project; the project
 * model's summary says which parameter takes the status and which headers the helper sets. The call
 * is the site, since the status is written there.
 */

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Does some argument say a status, so that the callee is worth looking up (a lookup may read another module)? */
function givesStatus(call: TSESTree.CallExpression, context: SiteContext): boolean {
  return call.arguments.some((arg) => {
    if (arg.type === 'SpreadElement') return false;
    const n = unwrap(arg);
    if (n.type === 'ObjectExpression') {
      const prop = findProperty(n, 'status') ?? findProperty(n, 'statusCode');
      return prop !== undefined && resolveStatus(prop.value, context.constants) !== undefined;
    }
    return resolveStatus(n, context.constants) !== undefined;
  });
}

/**
 * Is the helper's response what the handler answers: the call returned (`return h(...)`, `=> h(...)`)
 * or made as a statement (`sendError(res, 401)`)? A response kept in a variable may get its headers later.
 */
function answers(call: TSESTree.CallExpression, index: AstIndex): boolean {
  let child: TSESTree.Node = call;
  let parent = index.parentOf(child);
  while (parent?.type === 'AwaitExpression' || parent?.type === 'TSAsExpression' || parent?.type === 'ChainExpression') {
    child = parent;
    parent = index.parentOf(child);
  }
  if (parent?.type === 'ReturnStatement' || parent?.type === 'ExpressionStatement') return true;
  return parent?.type === 'ArrowFunctionExpression' && parent.body === child;
}

/**
 * The names this file declares functions by, anywhere in it (`function f() {}`, `const f = () => {}`):
 * a callee by another name is no declared function, and is not resolved (a resolution may run the
 * scope analysis of its statement). Once per file.
 */
function functionNames(context: SiteContext): ReadonlySet<string> {
  return context.memo(functionNames, () => {
    const names = new Set<string>();
    for (const declaration of context.index.functionDeclarations) if (declaration.id) names.add(declaration.id.name);
    for (const declarator of context.index.variables) {
      const init = declarator.init && unwrap(declarator.init);
      if (declarator.id.type === 'Identifier' && (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression')) names.add(declarator.id.name);
    }
    return names;
  });
}

/** The function a name of this file is declared as: `function f() {}`, `const f = () => {}`. */
function declaredFunction(callee: TSESTree.Identifier, context: SiteContext): FunctionNode | undefined {
  if (!functionNames(context).has(callee.name)) return undefined;
  const resolution = context.names.resolve(callee);
  if (resolution?.kind !== 'declared' || resolution.variable.defs.length !== 1) return undefined;
  const def = resolution.variable.defs[0]!;
  const node = def.node as TSESTree.Node;
  if (def.type === 'FunctionName' && node.type === 'FunctionDeclaration') return node;
  if (def.type !== 'Variable' || node.type !== 'VariableDeclarator' || !node.init) return undefined;
  const init = unwrap(node.init);
  return init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression' ? init : undefined;
}

function helperOf(call: TSESTree.CallExpression, context: SiteContext): ResponseHelperSummary | FixedStatusHelperSummary | undefined {
  const project = context.project;
  if (!project) return undefined;
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier') {
    const declared = declaredFunction(callee, context);
    if (declared) return project.helperSummaryOf(declared);
  } else if (callee.type !== 'MemberExpression') {
    return undefined;
  }
  const binding = project.bindingOf(callee);
  const kind = binding?.summary.kind;
  return kind === 'response-helper' || kind === 'fixed-status-helper' ? binding!.summary as ResponseHelperSummary | FixedStatusHelperSummary : undefined;
}

/** The status the call gives the helper's status parameter. */
function statusGiven(call: TSESTree.CallExpression, summary: ResponseHelperSummary, context: SiteContext): StatusValue | undefined {
  const arg = call.arguments[summary.statusParam.index];
  if (!arg || arg.type === 'SpreadElement') return undefined;
  const { field } = summary.statusParam;
  if (field === undefined) return resolveStatus(arg, context.constants);
  const options = unwrap(arg);
  const prop = options.type === 'ObjectExpression' ? findProperty(options, field) : undefined;
  return prop ? resolveStatus(prop.value, context.constants) : undefined;
}

/** The response the call hands the helper (`sendError(res, 401)`): headers set on it before the call reach the answer. */
function responseArgument(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  return call.arguments.find((a) => unwrap(a).type === 'Identifier' && isResponseName((unwrap(a) as TSESTree.Identifier).name));
}

/**
 * Names of helpers that deny: an imported callee given no status is looked up (which may read its
 * module) only with such a name. A response argument alone is no reason: on the application corpus
 * 533 such lookups (357 ms, most of them reading a model or service module) found no fixed-status helper.
 */
const DENIAL_NAME = /forbid|den(?:y|ied)|reject|refuse|no_?access|403/i;

/** `deny` of `const deny = require(x)` / `const { deny } = require(x)`: the names a require binds, without a nested pattern. */
function requiresDenialName(declarator: TSESTree.VariableDeclarator): boolean {
  if (declarator.init?.type !== 'CallExpression' || requiredModule(declarator.init) === undefined) return false;
  const id = declarator.id;
  if (id.type === 'Identifier') return DENIAL_NAME.test(id.name);
  if (id.type !== 'ObjectPattern') return false;
  for (const property of id.properties) {
    if (property.type === 'Property' && property.value.type === 'Identifier' && DENIAL_NAME.test(property.value.name)) return true;
  }
  return false;
}

/**
 * Does the file import a helper named for a denial (`import { deny } from './responses'`,
 * `const { deny } = require('./responses')`)? Its calls may be 403 sites though the text names no 401
 * or 403: the prefilter lets such a file through when the project model is on. Only the top-level
 * statements are read, in plain loops: this runs on most files, right after their parse, and an
 * allocation here can start a collection of the fresh tree.
 */
export function importsDenialHelper(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.importKind === 'type') continue;
      for (const specifier of statement.specifiers) if (DENIAL_NAME.test(specifier.local.name)) return true;
    } else if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) if (requiresDenialName(declarator)) return true;
    }
  }
  return false;
}

/** Is the callee a helper of this file, or may be an imported one that answers a fixed status? Cheap, before any lookup. */
function mayAnswerFixedStatus(call: TSESTree.CallExpression, context: SiteContext): boolean {
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier' && declaredFunction(callee, context)) return true;
  const name = calleeName(call);
  return name !== undefined && DENIAL_NAME.test(name);
}

/** `return deny(res)`: a 403 at the call, answered by the helper. */
function fixedStatusCallSite(call: TSESTree.CallExpression, summary: FixedStatusHelperSummary): ResponseSite | undefined {
  if (summary.status !== 403) return undefined;
  const callee = unwrap(call.callee);
  return site({
    status: { code: summary.status, node: callee, form: 'error-name' },
    delivery: 'respond',
    node: call,
    headerCarrier: responseArgument(call),
    headerOnSite: (name) => carriedEvidence(summary.headers, name),
    // The status is in the helper, which other calls share: the call is not rewritten.
    setStatus: { kind: 'none' },
  });
}

export function helperCallSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  if (!context.project || !answers(call, context.index)) return undefined;
  if (!givesStatus(call, context)) {
    if (!mayAnswerFixedStatus(call, context)) return undefined;
    const fixed = helperOf(call, context);
    return fixed?.kind === 'fixed-status-helper' ? fixedStatusCallSite(call, fixed) : undefined;
  }
  const found = helperOf(call, context);
  const summary = found?.kind === 'response-helper' ? found : undefined;
  const status = summary && statusGiven(call, summary, context);
  if (!summary || !status) return undefined;
  const headerOnSite = (name: string) => carriedEvidence(summary.headers, name);
  // The error the helper throws leaves the handler as any thrown error does.
  if (summary.delivery === 'error') return handlerErrorSite(call, status, context, { headerOnSite });
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerCarrier: responseArgument(call),
    headerOnSite,
  });
}
