import type { TSESTree } from '@typescript-eslint/types';
import { memberName, unwrap } from '../../ast/node-shapes.js';
import { resolveStatus } from '../../status/resolve-status.js';
import { replaceChainFrom } from '../../edits/redirect-edits.js';
import { responseChain, type ResponseChain } from '../call-chain.js';
import { chainSite } from '../chain-site.js';
import type { HeaderArguments } from '../header-evidence.js';
import type { ResponseSite } from '../response-site.js';
import { isCertainContent, type ContentSends, type SentContent } from '../sent-content.js';
import type { GenericFramework, KnownFrameworks } from '../framework-module.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import type { ErrorHandlerShape } from '../error-handler-shape.js';

/*
 * Express 4 and 5 (`expressjs/express lib/response.js`): `res.status(S)`, `res.sendStatus(S)`, and
 * Express 4's `res.send(S, body)` / `res.json(body, S)`; headers with `res.set(H, v)` / `res.header(H, v)`.
 * The same helpers stand on other Node responses (Next Pages API, Nest's `@Res()`), whose header method
 * the registry hands over.
 */

/** Response objects that are Node `ServerResponse`s with Express's helpers. */
const RESPONSE_NAME = /^(res|resp|response|\w+(Res|Response))$/;

/** Methods that end an Express chain by sending. */
const SEND_METHODS: ReadonlySet<string> = new Set([
  'send', 'json', 'jsonp', 'end', 'render', 'sendFile', 'format', 'download', 'sendStatus',
]);

/** Chain methods that set a header on the same response: `res.set(H, v).status(401)`. */
const CHAIN_HEADER_METHODS: ReadonlyMap<string, HeaderArguments> = new Map(
  ['set', 'header', 'setHeader', 'append', 'appendHeader'].map((m) => [m, 'either']),
);

/** The methods that send content first (`res.status(204).json(x)`); the content-free send is `end()`. */
const EXPRESS_SENDS: ContentSends = {
  methods: new Set(['send', 'json', 'jsonp', 'end']),
  serialized: new Set(['json', 'jsonp']),
  empty: 'end()',
};

/** Statuses Express takes as the first argument (`status`, `sendStatus`). */
const STATUS_METHODS: ReadonlySet<string> = new Set(['status', 'sendStatus']);

/** `res.set(H, v)` is Express's idiom, unless the file's framework says how its response takes a header. */
function headerMethodFor(context: SiteContext, known: KnownFrameworks): string {
  return known.responseHeaderMethodIn(context) ?? 'set';
}

/**
 * `res.status(302).end()`, `res.status(302).send()`, `res.sendStatus(302)` -> `res.redirect(302, url)`:
 * only a chain that sends nothing else, and only in a file of no other framework that lends Express's
 * helpers to its own response (Next's, Nest's, Fastify's may have no `redirect(status, url)`).
 */
function expressRedirect(chain: ResponseChain, call: TSESTree.CallExpression, context: SiteContext, known: KnownFrameworks): ResponseSite['redirectTo'] {
  const at = chain.links.findIndex((l) => l.call === call);
  const link = chain.links[at];
  const after = chain.links.slice(at + 1);
  const bare = link?.method === 'sendStatus' ? after.length === 0
    : link?.method === 'status' && after.length === 1 && BODILESS_ENDS.has(after[0]!.method ?? '') && after[0]!.args.length === 0;
  if (!bare || known.responseHeaderMethodIn(context) !== undefined) return undefined;
  const status = sourceOf(context, call.arguments[0]!);
  return (target) => {
    const edit = replaceChainFrom(call, chain.outer, `redirect(${status}, ${target.expression})`);
    return edit && { helper: 'res.redirect', edits: [edit] };
  };
}

/** The sends that write no content: what `res.redirect` may stand for. */
const BODILESS_ENDS: ReadonlySet<string> = new Set(['end', 'send']);

/**
 * The content of Express 4's `res.send(204, body)`, `res.json(204, body)`, `res.json(body, 204)`:
 * the argument beside the status. The drop is Express 5's form without content: `res.status(204).end()`.
 */
