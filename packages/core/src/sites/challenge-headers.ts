import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, hasSpread, propertyKeyName, staticString, unwrap } from '../ast/node-shapes.js';
import type { ChallengeEvidence } from './response-site.js';
import type { ChainLink } from './call-chain.js';
import type { SiteContext } from './site-context.js';

export const CHALLENGE_HEADER = 'WWW-Authenticate';

/** Is this header-name expression WWW-Authenticate? 'unknown' when the name is not static. */
export function namesChallengeHeader(node: TSESTree.Node | undefined, context: SiteContext): ChallengeEvidence {
  if (!node) return 'absent';
  const value = context.constants.evaluate(node) ?? staticString(node);
  if (typeof value !== 'string') return 'unknown';
  return value.toLowerCase() === 'www-authenticate' ? 'present' : 'absent';
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
export function combineEvidence(a: ChallengeEvidence, b: ChallengeEvidence): ChallengeEvidence {
  if (a === 'present' || b === 'present') return 'present';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'absent';
}

/**
 * Does a headers value carry the challenge? Understands object literals, `new Headers(...)`,
 * `new Map(...)`, arrays of pairs and Node's flat `[name, value, ...]` arrays.
 */
export function challengeInHeaders(node: TSESTree.Node | undefined, context: SiteContext): ChallengeEvidence {
  if (!node) return 'absent';
  const n = unwrap(node);
  switch (n.type) {
    case 'ObjectExpression': {
      let evidence: ChallengeEvidence = hasSpread(n) ? 'unknown' : 'absent';
      for (const p of n.properties) {
        if (p.type !== 'Property') continue;
        const key = propertyKeyName(p);
        if (key === undefined) evidence = combineEvidence(evidence, 'unknown');
        else if (key.toLowerCase() === 'www-authenticate' && !isEmptyHeaderValue(p.value)) return 'present';
      }
      return evidence;
    }
    case 'NewExpression': {
      const ctor = unwrap(n.callee);
      if (ctor.type === 'Identifier' && (ctor.name === 'Headers' || ctor.name === 'Map')) {
        return challengeInHeaders(n.arguments[0], context);
      }
      return 'unknown';
    }
    case 'ArrayExpression':
      return challengeInHeaderArray(n, context);
    case 'Identifier':
      return n.name === 'undefined' ? 'absent' : 'unknown';
    default:
      return 'unknown';
  }
}

function challengeInHeaderArray(array: TSESTree.ArrayExpression, context: SiteContext): ChallengeEvidence {
  let evidence: ChallengeEvidence = 'absent';
  const elements = array.elements;
  const isPairs = elements.every((e) => e?.type === 'ArrayExpression');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    if (!element || element.type === 'SpreadElement') { evidence = combineEvidence(evidence, 'unknown'); continue; }
    if (isPairs) {
      const pair = element as TSESTree.ArrayExpression;
      const name = pair.elements[0];
      const found = name && name.type !== 'SpreadElement' ? namesChallengeHeader(name, context) : 'unknown';
      if (found === 'present' && !isEmptyHeaderValue(pair.elements[1] ?? undefined)) return 'present';
      evidence = combineEvidence(evidence, found === 'present' ? 'absent' : found);
    } else if (i % 2 === 0) {
      // Node's flat form: even index = name, odd index = value.
      const found = namesChallengeHeader(element, context);
      const value = elements[i + 1];
      if (found === 'present' && value && value.type !== 'SpreadElement' && !isEmptyHeaderValue(value)) return 'present';
      evidence = combineEvidence(evidence, found === 'present' ? 'absent' : found);
    }
  }
  return evidence;
}

/** Error props (`createError(401, msg, { headers })`, `ctx.throw(401, { headers })`): the `headers` entry. */
export function challengeInErrorProps(props: TSESTree.Node | undefined, context: SiteContext): ChallengeEvidence {
  if (!props) return 'absent';
  const n = unwrap(props);
  if (n.type !== 'ObjectExpression') return 'unknown';
  const headers = findProperty(n, 'headers');
  if (headers) return challengeInHeaders(headers.value, context);
  return hasSpread(n) ? 'unknown' : 'absent';
}

/**
 * How a chained header method takes its arguments: `name-value` (`.header(H, v)`), `object`
 * (`.headers({...})`), or `either` (`.set(H, v)` or `.set({...})`).
 */
export type HeaderArguments = 'name-value' | 'object' | 'either';

/** The challenge set by the header links of a fluent chain: `res.set(H, v).status(401)`, `reply.headers({...}).code(401)`. */
export function challengeInChain(
  links: readonly ChainLink[],
  methods: ReadonlyMap<string, HeaderArguments>,
  context: SiteContext,
): ChallengeEvidence {
  let evidence: ChallengeEvidence = 'absent';
  for (const link of links) {
    const takes = link.method === undefined ? undefined : methods.get(link.method);
    if (!takes) continue;
    const first = link.args[0];
    const found = takes === 'object' ? challengeInHeaders(first, context)
      : takes === 'either' && first && unwrap(first).type === 'ObjectExpression' ? challengeInHeaders(first, context)
      : link.args.length >= 2 ? namesChallengeHeader(first, context) : 'absent';
    evidence = combineEvidence(evidence, found);
  }
  return evidence;
}
