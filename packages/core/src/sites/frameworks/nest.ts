import type { TSESTree } from '@typescript-eslint/types';
import { sameHeaderName, WWW_AUTHENTICATE } from '../../http/header-names.js';
import { ancestors, enclosingFunction, isFunctionNode, nodesWithin } from '../../ast/ast-index.js';
import { calleeName, chainRoot, memberName, propertyKeyName, unwrap } from '../../ast/node-shapes.js';
import type { TextEdit } from '../../finding.js';
import { quote, replaceNode } from '../../edits/text-edits.js';
import { importNameEdits, declaredInFile } from '../../edits/import-name.js';
import { rewriteStatus, rewriteStatusWithPhrase } from '../../edits/rewrite-status.js';
import { statusInfo } from '../../status/status-codes.js';
import { statusNameTwin } from '../../status/status-names.js';
import { resolveErrorName, resolveStatus, type StatusValue } from '../../status/resolve-status.js';
import { responseChain } from '../call-chain.js';
import { chainSite, type ChainHeaders } from '../chain-site.js';
import { namesHeader } from '../header-evidence.js';
import { customStatusRewrite, headerAdvice, site, type ResponseSite } from '../response-site.js';
import { sourceOf, type SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import type { ErrorHandlerShape } from '../error-handler-shape.js';
import { isCertainContent, type SentContent } from '../sent-content.js';

/*
 * NestJS (`nestjs/nest packages/common/exceptions`, as of 12.5.1; `packages/core/guards`):
 *   throw new UnauthorizedException(msg) / new HttpException(body, S)   exceptions carry no headers
 *   @Res() res: res.status(S) (Express) or res.code(S) (Fastify adapter)
 *   a guard's canActivate returning false: a 403 ForbiddenException
 * Headers set on the `@Res()` response or by `@Header()` reach the exception's answer.
 */

const NEST_MODULES = moduleMatcher(['@nestjs/']);
/** Angular also has `canActivate` guards and injectable classes: a file that imports it is not Nest's. */
const ANGULAR_MODULES = moduleMatcher(['@angular/']);

/** Nest's built-in exceptions for the two auth statuses (`@nestjs/common`). */
const NEST_AUTH_EXCEPTIONS: ReadonlySet<string> = new Set(['UnauthorizedException', 'ForbiddenException']);

/** Every named HTTP exception `@nestjs/common` exports (as of 12.5.1, `exceptions/index.d.ts`); for any other status Nest has only `HttpException`. */
const NEST_EXCEPTIONS: ReadonlySet<string> = new Set([
  'BadRequestException', 'UnauthorizedException', 'NotFoundException', 'ForbiddenException', 'NotAcceptableException',
  'RequestTimeoutException', 'ConflictException', 'GoneException', 'HttpVersionNotSupportedException',
  'PayloadTooLargeException', 'UnsupportedMediaTypeException', 'UnprocessableEntityException',
  'InternalServerErrorException', 'NotImplementedException', 'ImATeapotException', 'MethodNotAllowedException',
  'BadGatewayException', 'ServiceUnavailableException', 'GatewayTimeoutException', 'PreconditionFailedException',
  'MisdirectedException',
]);

/** Parameters injected with `@Res()` / `@Response()`, or named like a response. */
const RESPONSE_DECORATORS: ReadonlySet<string> = new Set(['Res', 'Response']);
const RESPONSE_NAME = /^(res|resp|response|reply|\w+(Res|Response|Reply))$/;

/** Fastify's reply methods that set headers and return the reply (`res.code(401).header(H, v)`). */
const CHAIN_HEADERS: ChainHeaders = {
  methods: new Map(['header', 'headers', 'set', 'setHeader', 'append'].map((m) => [m, 'either'])),
  editMethod: 'header',
};

function isNestFile(context: SiteContext): boolean {
  return NEST_MODULES.importedBy(context) && !ANGULAR_MODULES.importedBy(context);
}

/** `name` is Nest's own class here: imported from `@nestjs/*`, or used unbound in a file that uses Nest. */
function isNestName(name: string, context: SiteContext): boolean {
  const from = context.importedFrom.get(name);
  if (from !== undefined) return NEST_MODULES.matches(from);
  return isNestFile(context) && !declaredInFile(name, context);
}

function decoratorName(decorator: TSESTree.Decorator): string | undefined {
  const expression = unwrap(decorator.expression);
  return expression.type === 'CallExpression' ? calleeName(expression) : expression.type === 'Identifier' ? expression.name : undefined;
}

function paramIdentifier(param: TSESTree.Parameter): TSESTree.Identifier | undefined {
  const p = param.type === 'TSParameterProperty' ? param.parameter : param;
  return p.type === 'Identifier' ? p : p.type === 'AssignmentPattern' && p.left.type === 'Identifier' ? p.left : undefined;
}

function isResponseParam(param: TSESTree.Parameter): boolean {
  const decorators = param.type === 'TSParameterProperty' ? param.decorators ?? [] : 'decorators' in param ? param.decorators ?? [] : [];
  return decorators.some((d) => RESPONSE_DECORATORS.has(decoratorName(d) ?? ''));
}

/**
 * The response an exception thrown here is answered on, when the code can reach it: an `@Res()`
 * parameter, or `const res = host.switchToHttp().getResponse()`. Headers set on it before the
 * throw are kept by Nest's exception filter.
 */
function nestResponse(node: TSESTree.Node, context: SiteContext): TSESTree.Identifier | undefined {
  for (const a of ancestors(context.index, node)) {
    if (!isFunctionNode(a)) continue;
    for (const param of a.params) {
      const id = paramIdentifier(param);
      if (id && isResponseParam(param)) return id;
    }
    const response = responseVariables(context).find((d) => d.range[0] >= a.range[0] && d.range[1] <= node.range[0]);
    if (response) return response;
  }
  return undefined;
}

/** `const res = host.switchToHttp().getResponse()` (awaited or not) declared anywhere in the file. */
function responseVariables(context: SiteContext): readonly TSESTree.Identifier[] {
  return context.memo(responseVariables, () => context.index.variables.flatMap((d) => {
    let init = d.init && unwrap(d.init);
    if (init?.type === 'AwaitExpression') init = unwrap(init.argument);
    return d.id.type === 'Identifier' && init?.type === 'CallExpression' && calleeName(init) === 'getResponse' ? [d.id] : [];
  }));
}

/** `@Header('WWW-Authenticate', 'Bearer')` (header `name`) on the route method: Nest sets it before the handler runs. */
function methodDeclaresHeader(node: TSESTree.Node, name: string, context: SiteContext): boolean {
  const fn = enclosingFunction(context.index, node);
  const method = fn && context.index.parentOf(fn);
  if (method?.type !== 'MethodDefinition') return false;
  // espree (ESLint's default parser) leaves out TypeScript-only fields such as `decorators`.
  return (method.decorators ?? []).some((d) => {
    const expression = unwrap(d.expression);
    return expression.type === 'CallExpression' && decoratorName(d) === 'Header'
      && namesHeader(expression.arguments[0], name, context) === 'present';
  });
}

/** An exception filter in this file (`@Catch(...)` class) that writes WWW-Authenticate: it may cover every 401. */
function fileFilterWritesChallenge(context: SiteContext): boolean {
  return context.memo(fileFilterWritesChallenge, () => context.index.program.body.some((s) => {
    const declaration = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
    return declaration?.type === 'ClassDeclaration' && (declaration.decorators ?? []).some((d) => decoratorName(d) === 'Catch')
      && /www-authenticate/i.test(sourceOf(context, declaration));
  }));
}

/**
 * `new ForbiddenException(msg)` for status `to`: Nest's class for `to` where it has one
 * (`UnauthorizedException`), else `new HttpException(msg, to)` with the reason phrase as the
 * default message.
 */
function namedExceptionEdits(node: TSESTree.NewExpression, status: StatusValue, to: number, context: SiteContext): TextEdit[] | undefined {
  const twin = status.node.type === 'Identifier' ? statusNameTwin(status.node.name, status.code, to) : undefined;
  if (twin && NEST_EXCEPTIONS.has(twin)) return rewriteStatus(status, to, context);
  const phrase = statusInfo(to)?.phrase;
  const imports = importNameEdits('HttpException', '@nestjs/common', context, true);
  const [message, ...rest] = node.arguments;
  if (!phrase || !imports || rest.length > 0 || message?.type === 'SpreadElement') return undefined;
  const messageText = message ? sourceOf(context, message) : quote(phrase);
  return [replaceNode(node, `new HttpException(${messageText}, ${to})`), ...imports];
}

/** `new UnauthorizedException(msg?)`, `new ForbiddenException()`, `new HttpException(body, HttpStatus.FORBIDDEN)`. */
function exceptionSite(node: TSESTree.NewExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(node.callee);
  if (callee.type !== 'Identifier' || !isNestName(callee.name, context)) return undefined;
  let status: StatusValue | undefined;
  let phrase: TSESTree.Node | undefined;
  if (NEST_AUTH_EXCEPTIONS.has(callee.name)) {
    status = resolveErrorName(callee);
  } else if (callee.name === 'HttpException') {
    const statusArg = node.arguments[1];
    status = statusArg && resolveStatus(statusArg, context.constants);
    phrase = node.arguments[0];
  }
  if (!status) return undefined;
  const resolved = status;
  // `new HttpException({ status: HttpStatus.FORBIDDEN, error: ... }, HttpStatus.FORBIDDEN)`: keep the body in step.
  const body = phrase && unwrap(phrase).type === 'ObjectExpression' ? unwrap(phrase) as TSESTree.ObjectExpression : undefined;
  const bodyStatus = body?.properties.find((p): p is TSESTree.Property => p.type === 'Property'
    && /^(status|statusCode)$/.test(propertyKeyName(p) ?? ''));
  const bodyValue = bodyStatus && resolveStatus(bodyStatus.value, context.constants);
  return site({
    status: resolved,
    delivery: 'error',
    node,
    headerCarrier: nestResponse(node, context),
    // An exception filter in the file that writes WWW-Authenticate may cover every 401.
    headerOnSite: (name) => sameHeaderName(name, WWW_AUTHENTICATE) && fileFilterWritesChallenge(context) ? 'unknown'
      : methodDeclaresHeader(node, name, context) ? 'present' : 'absent',
    addHeader: headerAdvice('nestException'),
    setStatus: customStatusRewrite(callee.name === 'HttpException'
      ? (to) => {
        const edits = rewriteStatusWithPhrase(resolved, phrase, to, context);
        const bodyEdits = bodyValue?.code === resolved.code ? rewriteStatus(bodyValue, to, context) ?? [] : [];
        return edits && [...edits, ...bodyEdits];
      }
      : (to) => namedExceptionEdits(node, resolved, to, context)),
  });
}


/** Is this the `@Res()` response of a Nest handler or filter (by decorator or by name)? */
function isNestResponse(receiver: TSESTree.Node, context: SiteContext): boolean {
  if (receiver.type !== 'Identifier') return false;
  if (RESPONSE_NAME.test(receiver.name)) return true;
  const response = nestResponse(receiver, context);
  return response?.name === receiver.name;
}

/**
 * `res.code(401).send()` through Nest's Fastify adapter (`@Res() res: FastifyReply`). Express-style
 * `res.status(401)` is express.ts's (framework 'nest'); a `reply` is fastify.ts's.
 */
function responseCallSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || call.arguments.length !== 1 || memberName(callee) !== 'code') return undefined;
  const status = resolveStatus(call.arguments[0]!, context.constants);
  if (!status) return undefined;
  const chain = responseChain(context.index, call);
  if (!isNestResponse(chain.receiver, context) || chainRoot(chain.receiver) !== chain.receiver) return undefined;
  return chainSite(status, chain, CHAIN_HEADERS, context);
}

