import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';
import type { SiteContext } from '../sites/site-context.js';
import type { StatusValue } from '../status/resolve-status.js';
import { unauthorizedTwinOf } from '../status/status-names.js';
import { insertAfter, replaceNode } from './text-edits.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Is `name` bound in the file: declared, or imported? */
function isBound(name: string, context: SiteContext): boolean {
  return context.importedFrom.has(name) || context.constants.lookup([name]) !== undefined
    || context.index.program.body.some((s) => (s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && s.id?.name === name)
    || context.index.variables.some((d) => d.id.type === 'Identifier' && d.id.name === name);
}

/** Adds `name` next to `sibling` in the import that brings `sibling`: `{ ForbiddenException }` -> `{ ForbiddenException, UnauthorizedException }`. */
function importBeside(sibling: string, name: string, context: SiteContext): TextEdit | undefined {
  for (const statement of context.index.program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = statement.specifiers.find((s) => s.type === 'ImportSpecifier' && s.local.name === sibling);
    if (specifier) return insertAfter(specifier, `, ${name}`);
  }
  return undefined;
}

/** Replaces a name whose text carries the status: a member's property, or a bound identifier. */
function renameEdits(node: TSESTree.Node, twin: string, context: SiteContext): TextEdit[] | undefined {
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
 * The edits that make a 403 status say 401 in the author's own form: `403` -> `401`,
 * `StatusCodes.FORBIDDEN` -> `StatusCodes.UNAUTHORIZED`, `ForbiddenException` -> `UnauthorizedException`
 * (imported beside it), `'Forbidden'` -> `'Unauthorized'`. Undefined when no such form exists.
 */
export function use401Edits(status: StatusValue, context: SiteContext): TextEdit[] | undefined {
  const node = status.node;
  switch (status.form) {
    case 'number':
      return [replaceNode(node, '401')];
    case 'numeric-string': {
      const raw = context.text.slice(node.range[0], node.range[1]);
      return [replaceNode(node, raw.replace(/\d{3}/, '401'))];
    }
    case 'status-name': {
      const raw = context.text.slice(node.range[0], node.range[1]);
      const inner = raw.slice(1, -1);
      const twin = unauthorizedTwinOf(inner);
      return twin ? [replaceNode(node, raw[0] + twin + raw[raw.length - 1])] : undefined;
    }
    case 'named-constant': {
      const n = unwrap(node);
      const nameNode = n.type === 'MemberExpression' ? n.property : n;
      if (nameNode.type !== 'Identifier') return undefined;
      const twin = unauthorizedTwinOf(nameNode.name);
      if (!twin) return undefined;
      return n.type === 'MemberExpression' ? [replaceNode(nameNode, twin)] : renameEdits(nameNode, twin, context);
    }
    case 'local-constant': {
      const path = memberPath(node) ?? [];
      const siblings = context.constants.findByValue(401, path.slice(0, -1));
      const sibling = siblings[0]?.split('.').pop();
      const n = unwrap(node);
      if (sibling && IDENTIFIER.test(sibling)) {
        return n.type === 'MemberExpression' ? [replaceNode(n.property, sibling)] : [replaceNode(n, sibling)];
      }
      return [replaceNode(node, '401')];
    }
    case 'error-name': {
      if (node.type !== 'Identifier') return undefined;
      const twin = unauthorizedTwinOf(node.name);
      return twin ? renameEdits(node, twin, context) : undefined;
    }
  }
}

/** The replacement text the suggestion's title shows. */
export function describeEdits(edits: readonly TextEdit[]): string {
  return edits[0]?.text ?? '';
}
