import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, staticString, unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';
import type { StatusValue } from '../status/resolve-status.js';
import { reasonPhraseTwin, statusNameTwin, statusNameTwins } from '../status/status-names.js';
import type { EditContext } from './edit-context.js';
import { declaredInFile } from './import-name.js';
import { insertAfter, replaceNode } from './text-edits.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Is `name` bound in the file: imported, or declared (`declaredInFile`)? */
function isBound(name: string, context: EditContext): boolean {
  return context.importedFrom.has(name) || declaredInFile(name, context);
}

/** Adds `name` next to `sibling` in the import that brings `sibling`: `{ ForbiddenException }` -> `{ ForbiddenException, UnauthorizedException }`. */
function importBeside(sibling: string, name: string, context: EditContext): TextEdit | undefined {
  for (const statement of context.index.program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = statement.specifiers.find((s) => s.type === 'ImportSpecifier' && s.local.name === sibling);
    if (specifier) return insertAfter(specifier, `, ${name}`);
  }
  return undefined;
}

/**
 * Of the twins of a name (`statusNameTwins`: 413 is `PayloadTooLargeException` in the libraries and
 * `ContentTooLargeException` by RFC 9110), the one the file already binds, else the libraries' spelling.
 */
function twinIn(twins: readonly string[], context: EditContext): string | undefined {
  return twins.find((twin) => isBound(twin, context)) ?? twins[0];
}

/** Replaces a name whose text carries the status: a member's property, or a bound identifier. */
function renameEdits(node: TSESTree.Node, twin: string, context: EditContext): TextEdit[] | undefined {
  const n = unwrap(node);
  if (n.type !== 'Identifier') return undefined;
  if (isBound(n.name, context) && !context.importedFrom.has(n.name) && !isBound(twin, context)) return undefined;
  const rename = replaceNode(n, twin);
  const parent = context.index.parentOf(node);
  const isProperty = parent?.type === 'MemberExpression' && parent.property === node;
  if (isProperty || isBound(twin, context)) return [rename];
  const addImport = importBeside(n.name, twin, context);
  return addImport ? [rename, addImport] : undefined;
}

/**
 * The edits that make a status say `to` in the author's own form: `403` -> `429`, `'403'` -> `'429'`,
 * `StatusCodes.FORBIDDEN` -> `StatusCodes.TOO_MANY_REQUESTS`, `HttpStatusCode.Forbidden` ->
 * `HttpStatusCode.TooManyRequests`, a local constant -> its sibling holding `to` (else the number),
 * `ForbiddenException` -> `UnauthorizedException` (imported beside it), `Boom.forbidden` ->
 * `Boom.unauthorized`, `'Forbidden'` -> `'Unauthorized'`. Undefined when no such form exists.
 */
export function rewriteStatus(status: StatusValue, to: number, context: EditContext): TextEdit[] | undefined {
  const node = status.node;
  switch (status.form) {
    case 'number':
      return [replaceNode(node, String(to))];
    case 'numeric-string': {
      const raw = context.text.slice(node.range[0], node.range[1]);
      return [replaceNode(node, raw.replace(/\d{3}/, String(to)))];
    }
    case 'status-name': {
      const raw = context.text.slice(node.range[0], node.range[1]);
      const twin = statusNameTwin(raw.slice(1, -1), status.code, to);
      return twin ? [replaceNode(node, raw[0] + twin + raw[raw.length - 1])] : undefined;
    }
    case 'named-constant': {
      const n = unwrap(node);
      const nameNode = n.type === 'MemberExpression' ? n.property : n;
      if (nameNode.type !== 'Identifier') return undefined;
      const twins = statusNameTwins(nameNode.name, status.code, to);
      const twin = n.type === 'MemberExpression' ? twins[0] : twinIn(twins, context);
      if (!twin) return undefined;
      return n.type === 'MemberExpression' ? [replaceNode(nameNode, twin)] : renameEdits(nameNode, twin, context);
    }
    case 'local-constant': {
      const path = memberPath(node) ?? [];
      const siblings = context.constants.findByValue(to, path.slice(0, -1));
      const sibling = siblings[0]?.split('.').pop();
      const n = unwrap(node);
      if (sibling && IDENTIFIER.test(sibling)) {
        return n.type === 'MemberExpression' ? [replaceNode(n.property, sibling)] : [replaceNode(n, sibling)];
      }
      return [replaceNode(node, String(to))];
    }
    case 'error-name': {
      if (node.type !== 'Identifier') return undefined;
      const twin = twinIn(statusNameTwins(node.name, status.code, to), context);
      return twin ? renameEdits(node, twin, context) : undefined;
    }
  }
}

/**
 * A message that is only the reason phrase of status `from`, rewritten for `to` with quotes and case
 * kept (`new HttpException('Forbidden', 403)`); no edit for any other message.
 */
function rewriteReasonPhrase(node: TSESTree.Node | undefined, from: number, to: number, context: EditContext): TextEdit[] {
  const value = node && staticString(node);
  if (!node || value === undefined) return [];
  const twin = reasonPhraseTwin(context.text.slice(node.range[0], node.range[1]), value, from, to);
  return twin === undefined ? [] : [replaceNode(node, twin)];
}

/** The status rewrite plus a matching reason phrase beside it (h3's `statusMessage`, Elysia's body). */
export function rewriteStatusWithPhrase(status: StatusValue, phrase: TSESTree.Node | undefined, to: number, context: EditContext): TextEdit[] | undefined {
  const edits = rewriteStatus(status, to, context);
  return edits ? [...edits, ...rewriteReasonPhrase(phrase, status.code, to, context)] : undefined;
}
