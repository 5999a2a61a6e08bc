import type { TSESTree } from '@typescript-eslint/types';
import { sameHeaderName, WWW_AUTHENTICATE } from '../../http/header-names.js';
import { enclosingFunction } from '../../ast/ast-index.js';
import { findProperty, memberName, propertyKeyName, requiredModule, staticString, unwrap } from '../../ast/node-shapes.js';
import { chainHeaderCall, type HeaderEdits } from '../../edits/header-edits.js';
import { rewriteStatus } from '../../edits/rewrite-status.js';
import { appendArgument, insertAfter, quote, replaceNode } from '../../edits/text-edits.js';
import type { TextEdit } from '../../finding.js';
import { resolveErrorName, resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { chainLinks, responseChain, type ChainLink } from '../call-chain.js';
import { combineEvidence, headerInChain, isEmptyHeaderValue, type HeaderArguments, type HeaderEvidence } from '../header-evidence.js';
import { customStatusRewrite, headerEdit, NO_HEADER_EDIT, site, type ResponseSite } from '../response-site.js';
import type { SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';

/*
 * hapi 21 (`hapijs/hapi lib/toolkit.js`, `lib/response.js`) and Boom 10 (`hapijs/boom lib/index.js`):
 *   h.response(b).code(S).header(H, v)           a toolkit response
 *   throw Boom.unauthorized(msg, scheme?, attrs?)   Boom writes WWW-Authenticate from `scheme`
 *   Boom.forbidden(msg), Boom.boomify(err, { statusCode }), new Boom.Boom(msg, { statusCode })
 * Headers on a Boom go on `err.output.headers`; hapi answers with them.
 */

const HAPI_MODULES = moduleMatcher(['@hapi/', 'hapi', 'boom']);

/** Boom's modules, of which the file's Boom bindings are read. */
const BOOM_MODULES = moduleMatcher(['@hapi/boom', 'boom']);

/** Boom factories whose status is in their name. */
const BOOM_STATUS: Readonly<Record<string, number>> = { unauthorized: 401, forbidden: 403 };

/** The Boom functions this recognizer reads. */
const BOOM_CALLS: ReadonlySet<string> = new Set(['unauthorized', 'forbidden', 'boomify']);


function importsBoom(context: SiteContext): boolean {
  return BOOM_MODULES.importedBy(context);
}

interface BoomBindings {
  /** Local names of the Boom module object: `Boom`, `import * as B`, `const boom = require('@hapi/boom')`. */
  readonly namespaces: ReadonlySet<string>;
  /** Local name -> Boom export: `import { unauthorized as u } from '@hapi/boom'`, `const { forbidden } = require('boom')`. */
  readonly exports: ReadonlyMap<string, string>;
}

/** How the file names Boom, read once per file. */
function boomBindings(context: SiteContext): BoomBindings {
  return context.memo(boomBindings, () => readBoomBindings(context));
}

function readBoomBindings(context: SiteContext): BoomBindings {
  const namespaces = new Set<string>(['Boom']);
  const exports = new Map<string, string>();
  if (importsBoom(context)) {
    namespaces.add('boom');
    for (const statement of context.index.program.body) {
      if (statement.type !== 'ImportDeclaration' || !BOOM_MODULES.matches(statement.source.value)) continue;
      for (const s of statement.specifiers) {
        if (s.type === 'ImportSpecifier') exports.set(s.local.name, s.imported.type === 'Identifier' ? s.imported.name : s.imported.value);
        else namespaces.add(s.local.name);
      }
    }
    for (const d of context.index.variables) {
      const required = requiredModule(d.init);
      if (required === undefined || !BOOM_MODULES.matches(required)) continue;
      if (d.id.type === 'Identifier') namespaces.add(d.id.name);
      if (d.id.type !== 'ObjectPattern') continue;
      for (const p of d.id.properties) {
        const value = p.type === 'Property' ? unwrap(p.value) : undefined;
        const key = p.type === 'Property' ? propertyKeyName(p) : undefined;
        if (value?.type === 'Identifier' && key !== undefined) exports.set(value.name, key);
      }
    }
  }
  return { namespaces, exports };
}

/** `Boom` (the name everyone uses), or whatever name the file imports or requires Boom under. */
function isBoomNamespace(node: TSESTree.Node, context: SiteContext): boolean {
  const n = unwrap(node);
  return n.type === 'Identifier' && boomBindings(context).namespaces.has(n.name);
}

/** The Boom export a local name stands for. */
function boomExportOf(local: string, context: SiteContext): string | undefined {
  return boomBindings(context).exports.get(local);
}

interface BoomCall {
  /** The Boom export called: 'unauthorized', 'forbidden', 'boomify', 'Boom'. */
  readonly name: string;
  /** Source text of the namespace (`Boom`), when called through one. */
  readonly namespace?: string;
}

function boomCallee(callee: TSESTree.Node, context: SiteContext): BoomCall | undefined {
  const n = unwrap(callee);
  if (n.type === 'MemberExpression') {
    const name = memberName(n);
    if (name === undefined || !BOOM_CALLS.has(name) || !isBoomNamespace(n.object, context)) return undefined;
    return { name, namespace: context.text.slice(n.object.range[0], n.object.range[1]) };
  }
  if (n.type === 'Identifier') {
    const name = boomExportOf(n.name, context);
    return name === undefined ? undefined : { name };
  }
  return undefined;
}

/** `const err = Boom.unauthorized(...)`: the variable, so that `err.output.headers[H] = v` counts. */
function declaredAs(node: TSESTree.Node, context: SiteContext): TSESTree.Identifier | undefined {
  const parent = context.index.parentOf(node);
  return parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier' ? parent.id : undefined;
}

/** Boom's `scheme` argument: a string or an array of challenges sets the header; nothing, null or '' does not. */
function schemeEvidence(scheme: TSESTree.CallExpressionArgument | undefined): HeaderEvidence {
  if (!scheme) return 'absent';
  if (scheme.type === 'SpreadElement') return 'unknown';
  const n = unwrap(scheme);
  if (isEmptyHeaderValue(n)) return 'absent';
  if (staticString(n) !== undefined) return 'present';
  if (n.type === 'ArrayExpression') return n.elements.length > 0 ? 'present' : 'absent';
  if (n.type === 'TemplateLiteral') return 'present';
  return 'unknown';
}

const TOKEN = /^[!#$%&'*+.^_`|~\w-]+$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A challenge as Boom's arguments: `Bearer` -> `'Bearer'`; `Basic realm="api"` -> `'Basic', { realm: 'api' }`
 * (Boom writes `scheme k="v", error="message"` itself). Parameters it cannot split stay in the scheme.
 */
function boomSchemeArguments(challenge: string): string {
  const match = /^\s*(\S+)\s+(.+)$/.exec(challenge);
  if (!match) return quote(challenge.trim());
  const [, scheme, params] = match;
  const entries: string[] = [];
  for (const part of params!.split(',')) {
    const param = /^\s*([^=\s]+)\s*=\s*(?:"([^"]*)"|([^\s",]+))\s*$/.exec(part);
    if (!param || !TOKEN.test(param[1]!)) return quote(challenge.trim());
    const key = IDENTIFIER.test(param[1]!) ? param[1]! : quote(param[1]!);
    entries.push(`${key}: ${quote(param[2] ?? param[3]!)}`);
  }
  return `${quote(scheme!)}, { ${entries.join(', ')} }`;
}