function legacyContent(call: TSESTree.CallExpression, statusArg: TSESTree.Node, context: SiteContext): SentContent | undefined {
  const callee = unwrap(call.callee);
  const body = call.arguments.find((a) => a !== statusArg);
  const method = callee.type === 'MemberExpression' ? memberName(callee) : undefined;
  if (callee.type !== 'MemberExpression' || !body || body.type === 'SpreadElement' || method === undefined) return undefined;
  if (!isCertainContent(body, context, EXPRESS_SENDS.serialized.has(method))) return undefined;
  const drop = { range: [callee.property.range[0], call.range[1]] as const, text: `status(${sourceOf(context, statusArg)}).end()` };
  return { node: body, throws: false, drop: () => [drop] };
}

function expressSite(call: TSESTree.CallExpression, statusArg: TSESTree.Node, context: SiteContext, known: KnownFrameworks): ResponseSite | undefined {
  const status = resolveStatus(statusArg, context.constants);
  if (!status) return undefined;
  const chain = responseChain(context.index, call);
  const { receiver } = chain;
  const sends = chain.links.some((l) => l.method !== undefined && SEND_METHODS.has(l.method));
  const receiverIsResponse = receiver.type === 'Identifier' ? RESPONSE_NAME.test(receiver.name)
    : receiver.type === 'MemberExpression' && !receiver.computed && receiver.property.type === 'Identifier'
      && RESPONSE_NAME.test(receiver.property.name);
  if (!receiverIsResponse && !sends) return undefined;
  const site = chainSite(status, chain, { methods: CHAIN_HEADER_METHODS, editMethod: headerMethodFor(context, known) }, context, 'respond', EXPRESS_SENDS);
  // Only Express 4's legacy sends take a status beside another argument.
  if (call.arguments.length === 2) return { ...site, sentContent: () => legacyContent(call, statusArg, context) };
  const redirectTo = expressRedirect(chain, call, context, known);
  return redirectTo ? { ...site, redirectTo } : site;
}

/** The Express 4 signatures `res.send(401, body)`, `res.json(body, 401)` (removed in Express 5). */
function legacySendStatusArg(call: TSESTree.CallExpression, method: string): TSESTree.Node | undefined {
  if ((method !== 'send' && method !== 'json' && method !== 'jsonp') || call.arguments.length !== 2) return undefined;
  const [a, b] = call.arguments;
  const isNumber = (n: TSESTree.Node | undefined) => n && unwrap(n).type === 'Literal' && typeof (unwrap(n) as TSESTree.Literal).value === 'number';
  if (isNumber(a)) return a;
  if (isNumber(b)) return b;
  return undefined;
}

function expressRecognizer(known: KnownFrameworks): SiteRecognizer {
  return {
    call(call, context) {
      const callee = unwrap(call.callee);
      if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
      if (known.responseCallsClaimed(context)) return undefined;
      const method = callee.property.name;
      const root = unwrap(callee.object);
      // Receivers that other frameworks name as theirs in every file (the registry's `receiverNames`).
      if (root.type === 'Identifier' && known.receiverNames.has(root.name)) return undefined;
      if (STATUS_METHODS.has(method) && call.arguments.length === 1) return expressSite(call, call.arguments[0]!, context, known);
      const legacy = legacySendStatusArg(call, method);
      return legacy ? expressSite(call, legacy, context, known) : undefined;
    },
  };
}

/** Error middleware: four parameters, `(err, req, res, next)`, passed to `app.use` or declared so. */
const EXPRESS_CHALLENGE = { headerMethod: 'set', statusFields: ['status', 'statusCode'] };
const EXPRESS_ERROR_HANDLERS: readonly ErrorHandlerShape[] = [
  { kind: 'argument', callee: 'use', calleeIs: 'method', arity: 4, errorParam: 0, responseParam: 2, addChallenge: EXPRESS_CHALLENGE },
  { kind: 'declared', arity: 4, errorNames: ['err', 'error', 'e', 'ex', 'exception'], errorParam: 0, responseParam: 2, addChallenge: EXPRESS_CHALLENGE },
];

export const expressFramework: GenericFramework = {
  id: 'express',
  kind: 'generic',
  hover: {
    // `res.status(403)`, `res.sendStatus(403)`, `res.redirect(301, url)`.
    statusMethods: { status: { index: 0 }, sendStatus: { index: 0 }, redirect: { index: 0, codes: [300, 399] } },
    // Helpers that frameworks on Express-style responses add: Sails's `res.forbidden()`, Adonis's `response.unauthorized()`.
    errorFactories: ['res', 'response'],
  },
  errorHandlers: EXPRESS_ERROR_HANDLERS,
  recognizer: expressRecognizer,
};
