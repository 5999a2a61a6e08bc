import type { TSESTree } from '@typescript-eslint/types';
import { memberName, memberPath, unwrap } from '../../ast/node-shapes.js';
import { addHeaderToErrorProps, headersHolder } from '../../edits/header-edits.js';
import { replaceNode } from '../../edits/text-edits.js';
import { resolveErrorName, resolveStatus } from '../../status/resolve-status.js';
import { headerInErrorProps } from '../header-evidence.js';
import { handlerResponseParam } from '../handler-response.js';
import { headerEdit, site, type ResponseSite } from '../response-site.js';
import type { GenericFramework, KnownFrameworks } from '../framework-module.js';
import type { SiteContext } from '../site-context.js';
import type { SiteRecognizer } from '../site-recognizer.js';

/*
 * http-errors 2 (`jshttp/http-errors index.js`): `createError(S, msg?, props?)`, `new createError.Unauthorized(msg)`,
 * `new createError[401]()`; `props.headers` is what the framework's error handler writes.
 */

/** Names the http-errors factory is imported under in real code. */
const FACTORY_NAMES: ReadonlySet<string> = new Set(['createError', 'createHttpError', 'httpErrors', 'HttpErrors', 'httpError']);

/** Whether headers set on the handler's receiver survive: some frameworks' error handlers remove them first. */
function earlierHeadersSurvive(response: TSESTree.Identifier | undefined, known: KnownFrameworks): boolean {
  return !(response && known.namesDroppingHeaders.has(response.name));
}

/** `createError(401, msg?, props?)`, also through `fastify.httpErrors.createError(...)`. */
function factoryCallSite(call: TSESTree.CallExpression, context: SiteContext, known: KnownFrameworks): ResponseSite | undefined {
  const statusArg = call.arguments[0];
  const status = statusArg && resolveStatus(statusArg, context.constants);
  if (!status) return undefined;
  const rest = call.arguments.slice(1);
  // props may follow the status directly or come after the message.
  const props = rest.find((a) => unwrap(a).type === 'ObjectExpression') ?? rest[1];
  const response = handlerResponseParam(context.index, call);
  return site({
    status,
    delivery: 'error',
    node: call,
    headerCarrier: response,
    headerOnSite: (name) => headerInErrorProps(props, name, context),
    earlierHeadersSurvive: earlierHeadersSurvive(response, known),
    addHeader: headerEdit((name, value) => addHeaderToErrorProps(call, props, name, value, context.text)),
  });
}

/**
 * `createError.Unauthorized(msg)`, `new createError.Unauthorized(msg)`, `new createError[401]()`:
 * these constructors take no props, so the edit rewrites them to `createError(401, msg, { headers })`.
 */
function namedConstructorSite(node: TSESTree.CallExpression | TSESTree.NewExpression, context: SiteContext, known: KnownFrameworks): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const factory = memberPath(callee.object);
  if (!factory || factory.length !== 1 || !FACTORY_NAMES.has(factory[0]!)) return undefined;
  const name = memberName(callee);
  const status = /^\d{3}$/.test(name ?? '')
    ? resolveStatus(callee.property, context.constants)
    : resolveErrorName(callee);
  if (!status) return undefined;
  const response = handlerResponseParam(context.index, node);
  const message = node.arguments[0];
  return site({
    status,
    delivery: 'error',
    node,
    headerCarrier: response,
    earlierHeadersSurvive: earlierHeadersSurvive(response, known),
    addHeader: headerEdit((header, value) => {
      const messageText = message ? context.text.slice(message.range[0], message.range[1]) : `'Unauthorized'`;
      return [replaceNode(node, `${factory[0]}(${status.code}, ${messageText}, ${headersHolder(header, value)})`)];
    }),
  });
}

function httpErrorsRecognizer(known: KnownFrameworks): SiteRecognizer {
  return {
    call(call, context) {
      const callee = unwrap(call.callee);
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? memberName(callee) : undefined;
      if (name === 'createError' || (callee.type === 'Identifier' && FACTORY_NAMES.has(callee.name))) {
        // An object argument is no status here (the registry's precedence gives that shape to whoever takes it).
        return factoryCallSite(call, context, known);
      }
      return namedConstructorSite(call, context, known);
    },
    newExpression: (node, context) => namedConstructorSite(node, context, known),
  };
}

export const httpErrorsFramework: GenericFramework = {
  id: 'http-errors',
  kind: 'generic',
  // `createError.Unauthorized()`.
  hover: { errorFactories: [...FACTORY_NAMES] },
  recognizer: httpErrorsRecognizer,
};