/** Boom writes only WWW-Authenticate itself, from the scheme it is given: edits for that header alone. */
function boomChallenge(edits: (challenge: string) => TextEdit[] | undefined): HeaderEdits {
  return (name, value) => (sameHeaderName(name, WWW_AUTHENTICATE) ? edits(value) : undefined);
}

/** Adds the scheme to `Boom.unauthorized(msg?)`: `Boom.unauthorized(msg, 'Bearer')`, `Boom.unauthorized(null, 'Bearer')`. */
function addScheme(call: TSESTree.CallExpression, challenge: string, source: string): TextEdit[] | undefined {
  const [message, scheme, attributes] = call.arguments;
  const schemeArgs = boomSchemeArguments(challenge);
  if (!message) {
    const edit = appendArgument(call, `null, ${schemeArgs}`, source);
    return edit ? [edit] : undefined;
  }
  if (message.type === 'SpreadElement') return undefined;
  if (!scheme) return [insertAfter(message, `, ${schemeArgs}`)];
  if (scheme.type === 'SpreadElement' || !isEmptyHeaderValue(scheme)) return undefined;
  // `Boom.unauthorized(msg, null, attrs)`: keep the caller's attributes, name the scheme only.
  return [replaceNode(scheme, attributes ? quote(/^\s*(\S+)/.exec(challenge)?.[1] ?? challenge) : schemeArgs)];
}

