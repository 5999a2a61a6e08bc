import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, findProperty, unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';
import type { AstIndex } from '../ast/ast-index.js';
import {
  addObjectProperty, appendArgument, insertAfter, insertStatementAt, insertStatementBefore, quote, replaceNode, statementInList, statementPlaceBefore,
} from './text-edits.js';

/*
 * Every piece of source text that writes a header: the recognizers say which idiom a framework
 * uses, these say how it is spelled. `name` is any header name, `value` its value.
 */

/** Edits that add header `name: value` at one site; undefined where this particular one cannot be written. */
export type HeaderEdits = (name: string, value: string) => readonly TextEdit[] | undefined;

/** `'Name': 'value'`, an entry of a headers object. */
export function headerEntry(name: string, value: string): string {
  return `${quote(name)}: ${quote(value)}`;
}

/** `{ 'Name': 'value' }` */
export function headersObject(name: string, value: string): string {
  return `{ ${headerEntry(name, value)} }`;
}

/** `{ headers: { 'Name': 'value' } }`: error props, ResponseInit, exception options. */
export function headersHolder(name: string, value: string): string {
  return `{ headers: ${headersObject(name, value)} }`;
}

/** `'Name', 'value'`: the header as two arguments (`res.set(...)`, Node's flat header arrays). */
export function headerArguments(name: string, value: string): string {
  return `${quote(name)}, ${quote(value)}`;
}

/** `['Name', 'value']`, one pair of a header array. */
function headerPair(name: string, value: string): string {
  return `[${headerArguments(name, value)}]`;
}

/** `.method('Name', 'value')` chained right after `target`: `res.set(H, v).status(401)`. */
export function chainHeaderCall(target: TSESTree.Node, method: string, name: string, value: string): TextEdit {
  return insertAfter(target, `.${method}(${headerArguments(name, value)})`);
}

/** `target.method('Name', 'value');`, a statement of its own. */
export function headerCallStatement(target: string, method: string, name: string, value: string): string {
  return `${target}.${method}(${headerArguments(name, value)});`;
}

/** Adds the header to an object that holds `headers` (error props, ResponseInit): merges or adds the key. */
export function addHeaderToHeadersHolder(holder: TSESTree.ObjectExpression, name: string, value: string): TextEdit | undefined {
  const headers = findProperty(holder, 'headers');
  if (!headers) return addObjectProperty(holder, `headers: ${headersObject(name, value)}`);
  const headersValue = unwrap(headers.value);
  return headersValue.type === 'ObjectExpression' ? addObjectProperty(headersValue, headerEntry(name, value)) : undefined;
}

/**
 * http-errors style calls (`createError(401, msg, props)`, `ctx.throw(401, msg, props)`): the props
 * object may stand anywhere after the status; add `headers` to it, or pass a new props object last.
 */
export function addHeaderToErrorProps(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  props: TSESTree.Node | undefined,
  name: string,
  value: string,
  source: string,
): TextEdit[] | undefined {
  if (props) {
    const n = unwrap(props);
    if (n.type !== 'ObjectExpression') return undefined;
    const edit = addHeaderToHeadersHolder(n, name, value);
    return edit ? [edit] : undefined;
  }
  const edit = appendArgument(call, headersHolder(name, value), source);
  return edit ? [edit] : undefined;
}

/** Adds the header to a headers value written in place: an object, `new Headers({...})`, an array of pairs. */
function addHeaderToHeadersValue(headers: TSESTree.Node, name: string, value: string, source: string): TextEdit | undefined {
  const n = unwrap(headers);
  if (n.type === 'ObjectExpression') return addObjectProperty(n, headerEntry(name, value));
  if (n.type === 'NewExpression' && calleeName(n) === 'Headers') {
    const first = n.arguments[0];
    if (!first) return appendArgument(n, headersObject(name, value), source);
    return n.arguments.length === 1 ? addHeaderToHeadersValue(first, name, value, source) : undefined;
  }
  if (n.type === 'ArrayExpression' && n.elements.every((e) => e?.type === 'ArrayExpression')) {
    const pair = headerPair(name, value);
    const last = n.elements[n.elements.length - 1];
    return last ? insertAfter(last, `, ${pair}`) : replaceNode(n, `[${pair}]`);
  }
  return undefined;
}

/** Adds the header to a ResponseInit literal: into its `headers`, or as a new `headers` entry. */
export function addHeaderToInit(init: TSESTree.Node, name: string, value: string, source: string): TextEdit[] | undefined {
  const n = unwrap(init);
  if (n.type !== 'ObjectExpression') return undefined;
  const headers = findProperty(n, 'headers');
  const edit = headers && unwrap(headers.value).type !== 'ObjectExpression'
    ? addHeaderToHeadersValue(headers.value, name, value, source)
    : addHeaderToHeadersHolder(n, name, value);
  return edit ? [edit] : undefined;
}

/**
 * `carrier.method('Name', 'value');` as a statement of its own that runs right before the site at
 * `node` (see `statementPlaceBefore`); undefined where no such statement fits.
 */
export function headerStatementBefore(
  index: AstIndex,
  node: TSESTree.Node,
  carrier: string,
  method: string,
  source: string,
  options: { blockArrowBody?: boolean } = {},
): HeaderEdits | undefined {
  const place = statementPlaceBefore(index, node, source, options);
  return place && ((name, value) => insertStatementAt(place, headerCallStatement(carrier, method, name, value), source));
}

/**
 * `carrier.method('Name', 'value');` as a statement right before the statement of a statement list
 * that holds `node`; undefined where `node` stands in no statement list.
 */
export function headerStatementInList(index: AstIndex, node: TSESTree.Node, carrier: string, method: string, source: string): HeaderEdits | undefined {
  const statement = statementInList(index, node);
  return statement && ((name, value) => [insertStatementBefore(statement, headerCallStatement(carrier, method, name, value), source)]);
}

/** `headers['Name'] = 'value';`: a write into a headers object (Elysia's `set.headers`). */
export function headerAssignmentStatement(headers: string, name: string, value: string): string {
  return `${headers}[${quote(name)}] = ${quote(value)};`;
}
