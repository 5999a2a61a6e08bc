import type { FrameworkModule, HoverPositions, KnownFrameworks, SpecificFramework, StatusArgument } from './framework-module.js';
import { findErrorHandlers, type ErrorHandler, type FrameworkErrorHandlerShape } from './error-handlers.js';
import type { SiteContext } from './site-context.js';
import type { SiteRecognizer } from './site-recognizer.js';
import { customErrorFramework } from './frameworks/custom-error.js';
import { elysiaFramework } from './frameworks/elysia.js';
import { expressFramework } from './frameworks/express.js';
import { fastifyFramework } from './frameworks/fastify.js';
import { h3Framework } from './frameworks/h3.js';
import { hapiFramework } from './frameworks/hapi.js';
import { honoFramework } from './frameworks/hono.js';
import { httpErrorsFramework } from './frameworks/http-errors.js';
import { koaFramework } from './frameworks/koa.js';
import { nestFramework } from './frameworks/nest.js';
import { nextFramework } from './frameworks/next.js';
import { nodeHttpFramework } from './frameworks/node-http.js';
import { remixFramework } from './frameworks/remix.js';
import { restifyFramework } from './frameworks/restify.js';
import { svelteKitFramework } from './frameworks/sveltekit.js';
import { trpcFramework } from './frameworks/trpc.js';
import { webResponseFramework } from './frameworks/web.js';

/*
 * The one precedence between frameworks. For each node, the recognizers run in this order and the
 * first that returns a site owns its status node.
 *
 * 1. The specific frameworks, each recognizing only its own shapes (its imports, its receiver names,
 *    its classes). Where two could claim the same node, the earlier one wins:
 * *    - Fastify before Nest: `reply.code(401)` under a Nest controller is Fastify's reply either way.
 *    - hapi after Fastify: a Fastify reply has no `response()`, so Fastify leaves `reply.response(b).code(401)`
 *      to hapi's toolkit recognizer.
 *    - h3 before http-errors: `createError({ statusCode: 401 })` (an object) is h3's; http-errors' `createError`
 *      takes the status as a number.
 * 2. The generic shapes, which need no import: Web `Response`s, Express-style `res`, Node's
 *    `writeHead`/`statusCode`, http-errors, hand-written error classes. They claim only what no
 *    specific framework claimed, and read the specific frameworks' declarations (`KNOWN`):
 *    - an Express-style call on a receiver another framework names (`reply`, `ctx`, `c`, `h`) is left alone;
 *    - in a file that imports a framework claiming response calls (restify), the Express shapes stay out;
 *    - the header method of the first imported framework that declares one (Nest: `header`; Next: `setHeader`)
 *      spells the header edit of an Express-style response;
 *    - an http-errors error thrown where a receiver of a header-dropping framework (Koa) is in scope
 *      does not keep headers set on it before.
 */
export const FRAMEWORKS: readonly FrameworkModule[] = [
  koaFramework,
  fastifyFramework,
  honoFramework,
  nestFramework,
  nextFramework,
  h3Framework,
  svelteKitFramework,
  remixFramework,
  elysiaFramework,
  hapiFramework,
  restifyFramework,
  trpcFramework,
  webResponseFramework,
  expressFramework,
  nodeHttpFramework,
  httpErrorsFramework,
  customErrorFramework,
];

const SPECIFIC: readonly SpecificFramework[] = FRAMEWORKS.filter((f): f is SpecificFramework => f.kind === 'specific');

function receiverNamesOf(frameworks: readonly SpecificFramework[]): ReadonlySet<string> {
  return new Set(frameworks.flatMap((f) => f.receiverNames ?? []));
}

const HEADER_METHOD_BY_RECEIVER: ReadonlyMap<string, string> = new Map(SPECIFIC.flatMap((f) =>
  (f.responseHeaderMethod === undefined ? [] : (f.receiverNames ?? []).map((name) => [name, f.responseHeaderMethod!] as const))));

const WITH_HEADER_METHOD = SPECIFIC.filter((f) => f.responseHeaderMethod !== undefined);
const CLAIMING_RESPONSE_CALLS = SPECIFIC.filter((f) => f.claimsResponseCalls === true);

function responseHeaderMethodIn(context: SiteContext): string | undefined {
  return context.memo(responseHeaderMethodIn, () => WITH_HEADER_METHOD.find((f) => f.modules.importedBy(context))?.responseHeaderMethod);
}

function responseCallsClaimed(context: SiteContext): boolean {
  return CLAIMING_RESPONSE_CALLS.some((f) => f.modules.importedBy(context));
}