/** `Boom.unauthorized(msg, scheme?, attributes?)`, `Boom.forbidden(msg)`, and the same names imported bare. */
function namedFactorySite(call: TSESTree.CallExpression, boom: BoomCall, context: SiteContext): ResponseSite | undefined {
  const code = BOOM_STATUS[boom.name];
  if (code === undefined) return undefined;
  const callee = unwrap(call.callee);
  // Aliased imports (`import { forbidden as deny }`) keep the status but offer no rename.
  const status: StatusValue = resolveErrorName(callee)?.code === code
    ? resolveErrorName(callee)!
    : { code, node: callee, form: 'error-name' };
  const variable = declaredAs(call, context);
  const unauthorized = code === 401;
  const passesData = !unauthorized && call.arguments.length > 1;
  return site({
    status,
    delivery: 'error',
    node: call,
    headerCarrier: variable,
    // Boom writes WWW-Authenticate from `unauthorized`'s scheme argument, and no other header.
    headerOnSite: (name) => !unauthorized || !sameHeaderName(name, WWW_AUTHENTICATE) ? 'absent'
      : call.arguments.some((a) => a.type === 'SpreadElement') ? 'unknown' : schemeEvidence(call.arguments[1]),
    // `Boom.forbidden(msg)` turned into `Boom.unauthorized(msg)` takes the scheme the same way.
    addHeader: unauthorized || !passesData ? headerEdit(boomChallenge((challenge) => addScheme(call, challenge, context.text))) : NO_HEADER_EDIT,
    // `Boom.forbidden(msg, data)`: `unauthorized`'s second parameter is the scheme, so renaming the call
    // to it would send `data` as a challenge; no rename to 401 is offered.
    ...(passesData ? { setStatus: customStatusRewrite((to) => (to === 401 ? undefined : rewriteStatus(status, to, context))) } : {}),
  });
}

/** The status in Boom's options object: `{ statusCode: 401 }`. */
function optionsStatus(options: TSESTree.Node | undefined, context: SiteContext): { status: StatusValue; object: TSESTree.ObjectExpression } | undefined {
  const object = options && unwrap(options);
  if (object?.type !== 'ObjectExpression') return undefined;
  const statusCode = findProperty(object, 'statusCode');
  const status = statusCode && resolveStatus(statusCode.value, context.constants);
  return status ? { status, object } : undefined;
}

/** `Boom.boomify(err, { statusCode: 401 })`: `err` becomes the Boom; its `output.headers` may be set after. */
function boomifySite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const [error, options] = call.arguments;
  const found = options && options.type !== 'SpreadElement' ? optionsStatus(options, context) : undefined;
  if (!found) return undefined;
  const target = error && error.type !== 'SpreadElement' && unwrap(error).type === 'Identifier' ? unwrap(error) : undefined;
  return site({
    status: found.status,
    delivery: 'error',
    node: call,
    headerCarrier: target ?? declaredAs(call, context),
  });
}

