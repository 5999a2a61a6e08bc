import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, isFunctionNode, type AstIndex } from '../ast/ast-index.js';

/** Parameter names under which handlers receive the response (or the context that holds it). */
const RESPONSE_PARAM = /^(res|resp|response|reply|ctx|context|c|event)$/;

/**
 * The response parameter of the handler around `node`: where an error thrown or passed to `next`
 * there ends up. Used to see headers set on that response before the error leaves.
 */
export function handlerResponseParam(index: AstIndex, node: TSESTree.Node): TSESTree.Identifier | undefined {
  for (const a of ancestors(index, node)) {
    if (!isFunctionNode(a)) continue;
    for (const p of a.params) {
      const id = p.type === 'TSParameterProperty' ? p.parameter : p;
      if (id.type === 'Identifier' && RESPONSE_PARAM.test(id.name)) return id;
    }
  }
  return undefined;
}