/** `canActivate` of a guard class: the method whose `false` Nest turns into a ForbiddenException. */
function isCanActivate(fn: TSESTree.FunctionLike | undefined, context: SiteContext): boolean {
  const method = fn && context.index.parentOf(fn);
  return method?.type === 'MethodDefinition' && !method.static && method.kind === 'method'
    && !method.computed && propertyKeyName(method) === 'canActivate';
}

/** Shapes whose falsiness is the denial: `!!request.user`, `Boolean(user)`, `user !== undefined`, `request.isAuthenticated()`. */
function isDenyShape(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  switch (n.type) {
    case 'Identifier': return n.name !== 'undefined';
    case 'MemberExpression': return n.object.type !== 'Super';
    case 'UnaryExpression': return n.operator === '!';
    case 'BinaryExpression': return /^(===|!==|==|!=|<|<=|>|>=|in|instanceof)$/.test(n.operator);
    case 'LogicalExpression': return n.operator !== '??' && isDenyShape(n.left) && isDenyShape(n.right);
    case 'AwaitExpression': return isDenyShape(n.argument);
    case 'CallExpression': {
      const callee = unwrap(n.callee);
      if (callee.type === 'MemberExpression' && callee.object.type === 'Super') return false;
      // A predicate or a membership test; a delegation (`this.validateRequest(req)`, `super.canActivate(ctx)`) says nothing.
      const name = calleeName(n) ?? '';
      return name === 'Boolean' || /^(is|has|can|should|are|was)[A-Z_]/.test(name) || /^(includes|some|every|has)$/.test(name);
    }
    default: return false;
  }
}

