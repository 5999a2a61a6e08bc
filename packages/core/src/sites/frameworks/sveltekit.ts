import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode } from '../../ast/ast-index.js';
import { propertyKeyName, unwrap } from '../../ast/node-shapes.js';
import { headersObject, type HeaderEdits } from '../../edits/header-edits.js';
import { insertAfter, insertStatementBefore, replaceNode, statementInList } from '../../edits/text-edits.js';
import type { TextEdit } from '../../finding.js';
import { resolveStatus } from '../../status/resolve-status.js';
import { headerInHeaders, combineEvidence, type HeaderEvidence } from '../header-evidence.js';
import { headerAdvice, headerEdit, site, type ResponseSite } from '../response-site.js';
import { importedBinding, sourceOf, type SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import { initSite } from '../response-init.js';

/*
 * SvelteKit 2 (`sveltejs/kit packages/kit/src/exports/index.js`), every helper imported from '@sveltejs/kit':
 *   error(S, bodyOrMessage)        throws an HttpError (v1 code writes `throw error(...)`); it takes no headers
 *   json(data, init) / text(body, init)   a Response with a ResponseInit
 *   fail(S, data)                  a form action result
 * `setHeaders({ 'www-authenticate': ... })` on the RequestEvent applies to the response resolve() returns,
 * error pages included, so it is the way to put the challenge on an error(401).
 * `new Response(...)` in endpoints and hooks is the Web recognizer's; `redirect()` sends a 3xx.
 */

const KIT_MODULE = '@sveltejs/kit';

const KIT_MODULES = moduleMatcher([KIT_MODULE]);

/** RequestEvent properties a handler destructures: `({ locals, params, setHeaders })`. */
const EVENT_KEYS: ReadonlySet<string> = new Set([
  'locals', 'params', 'url', 'request', 'cookies', 'fetch', 'platform', 'route', 'getClientAddress',
  'setHeaders', 'parent', 'depends', 'untrack', 'isDataRequest', 'isSubRequest',
]);

/** Parameter names a handler takes its RequestEvent under. */
const EVENT_NAME = /^(event|e|ev|evt|requestEvent)$/;

/** How the handler around a site reaches `setHeaders`, and what it has set with it. */
interface EventAccess {
  /** The function whose parameter is the RequestEvent. */
  readonly handler: TSESTree.FunctionLike;
  /** `setHeaders` or `event.setHeaders`, if callable as the handler is written. */
  readonly setter?: string;
  /** `({ locals })` has no `setHeaders` yet: where to add it to the pattern. */
  readonly addToPattern?: TSESTree.ObjectPattern;
}

/** The RequestEvent of the nearest handler around `node`: an `event` parameter or a destructured one. */
function eventAccess(node: TSESTree.Node, context: SiteContext): EventAccess | undefined {
  for (const a of ancestors(context.index, node)) {
    if (!isFunctionNode(a)) continue;
    const param = a.params[0];
    if (!param) continue;
    if (param.type === 'Identifier' && EVENT_NAME.test(param.name)) return { handler: a, setter: `${param.name}.setHeaders` };
    if (param.type !== 'ObjectPattern') continue;
    const keys = param.properties.map((p) => (p.type === 'Property' ? propertyKeyName(p) : undefined));
    if (!keys.some((k) => k !== undefined && EVENT_KEYS.has(k))) continue;
    const own = param.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyKeyName(p) === 'setHeaders');
    if (own) return { handler: a, setter: own.value.type === 'Identifier' ? own.value.name : undefined };
    const hasRest = param.properties.some((p) => p.type === 'RestElement');
    return hasRest || context.names.isBoundInFile('setHeaders') ? { handler: a } : { handler: a, setter: 'setHeaders', addToPattern: param };
  }
  return undefined;
}

/** `setHeaders({...})` / `event.setHeaders({...})` calls of the handler (the check scans only the innermost function). */
function headerSetOnEvent(access: EventAccess | undefined, name: string, context: SiteContext): HeaderEvidence {
  if (!access?.setter || access.addToPattern) return 'absent';
  const fn = access.handler;
  let evidence: HeaderEvidence = 'absent';
  for (const call of context.index.calls) {
    if (call.range[0] < fn.range[0]) continue;
    if (call.range[0] >= fn.range[1]) break;
    if (sourceOf(context, call.callee) === access.setter) evidence = combineEvidence(evidence, headerInHeaders(call.arguments[0], name, context));
  }
  return evidence;
}

