/**
 * One way a framework writes a central error handler, as its module declares it
 * (`FrameworkModule.errorHandlers`): where the handler function stands, and which of its parameters
 * are the error and the response. `error-handlers.ts` finds them.
 */
export type ErrorHandlerShape = HandlerPlace & HandlerParameters;

/**
 * What a handler does to WWW-Authenticate on a 401 error: `adds` (it sets the header, conditionally
 * or not), `none` (it writes the response, or lets it go, without one), `unknown` (it hands the
 * response or the error's own response to code it cannot see, or names headers that are not static).
 */
export type HandlerChallenge = 'adds' | 'none' | 'unknown';

type HandlerPlace =
  /** A function passed to a method or a free function: Express's `app.use(fn)`, Fastify's `setErrorHandler(fn)`, `defineNitroErrorHandler(fn)`. */
  | { readonly kind: 'argument'; readonly callee: string; readonly calleeIs: 'method' | 'function'; readonly arity?: number }
  /** A function declared with this many parameters, the first named like an error: Express's `function errorHandler(err, req, res, next)`. */
  | { readonly kind: 'declared'; readonly arity: number; readonly errorNames: readonly string[] }
  /** A listener of an event: Koa's `app.on('error', (err, ctx) => ...)`. */
  | { readonly kind: 'event'; readonly event: string }
  /** The value of an option of an object passed to one of `callees` (called or `new`): h3's `createApp({ onError })`. */
  | { readonly kind: 'option'; readonly callees: readonly string[]; readonly property: string }
  /** A middleware whose `try` around `await next()` catches: Koa. The error is the `catch` parameter. */
  | { readonly kind: 'catch-around-next'; readonly nextParam: number }
  /** A method of a class decorated with `@decorator(...)`, catching the classes named or, with none named, everything: Nest's `@Catch`. */
  | { readonly kind: 'decorated-class'; readonly decorator: string; readonly method: string; readonly catches401: readonly string[] };

interface HandlerParameters {
  /** The error parameter (for `catch-around-next`, the catch clause's). */
  readonly errorParam: number;
  /** The response or context it answers on; absent where it takes the response from another object (Nest's `host`). */
  readonly responseParam?: number;
  /**
   * Headers it sets never reach the error response: Koa emits `error` before its default handler
   * removes every header. Such a handler adds no challenge, whatever it sets.
   */
  readonly headersDropped?: boolean;
  /** Only in a file that imports the framework: the shape is common elsewhere (`emitter.on('error')`). */
  readonly needsImport?: boolean;
  /**
   * How a challenge is added for 401 errors in the handler's own idiom, for the suggestion:
   * `if (err.status === 401) res.set('WWW-Authenticate', ...)`. The status field is the first of
   * `statusFields` the handler reads, else the first.
   */
  readonly addChallenge?: { readonly headerMethod: string; readonly statusFields: readonly string[] };
}