/** `new Boom.Boom(msg, { statusCode: 401 })` (and the class imported bare): no header unless set on `output.headers`. */
function constructorSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  const isBoomClass = callee.type === 'MemberExpression'
    ? memberName(callee) === 'Boom' && isBoomNamespace(callee.object, context)
    : callee.type === 'Identifier' && callee.name === 'Boom' && importsBoom(context);
  if (!isBoomClass) return undefined;
  const [message, options] = node.arguments;
  const found = options && options.type !== 'SpreadElement' ? optionsStatus(options, context) : undefined;
  if (!found) return undefined;
  const namespace = callee.type === 'MemberExpression' ? context.text.slice(callee.object.range[0], callee.object.range[1]) : undefined;
  // Only a plain `{ statusCode: 401 }` with a text message means exactly `Boom.unauthorized(message)`.
  const messageText = !message ? 'null'
    : message.type !== 'SpreadElement' && (staticString(message) !== undefined || unwrap(message).type === 'TemplateLiteral')
      ? context.text.slice(message.range[0], message.range[1]) : undefined;
  const rewritable = found.status.code === 401 && namespace !== undefined && messageText !== undefined
    && found.object.properties.length === 1;
  return site({
    status: found.status,
    delivery: 'error',
    node,
    headerCarrier: declaredAs(node, context),
    addHeader: rewritable
      ? headerEdit(boomChallenge((challenge) => [replaceNode(node, `${namespace}.unauthorized(${messageText}, ${boomSchemeArguments(challenge)})`)]))
      : NO_HEADER_EDIT,
  });
}

/** hapi's response toolkit sets headers with `.header(name, value)`. */
const TOOLKIT_HEADER_METHODS: ReadonlyMap<string, HeaderArguments> = new Map([['header', 'name-value']]);

/** `h.response(b)...` as a chain: its receiver is an identifier and its first link is `response`. */
function isToolkitResponse(receiver: TSESTree.Node, links: readonly ChainLink[]): boolean {
  return receiver.type === 'Identifier' && links[0]?.method === 'response';
}

/** `const response = h.response(b)`, the declaration `variable` refers to, before `at` in the function that holds `at`. */
function responseVariable(variable: TSESTree.Identifier, at: TSESTree.Node, context: SiteContext): readonly ChainLink[] | undefined {
  const found = context.names.declaratorOf(variable);
  if (!found || found.range[1] > at.range[0] || enclosingFunction(context.index, found) !== enclosingFunction(context.index, at)) return undefined;
  const init = found.init && unwrap(found.init);
  if (init?.type !== 'CallExpression') return undefined;
  const { receiver, links } = chainLinks(init);
  return isToolkitResponse(receiver, links) ? links : undefined;
}

/** `h.response(b).code(401).header(H, v)` (either order), or `const r = h.response(b); r.code(401)`. */
function toolkitResponseSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const statusArg = call.arguments[0];
  if (call.arguments.length !== 1 || !statusArg || statusArg.type === 'SpreadElement') return undefined;
  const status = resolveStatus(statusArg, context.constants);
  if (!status) return undefined;
  const { outer, receiver, links } = responseChain(context.index, call);
  let declared: readonly ChainLink[] = [];
  let variable: TSESTree.Identifier | undefined;
  if (!isToolkitResponse(receiver, links)) {
    const links = receiver.type === 'Identifier' ? responseVariable(receiver, call, context) : undefined;
    if (!links) return undefined;
    declared = links;
    variable = receiver as TSESTree.Identifier;
  }
  return site({
    status,
    delivery: 'respond',
    node: outer,
    headerCarrier: variable,
    headerOnSite: (name) => combineEvidence(
      headerInChain(declared, TOOLKIT_HEADER_METHODS, name, context), headerInChain(links, TOOLKIT_HEADER_METHODS, name, context)),
    addHeader: headerEdit((name, value) => [chainHeaderCall(call, 'header', name, value)]),
  });
}

const hapiRecognizer: SiteRecognizer = {
  call(call, context) {
    const callee = unwrap(call.callee);
    if (callee.type === 'MemberExpression' && memberName(callee) === 'code') return toolkitResponseSite(call, context);
    const boom = boomCallee(callee, context);
    if (!boom) return undefined;
    if (boom.name === 'boomify') return boomifySite(call, context);
    return namedFactorySite(call, boom, context);
  },
  newExpression: constructorSite,
};

export const hapiFramework: SpecificFramework = {
  id: 'hapi',
  kind: 'specific',
  modules: HAPI_MODULES,
  receiverNames: ['h'],
  // `h.response(body).code(401)`, `Boom.unauthorized()`.
  hover: { statusMethods: { code: { index: 0 } }, errorFactories: ['Boom'] },
  recognizer: hapiRecognizer,
};
