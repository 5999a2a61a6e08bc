import type { TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../../ast/node-shapes.js';
import { headersObject } from '../../edits/header-edits.js';
import { replaceNode } from '../../edits/text-edits.js';
import { resolveStatus } from '../../status/resolve-status.js';
import { headerEdit, site, type ResponseSite } from '../response-site.js';
import { importedBinding, sourceOf, type SiteContext } from '../site-context.js';
import type { SpecificFramework } from '../framework-module.js';
import { moduleMatcher } from '../module-matcher.js';
import type { SiteRecognizer } from '../site-recognizer.js';
import { handedOn, initSite, responseHolder } from '../response-init.js';

/*
 * Remix and React Router (`remix-run/react-router packages/router/utils.ts`):
 *   json(data, init)   Remix v1/v2, init is `number | ResponseInit`
 *   data(value, init)  React Router 7, the same init
 * Returned or thrown alike. `throw new Response(...)` is the Web recognizer's; `redirect()` sends a 3xx.
 * `json` is a common name, so only the one imported from Remix or React Router counts.
 */

const REMIX_MODULES = moduleMatcher(['@remix-run/', '@react-router/', 'react-router', 'react-router-dom', 'remix', '@vercel/remix']);

const RESPONSE_HELPERS: ReadonlySet<string> = new Set(['json', 'data']);

/** `json(d, 401)`: the edit turns the number into a ResponseInit that carries the header. */
function numericInitSite(call: TSESTree.CallExpression, init: TSESTree.Node, context: SiteContext): ResponseSite | undefined {
  const status = resolveStatus(init, context.constants);
  if (!status) return undefined;
  return site({
    status,
    delivery: 'respond',
    node: call,
    headerCarrier: responseHolder(call, context),
    headerOnSite: handedOn(call, context) ? () => 'unknown' : () => 'absent',
    addHeader: headerEdit((name, value) => [replaceNode(init,
      `{ status: ${sourceOf(context, init)}, headers: ${headersObject(name, value)} }`)]),
  });
}

const remixRecognizer: SiteRecognizer = {
  call(call, context) {
    const callee = unwrap(call.callee);
    if (callee.type !== 'Identifier') return undefined;
    const binding = importedBinding(callee.name, context);
    if (!binding || !REMIX_MODULES.matches(binding.source) || !RESPONSE_HELPERS.has(binding.imported)) return undefined;
    const init = call.arguments[1];
    if (!init || init.type === 'SpreadElement') return undefined;
    // Remix's `json(d, init)` builds a Fetch Response; React Router's `data()` does not.
    return unwrap(init).type === 'ObjectExpression'
      ? initSite(call, init, context, binding.imported === 'json' ? { serialized: true, constructorName: 'Response' } : undefined)
      : numericInitSite(call, init, context);
  },
};

export const remixFramework: SpecificFramework = {
  id: 'remix',
  kind: 'specific',
  modules: REMIX_MODULES,
  recognizer: remixRecognizer,
};