/**
 * Where `setHeaders({...});` can go: before the statement that throws, or into braces around a bare
 * `if` branch. Undefined when the call sits in an expression with no such statement.
 */
function planSetHeaders(call: TSESTree.CallExpression, access: EventAccess, context: SiteContext): HeaderEdits | undefined {
  const setter = access.setter;
  if (!setter) return undefined;
  const addToPattern = access.addToPattern;
  const last = addToPattern?.properties[addToPattern.properties.length - 1];
  if (addToPattern && !last) return undefined;
  const patternEdits = (): TextEdit[] => (last ? [insertAfter(last, ', setHeaders')] : []);
  const setCall = (name: string, value: string) => `${setter}(${headersObject(name, value)});`;
  const statement = statementInList(context.index, call);
  if (statement) {
    return (name, value) => [insertStatementBefore(statement, setCall(name, value), context.text), ...patternEdits()];
  }
  let child: TSESTree.Node = call;
  let parent = context.index.parentOf(child);
  while (parent && !parent.type.endsWith('Statement') && !isFunctionNode(parent)) {
    child = parent;
    parent = context.index.parentOf(child);
  }
  const branch = parent && context.index.parentOf(parent);
  if (!parent || !/^(ExpressionStatement|ThrowStatement|ReturnStatement)$/.test(parent.type)
    || branch?.type !== 'IfStatement' || (branch.consequent !== parent && branch.alternate !== parent)) return undefined;
  const braced = parent;
  return (name, value) => [replaceNode(braced, `{ ${setCall(name, value)} ${sourceOf(context, braced)} }`), ...patternEdits()];
}

/** `error(401, 'Sign in first')`: an HttpError, which carries no headers. */
function errorSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  const status = resolveStatus(first, context.constants);
  if (!status) return undefined;
  const access = eventAccess(call, context);
  const plan = access && planSetHeaders(call, access, context);
  return site({
    status,
    delivery: 'error',
    node: call,
    headerOnSite: (name) => headerSetOnEvent(access, name, context),
    addHeader: plan ? headerEdit(plan) : headerAdvice('sveltekitError'),
  });
}

/**
 * `fail(403, data)`: the status of a form action's result. Only a 403 is a site, for the 401/403 rule:
 * a fail(401) is rendered by the page's form, not answered to an HTTP client that could authenticate.
 */
function failSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return undefined;
  const status = resolveStatus(first, context.constants);
  if (status?.code !== 403) return undefined;
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerOnSite: () => 'unknown',
  });
}

const svelteKitRecognizer: SiteRecognizer = {
  call(call, context) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'Identifier') return undefined;
    const binding = importedBinding(callee.name, context);
    if (binding?.source !== KIT_MODULE) return undefined;
    switch (binding.imported) {
      case 'error': return errorSite(call, context);
      case 'json':
      case 'text': return initSite(call, call.arguments[1], context, { serialized: binding.imported === 'json', constructorName: 'Response' });
      case 'fail': return failSite(call, context);
      default: return undefined;
    }
  },
};

export const svelteKitFramework: SpecificFramework = {
  id: 'sveltekit',
  challengeAdvice: {
    sveltekitError:
      'This 401 has no WWW-Authenticate header, and SvelteKit\'s error() cannot carry one (RFC 9110, section 15.5.2 '
      + 'requires it). Call setHeaders({ \'WWW-Authenticate\': {{challenge}} }) before error(), or return a Response.',
  },
  kind: 'specific',
  modules: KIT_MODULES,
  // `redirect(303, '/login')` is read in any file: the status stands first, unlike Remix's `redirect(url, 302)`.
  hover: { helperFunctions: ['error', 'fail'], statusFunctions: { redirect: { index: 0, codes: [300, 399] } } },
  recognizer: svelteKitRecognizer,
};