/** The value whose falsiness denies: `!!x` and `Boolean(x)` deny when `x` is falsy. */
function deniedValue(node: TSESTree.Node): TSESTree.Node {
  const n = unwrap(node);
  if (n.type === 'UnaryExpression' && n.operator === '!') {
    const inner = unwrap(n.argument);
    if (inner.type === 'UnaryExpression' && inner.operator === '!') return deniedValue(inner.argument);
  }
  if (n.type === 'CallExpression' && calleeName(n) === 'Boolean' && unwrap(n.callee).type === 'Identifier' && n.arguments.length === 1
    && n.arguments[0]!.type !== 'SpreadElement') {
    return deniedValue(n.arguments[0]!);
  }
  return n;
}

const FLIPPED: Readonly<Record<string, string>> = { '===': '!==', '!==': '===', '==': '!=', '!=': '==' };

/** Source text that is true exactly when `value` is falsy, as readable as the shape allows. */
function negatedText(value: TSESTree.Node, context: SiteContext): string {
  const n = unwrap(value);
  const text = sourceOf(context, value);
  if (n.type === 'UnaryExpression' && n.operator === '!') return sourceOf(context, n.argument);
  if (n.type === 'BinaryExpression' && FLIPPED[n.operator] && n.left.type !== 'PrivateIdentifier') {
    return `${sourceOf(context, n.left)} ${FLIPPED[n.operator]} ${sourceOf(context, n.right)}`;
  }
  const simple = n.type === 'Identifier' || n.type === 'MemberExpression' || n.type === 'CallExpression';
  return simple ? `!${text}` : `!(${text})`;
}