const KNOWN: KnownFrameworks = {
  receiverNames: receiverNamesOf(SPECIFIC),
  namesDroppingHeaders: receiverNamesOf(SPECIFIC.filter((f) => f.headersSurviveThrow === false)),
  headerMethodOfReceiver: (name) => HEADER_METHOD_BY_RECEIVER.get(name),
  responseHeaderMethodIn,
  responseCallsClaimed,
  responseClasses: new Set(SPECIFIC.flatMap((f) => f.responseClasses ?? [])),
};

/** Every recognizer, in the precedence above. */
export const RECOGNIZERS: readonly SiteRecognizer[] = FRAMEWORKS.map((f) => (f.kind === 'specific' ? f.recognizer : f.recognizer(KNOWN)));

/** Every framework's `challengeAdvice` messages, merged (ids are unique across modules: framework-registry.test.ts). */
export const CHALLENGE_ADVICE_MESSAGES: Readonly<Record<string, string>> = Object.fromEntries(
  FRAMEWORKS.flatMap((f) => Object.entries(f.challengeAdvice ?? {})));

/** Words the prefilter lets through beside the status words, from every framework that declares some. */
export const PREFILTER_WORDS: readonly string[] = FRAMEWORKS.flatMap((f) => f.prefilterWords ?? []);

const WITH_HOVER_HELPERS = SPECIFIC.filter((f) => f.hover?.helperFunctions !== undefined);

/** The status-first helpers of the frameworks the file imports, for the hover. */
export function hoverHelperFunctions(context: SiteContext): ReadonlySet<string> {
  return context.memo(hoverHelperFunctions, () => new Set(WITH_HOVER_HELPERS
    .filter((f) => f.modules.importedBy(context)).flatMap((f) => f.hover?.helperFunctions ?? [])));
}

/** The hover positions of every framework, merged (`HoverPositions`); where two declare one name, the earlier in `FRAMEWORKS` wins. */
export interface MergedHoverPositions {
  readonly statusMethods: ReadonlyMap<string, StatusArgument>;
  readonly contextMethods: ReadonlyMap<string, StatusArgument>;
  /** Every framework's context names: a context method is read on any of them. */
  readonly contextNames: ReadonlySet<string>;
  readonly statusFunctions: ReadonlyMap<string, StatusArgument>;
  /** Lower-cased. */
  readonly errorFactories: ReadonlySet<string>;
  readonly errorOptionKeys: ReadonlyMap<string, string>;
  readonly statusNameObjects: ReadonlySet<string>;
}

function mergedTable<V>(pick: (hover: HoverPositions) => Readonly<Record<string, V>> | undefined): ReadonlyMap<string, V> {
  const merged = new Map<string, V>();
  for (const f of FRAMEWORKS) {
    for (const [name, value] of Object.entries(f.hover ? pick(f.hover) ?? {} : {})) if (!merged.has(name)) merged.set(name, value);
  }
  return merged;
}

function mergedList(pick: (hover: HoverPositions) => readonly string[] | undefined): ReadonlySet<string> {
  return new Set(FRAMEWORKS.flatMap((f) => (f.hover ? pick(f.hover) ?? [] : [])));
}

export const HOVER_POSITIONS: MergedHoverPositions = {
  statusMethods: mergedTable((h) => h.statusMethods),
  contextMethods: mergedTable((h) => h.contextMethods?.methods),
  contextNames: mergedList((h) => h.contextMethods?.names),
  statusFunctions: mergedTable((h) => h.statusFunctions),
  errorFactories: new Set([...mergedList((h) => h.errorFactories)].map((name) => name.toLowerCase())),
  errorOptionKeys: mergedTable((h) => h.errorOptionKeys),
  statusNameObjects: mergedList((h) => h.statusNameObjects),
};
/** Every framework's error handler shapes, in the precedence above. */
const ERROR_HANDLER_SHAPES: readonly FrameworkErrorHandlerShape[] = FRAMEWORKS.flatMap((f) => (f.errorHandlers ?? [])
  .map((shape) => ({ framework: f.id, shape, ...(f.kind === 'specific' ? { modules: f.modules } : {}) })));

/** The central error handlers in the file (`error-handlers.ts`), found once per file. */
export function errorHandlersIn(context: SiteContext): readonly ErrorHandler[] {
  return context.memo(errorHandlersIn, () => findErrorHandlers(context, ERROR_HANDLER_SHAPES));
}
