import type { TSESTree } from '@typescript-eslint/types';
import { statusInfo } from '../status/status-codes.js';
import type { StatusHover } from './status-hover.js';
import { collectStatusTokens, tokenAt, type StatusToken } from './status-tokens.js';

/**
 * Tokens per parsed program. A host parses once per document version and hovers many times on
 * the same tree: the first hover indexes the file, every later one is a binary search.
 */
const cache = new WeakMap<TSESTree.Program, { readonly text: string; readonly tokens: readonly StatusToken[] }>();

function tokensOf(program: TSESTree.Program, text: string): readonly StatusToken[] {
  const cached = cache.get(program);
  if (cached && cached.text === text) return cached.tokens;
  const tokens = collectStatusTokens(program, text);
  cache.set(program, { text, tokens });
  return tokens;
}

/**
 * The status under `offset` (an index into `text`, the source `program` was parsed from) where a
 * response status is set or compared, or undefined: a number that is not a status (an index, a
 * port, a timeout) has no hover.
 */
export function describeStatusAt(program: TSESTree.Program, text: string, offset: number): StatusHover | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
  const token = tokenAt(tokensOf(program, text), offset);
  if (!token) return undefined;
  const info = statusInfo(token.code);
  if (!info) return undefined;
  return { range: token.range, code: token.code, form: token.form, info, usage: token.usage };
}