/**
 * For 401: `return false` -> `throw new UnauthorizedException()`; `return !!request.user` ->
 * `if (!request.user) throw new UnauthorizedException();` then `return true;` on the next line.
 * Other statuses throw Nest's class for them, else `new HttpException(phrase, status)`.
 */
function guardStatusEdits(ret: TSESTree.ReturnStatement, to: number, context: SiteContext): TextEdit[] | undefined {
  const argument = ret.argument!;
  const phrase = statusInfo(to)?.phrase;
  const named = phrase && `${phrase.replace(/[^A-Za-z0-9]/g, '')}Exception`;
  const exception = named && NEST_EXCEPTIONS.has(named) ? `new ${named}()` : phrase ? `new HttpException(${quote(phrase)}, ${to})` : undefined;
  const importEdits = exception && importNameEdits(named && NEST_EXCEPTIONS.has(named) ? named : 'HttpException', '@nestjs/common', context, true);
  if (!exception || !importEdits) return undefined;
  const doThrow = `throw ${exception}`;
  const head: TSESTree.Range = [ret.range[0], argument.range[1]];
  const a = unwrap(argument);
  if (a.type === 'Literal' && a.value === false) return [{ range: head, text: doThrow }, ...importEdits];
  const condition = negatedText(deniedValue(argument), context);
  const parent = context.index.parentOf(ret);
  if (parent?.type !== 'BlockStatement' && parent?.type !== 'SwitchCase') {
    return [replaceNode(ret, `{ if (${condition}) ${doThrow}; return true; }`), ...importEdits];
  }
  const lineStart = context.text.lastIndexOf('\n', ret.range[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(context.text.slice(lineStart, ret.range[0]))![0];
  const semicolon = context.text[ret.range[1] - 1] === ';' ? ';' : '';
  return [
    { range: head, text: `if (${condition}) ${doThrow}` },
    { range: [ret.range[1], ret.range[1]], text: `\n${indent}return true${semicolon}` },
    ...importEdits,
  ];
}

/** A `return` directly in a guard's `canActivate` that can deny: Nest answers its falsiness with 403. */
function guardDenySite(ret: TSESTree.ReturnStatement, context: SiteContext): ResponseSite | undefined {
  const argument = ret.argument;
  if (!argument || !isNestFile(context) || !isCanActivate(enclosingFunction(context.index, ret), context)) return undefined;
  const a = unwrap(argument);
  const isFalse = a.type === 'Literal' && a.value === false;
  if (!isFalse && !isDenyShape(a)) return undefined;
  return site({
    // Nest throws `new ForbiddenException()` for it: the status is implied by that class, not written here.
    status: { code: 403, node: argument, form: 'error-name' },
    delivery: 'guard-deny',
    node: ret,
    assertedValue: isFalse ? undefined : deniedValue(argument),
    setStatus: customStatusRewrite((to) => guardStatusEdits(ret, to, context)),
  });
}

/**
 * The statuses a `@HttpCode(S)` decorator is a site for: those whose handler must return no content.
 * Any other `@HttpCode` sets the status of a response the handler's return value makes, which no check reads.
 */
const NO_CONTENT_HTTP_CODES: ReadonlySet<number> = new Set([204, 304]);

/**
 * The content a decorated handler returns (Nest sends the return value with the `@HttpCode` status):
 * the first `return x` of the method itself with content for certain; the drop returns nothing.
 */
function returnedByHandler(fn: TSESTree.FunctionLike, context: SiteContext): SentContent | undefined {
  for (const ret of nodesWithin(context.index.returns, fn)) {
    const value = ret.argument;
    if (!value || enclosingFunction(context.index, ret) !== fn || !isCertainContent(value, context, true)) continue;
    return { node: value, throws: false, drop: () => [{ range: [ret.range[0] + 'return'.length, value.range[1]], text: '' }] };
  }
  return undefined;
}

/**
 * `@HttpCode(204)` / `@HttpCode(HttpStatus.NO_CONTENT)` on a controller method that sends its return
 * value (no `@Res()` parameter, with which the handler answers by itself).
 */
function httpCodeSite(call: TSESTree.CallExpression, context: SiteContext): ResponseSite | undefined {
  const callee = unwrap(call.callee);
  const decorator = context.index.parentOf(call);
  const method = decorator && context.index.parentOf(decorator);
  if (callee.type !== 'Identifier' || callee.name !== 'HttpCode' || decorator?.type !== 'Decorator' || method?.type !== 'MethodDefinition') return undefined;
  const arg = call.arguments[0];
  const status = call.arguments.length === 1 && arg && arg.type !== 'SpreadElement' ? resolveStatus(arg, context.constants) : undefined;
  const fn = method.value;
  if (!status || !NO_CONTENT_HTTP_CODES.has(status.code) || !isNestName('HttpCode', context) || fn.params.some(isResponseParam)) return undefined;
  return site({ status, delivery: 'respond', node: call, sentContent: () => returnedByHandler(fn, context) });
}

const nestRecognizer: SiteRecognizer = {
  newExpression: exceptionSite,
  call: (call, context) => (isNestFile(context) ? responseCallSite(call, context) ?? httpCodeSite(call, context) : undefined),
  returnStatement: guardDenySite,
};

/** Exception filters: `@Catch(HttpException) class F { catch(exception, host) }`, the response from `host`. */
const NEST_ERROR_HANDLERS: readonly ErrorHandlerShape[] = [
  { kind: 'decorated-class', decorator: 'Catch', method: 'catch', catches401: ['HttpException', 'UnauthorizedException'], errorParam: 0 },
];

export const nestFramework: SpecificFramework = {
  id: 'nest',
  challengeAdvice: {
    nestException:
      'This 401 has no WWW-Authenticate header, and Nest exceptions cannot carry headers (RFC 9110, section 15.5.2 '
      + 'requires one). Set it in an exception filter for UnauthorizedException, or on the response (@Res()) before replying.',
  },
  kind: 'specific',
  modules: NEST_MODULES,
  // A Nest `@Res()` is Express's response or Fastify's reply, and both have `header`.
  responseHeaderMethod: 'header',
  prefilterWords: ['canActivate'],
  errorHandlers: NEST_ERROR_HANDLERS,
  recognizer: nestRecognizer,
};
