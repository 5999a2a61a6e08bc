import type { ErrorHandlerShape } from './error-handler-shape.js';
import type { ModuleMatcher } from './module-matcher.js';
import type { SiteContext } from './site-context.js';
import type { SiteRecognizer } from './site-recognizer.js';

/**
 * Everything the product knows about one framework, in its own file under `frameworks/`. A module
 * never names another framework: where two could claim the same call, the order and the derived
 * facts of `framework-registry.ts` decide.
 */
export type FrameworkModule = SpecificFramework | GenericFramework;

interface ModuleBase {
  readonly id: string;
  /**
   * Words (regex sources, case-insensitive) without which a file of this framework could still hold
   * a site, beside the status words: Nest's `canActivate`, whose `return false` is a 403.
   */
  readonly prefilterWords?: readonly string[];
  /** How its central error handlers are written, for `findErrorHandlers` (`error-handler-shape.ts`). */
  readonly errorHandlers?: readonly ErrorHandlerShape[];
  /** Where its status tokens stand, for the hover, beyond the generic shapes the hover finds itself. */
  readonly hover?: HoverPositions;
  /**
   * require-www-authenticate's messages, by message id, for a 401 at one of its sites that cannot carry the
   * header (the site names the id with `headerAdvice(id)`): what to do instead in this framework.
   */
  readonly challengeAdvice?: Readonly<Record<string, string>>;
}

/**
 * Where a framework's status tokens stand, for the hover. Beside `helperFunctions`, the hover reads
 * these in every file, whatever it imports (a hover on a status in a file without imports still helps):
 * the registry merges them over all frameworks.
 */
export interface HoverPositions {
  /** Bare helpers imported from its modules that take the status first: Elysia's `status(401)`, SvelteKit's `error(401, msg)`. */
  readonly helperFunctions?: readonly string[];
  /** Methods that take a status, on any receiver: `res.status(403)`, `reply.code(401)`, `ctx.throw(401)`. */
  readonly statusMethods?: Readonly<Record<string, StatusArgument>>;
  /** Methods that take a status on an object named one of `names` (its context): Hono's `c.json(body, 401)`. */
  readonly contextMethods?: { readonly names: readonly string[]; readonly methods: Readonly<Record<string, StatusArgument>> };
  /** Bare functions that take a status, in any file: SvelteKit's `redirect(303, '/login')`. */
  readonly statusFunctions?: Readonly<Record<string, StatusArgument>>;
  /** Objects whose methods are named for the error they make (compared case-insensitively): `Boom.forbidden()`. */
  readonly errorFactories?: readonly string[];
  /** Error classes that take their status in an options key, as a code or its name: `new TRPCError({ code: 'FORBIDDEN' })`. */
  readonly errorOptionKeys?: Readonly<Record<string, string>>;
  /** Objects whose status member may hold a status name: Elysia's `set.status = 'Unauthorized'`. */
  readonly statusNameObjects?: readonly string[];
}

/** A status argument of a call: its index, and the codes it holds where not every code does (`res.redirect(301, url)`). */
export interface StatusArgument {
  readonly index: number;
  /** The lowest and highest code the position holds. */
  readonly codes?: readonly [number, number];
}

/** A framework a file says it uses by importing one of its modules. */
export interface SpecificFramework extends ModuleBase {
  readonly kind: 'specific';
  /** Its modules: the one list every part of the product reads. */
  readonly modules: ModuleMatcher;
  /**
   * Names its handlers give the object they answer on in every file, whatever the file imports
   * (Fastify's `reply`, Koa's `ctx`): the generic recognizers leave calls on them to this one.
   */
  readonly receiverNames?: readonly string[];
  /**
   * Whether headers set on the receiver before a throw reach the error response. Koa's `onerror`
   * removes them before it writes the error's own headers.
   */
  readonly headersSurviveThrow?: boolean;
  /**
   * The method that sets a header on its response object, where a generic recognizer meets that
   * object (`reply.statusCode = 401` wants `reply.header(...)`; a Next Pages API response has only `setHeader`).
   */
  readonly responseHeaderMethod?: string;
  /** In a file that imports it, calls on an Express-style `res` are its own (restify's response). */
  readonly claimsResponseCalls?: boolean;
  /**
   * Its subclasses of the Web `Response`, which the Web recognizer reads as it reads `Response`
   * (constructor and static `json` take a ResponseInit second): Next's `NextResponse`.
   */
  readonly responseClasses?: readonly string[];
  readonly recognizer: SiteRecognizer;
}

/**
 * A shape that needs no import (an Express-style `res`, `node:http`, http-errors, hand-written error
 * classes, Web `Response`s). It claims only what no specific framework claims, and learns what the
 * specific ones declare from the registry.
 */
export interface GenericFramework extends ModuleBase {
  readonly kind: 'generic';
  readonly recognizer: (known: KnownFrameworks) => SiteRecognizer;
}

/** What the registry derives from the specific frameworks' declarations, for the generic ones. */
export interface KnownFrameworks {
  /** Every `receiverNames` entry. */
  readonly receiverNames: ReadonlySet<string>;
  /** The `receiverNames` of frameworks whose error path drops headers set before a throw. */
  readonly namesDroppingHeaders: ReadonlySet<string>;
  /** The header method of the framework that claims this receiver name, if it declares one. */
  headerMethodOfReceiver(name: string): string | undefined;
  /** The header method of the first framework (in registry order) that the file imports and that declares one. */
  responseHeaderMethodIn(context: SiteContext): string | undefined;
  /** Whether the file imports a framework that claims Express-style response calls. */
  responseCallsClaimed(context: SiteContext): boolean;
  /** Every `responseClasses` entry. */
  readonly responseClasses: ReadonlySet<string>;
}
