import type { TSESTree } from '@typescript-eslint/types';
import { findProperty, unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';
import { WWW_AUTHENTICATE } from '../http/header-names.js';
import { addObjectProperty, appendArgument, quote } from './text-edits.js';

function challengeEntry(challenge: string): string {
  return `${quote(WWW_AUTHENTICATE)}: ${quote(challenge)}`;
}

/** Adds the challenge to an object that holds `headers` (error props, ResponseInit): merges or adds the key. */
export function addChallengeToHeadersHolder(holder: TSESTree.ObjectExpression, challenge: string): TextEdit | undefined {
  const headers = findProperty(holder, 'headers');
  if (!headers) return addObjectProperty(holder, `headers: { ${challengeEntry(challenge)} }`);
  const value = unwrap(headers.value);
  return value.type === 'ObjectExpression' ? addObjectProperty(value, challengeEntry(challenge)) : undefined;
}

/**
 * http-errors style calls (`createError(401, msg, props)`, `ctx.throw(401, msg, props)`): the props
 * object may stand anywhere after the status; add `headers` to it, or pass a new props object last.
 */
export function addChallengeToErrorProps(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  props: TSESTree.Node | undefined,
  challenge: string,
  source: string,
): TextEdit[] | undefined {
  if (props) {
    const n = unwrap(props);
    if (n.type !== 'ObjectExpression') return undefined;
    const edit = addChallengeToHeadersHolder(n, challenge);
    return edit ? [edit] : undefined;
  }
  const edit = appendArgument(call, `{ headers: { ${challengeEntry(challenge)} } }`, source);
  return edit ? [edit] : undefined;
}
