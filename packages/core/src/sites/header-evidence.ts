import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, hasSpread, propertyKeyName, staticString, unwrap } from '../ast/node-shapes.js';
import { sameHeaderName } from '../http/header-names.js';
import type { ChainLink } from './call-chain.js';
import type { SiteContext } from './site-context.js';

/** What is known about one header (WWW-Authenticate, Allow, ...) on one response. */
export type HeaderEvidence = 'present' | 'absent' | 'unknown';

/** Is this header-name expression the header `name`? 'unknown' when the name is not static. */
export function namesHeader(node: TSESTree.Node | undefined, name: string, context: SiteContext): HeaderEvidence {
  if (!node) return 'absent';
  const value = context.constants.evaluate(node) ?? staticString(node);
  if (typeof value !== 'string') return 'unknown';
  return sameHeaderName(value, name) ? 'present' : 'absent';
}

/** A header value that sets nothing: `undefined`, `null`, `''`. */
export function isEmptyHeaderValue(node: TSESTree.Node | undefined): boolean {
  if (!node) return true;
  const n = unwrap(node);
  if (n.type === 'Identifier' && n.name === 'undefined') return true;
  if (n.type === 'Literal' && (n.value === null || n.value === '')) return true;
  return false;
}

/** Either side being 'present' wins; otherwise any 'unknown' makes the whole unknown. */
export function combineEvidence(a: HeaderEvidence, b: HeaderEvidence): HeaderEvidence {
  if (a === 'present' || b === 'present') return 'present';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'absent';
}

/**
 * Does a headers value carry the header `name`? Understands object literals, `new Headers(...)`,
 * `new Map(...)`, arrays of pairs and Node's flat `[name, value, ...]` arrays.
 */
export function headerInHeaders(node: TSESTree.Node | undefined, name: string, context: SiteContext): HeaderEvidence {
  if (!node) return 'absent';
  const n = unwrap(node);
  switch (n.type) {
    case 'ObjectExpression': {
      let evidence: HeaderEvidence = hasSpread(n) ? 'unknown' : 'absent';
      for (const p of n.properties) {
        if (p.type !== 'Property') continue;
        const key = propertyKeyName(p);
        if (key === undefined) evidence = combineEvidence(evidence, 'unknown');
        else if (sameHeaderName(key, name) && !isEmptyHeaderValue(p.value)) return 'present';
      }
      return evidence;
    }
    case 'NewExpression': {
      const ctor = unwrap(n.callee);
      if (ctor.type === 'Identifier' && (ctor.name === 'Headers' || ctor.name === 'Map')) {
        return headerInHeaders(n.arguments[0], name, context);
      }
      return 'unknown';
    }
    case 'ArrayExpression':
      return headerInHeaderArray(n, name, context);
    case 'Identifier':
      return n.name === 'undefined' ? 'absent' : 'unknown';
    default:
      return 'unknown';
  }
}

function headerInHeaderArray(array: TSESTree.ArrayExpression, name: string, context: SiteContext): HeaderEvidence {
  let evidence: HeaderEvidence = 'absent';
  const elements = array.elements;
  const isPairs = elements.every((e) => e?.type === 'ArrayExpression');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (!element || element.type === 'SpreadElement') { evidence = combineEvidence(evidence, 'unknown'); continue; }
    if (isPairs) {
      const pair = element as TSESTree.ArrayExpression;
      const key = pair.elements[0];
      const found = key && key.type !== 'SpreadElement' ? namesHeader(key, name, context) : 'unknown';
      if (found === 'present' && !isEmptyHeaderValue(pair.elements[1] ?? undefined)) return 'present';
      evidence = combineEvidence(evidence, found === 'present' ? 'absent' : found);
    } else if (i % 2 === 0) {
      // Node's flat form: even index = name, odd index = value.
      const found = namesHeader(element, name, context);
      const value = elements[i + 1];
      if (found === 'present' && value && value.type !== 'SpreadElement' && !isEmptyHeaderValue(value)) return 'present';
      evidence = combineEvidence(evidence, found === 'present' ? 'absent' : found);
    }
  }
  return evidence;
}

/** Error props (`createError(401, msg, { headers })`, `ctx.throw(401, { headers })`): the header `name` in their `headers` entry. */
export function headerInErrorProps(props: TSESTree.Node | undefined, name: string, context: SiteContext): HeaderEvidence {
  if (!props) return 'absent';
  const n = unwrap(props);
  if (n.type !== 'ObjectExpression') return 'unknown';
  const headers = findProperty(n, 'headers');
  if (headers) return headerInHeaders(headers.value, name, context);
  return hasSpread(n) ? 'unknown' : 'absent';
}

/**
 * How a chained header method takes its arguments: `name-value` (`.header(H, v)`), `object`
 * (`.headers({...})`), or `either` (`.set(H, v)` or `.set({...})`).
 */
export type HeaderArguments = 'name-value' | 'object' | 'either';

/** The header `name` as set by the header links of a fluent chain: `res.set(H, v).status(401)`, `reply.headers({...}).code(401)`. */
export function headerInChain(
  links: readonly ChainLink[],
  methods: ReadonlyMap<string, HeaderArguments>,
  name: string,
  context: SiteContext,
): HeaderEvidence {
  let evidence: HeaderEvidence = 'absent';
  for (const link of links) {
    const takes = link.method === undefined ? undefined : methods.get(link.method);
    if (!takes) continue;
    const first = link.args[0];
    const found = takes === 'object' ? headerInHeaders(first, name, context)
      : takes === 'either' && first && unwrap(first).type === 'ObjectExpression' ? headerInHeaders(first, name, context)
      : link.args.length >= 2 ? namesHeader(first, name, context) : 'absent';
    evidence = combineEvidence(evidence, found);
  }
  return evidence;
}
