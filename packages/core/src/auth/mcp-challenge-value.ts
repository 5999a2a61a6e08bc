import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, enclosingFunction, isFunctionNode, type AstIndex } from '../ast/ast-index.js';
import type { ConstantTable } from '../ast/constant-values.js';
import { descendants } from '../ast/descendants.js';
import { mayRunBefore } from '../ast/may-run-before.js';
import { chainRoot, memberName, patternNames, propertyKeyName, staticString, unwrap } from '../ast/node-shapes.js';
import { sameHeaderName, WWW_AUTHENTICATE } from '../http/header-names.js';

/*
 * The WWW-Authenticate values a 401 sends, read as text, so that a challenge without
 * `resource_metadata` (RFC 9728, section 5.1) can be told from one that has it.
 */

interface ChallengeContext {
  readonly index: AstIndex;
  readonly constants: ConstantTable;
}

/** Stands for an expression inside a quoted auth-param value: `realm="${realm}"` reads as `realm="…"`. */
const QUOTED_PLACEHOLDER = '…';

/** How deep a name is followed to its declaration (`const challenge = base + '...'`). */
const MAX_NAME_DEPTH = 3;

/** An auth-param `resource_metadata=` (names compare case-insensitively, RFC 9110 section 11.2). */
const RESOURCE_METADATA_PARAM = /(?:^|[\s,])resource_metadata\s*=/i;

/** Is the text so far inside a quoted-string (an odd number of unescaped `"`)? */
function insideQuotes(text: string): boolean {
  return (text.replace(/\\./g, '').match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The `const` declarator of `name`, where the file declares that name once. */
function onlyConstDeclarator(name: string, index: AstIndex): TSESTree.VariableDeclarator | undefined {
  const declarators = index.variables.filter((d) => d.id.type === 'Identifier' && d.id.name === name);
  const only = declarators.length === 1 ? declarators[0] : undefined;
  const declaration = only ? index.parentOf(only) : undefined;
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' ? only : undefined;
}

/** The pieces a string is built of: the quasis and expressions of a template, the operands of `+`. */
function pieces(node: TSESTree.Node): TSESTree.Node[] {
  const n = unwrap(node);
  if (n.type === 'BinaryExpression' && n.operator === '+') return [...pieces(n.left), ...pieces(n.right)];
  if (n.type === 'TemplateLiteral') {
    const out: TSESTree.Node[] = [];
    n.quasis.forEach((quasi, i) => {
      out.push(quasi);
      const expression = n.expressions[i];
      if (expression) out.push(expression);
    });
    return out;
  }
  return [n];
}

/**
 * The text of a header value, where the code shows it: literals, templates and `+` of them, and
 * `const` names that hold such values. An expression inside a quoted parameter value is read as a
 * placeholder; any other expression that is not known makes the whole unknown (it could add a
 * parameter of its own).
 */
export function challengeText(node: TSESTree.Node, context: ChallengeContext, depth = 0): string | undefined {
  let text = '';
  for (const piece of pieces(node)) {
    const known = piece.type === 'TemplateElement' ? piece.value.cooked ?? undefined : knownText(piece, context, depth);
    if (known !== undefined) text += known;
    else if (insideQuotes(text)) text += QUOTED_PLACEHOLDER;
    else return undefined;
  }
  return text;
}

function knownText(node: TSESTree.Node, context: ChallengeContext, depth: number): string | undefined {
  const value = context.constants.evaluate(node) ?? staticString(node);
  if (value !== undefined) return String(value);
  if (node.type !== 'Identifier' || depth >= MAX_NAME_DEPTH) return undefined;
  const declarator = onlyConstDeclarator(node.name, context.index);
  return declarator?.init ? challengeText(declarator.init, context, depth + 1) : undefined;
}

function hasResourceMetadata(challenge: string): boolean {
  return RESOURCE_METADATA_PARAM.test(challenge);
}

/**
 * How many challenges a header value holds (RFC 9110 section 11.6.1: `Basic realm="a", Bearer`):
 * outside quoted strings, each comma-separated element that starts with a scheme token not
 * followed by `=` opens one.
 */
export function challengeCount(challenge: string): number {
  const unquoted = challenge.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return unquoted.split(',').filter((element) => /^\s*[\w!#$%&'*+.^`|~-]+(?:\s+[^\s=]|\s*$)/.test(element)).length;
}

/** The function whose parameter the carrier is (`res`, `c`, `reply`), else the one around the site. */
function carrierScope(site: TSESTree.Node, carrier: TSESTree.Node | undefined, index: AstIndex): TSESTree.Node {
  const root = carrier ? chainRoot(carrier) : undefined;
  if (root?.type === 'Identifier') {
    for (const a of ancestors(index, site)) {
      if (isFunctionNode(a) && a.params.some((p) => patternNames(p).includes(root.name))) return a;
    }
  }
  return enclosingFunction(index, site) ?? index.program;
}

function namesChallengeHeader(node: TSESTree.Node | undefined, constants: ConstantTable): boolean {
  if (!node || node.type === 'SpreadElement') return false;
  const name = constants.evaluate(node) ?? staticString(node);
  return typeof name === 'string' && sameHeaderName(name, WWW_AUTHENTICATE);
}

/** The value a node writes as WWW-Authenticate: `{ 'WWW-Authenticate': v }`, `x.set('WWW-Authenticate', v)`, `h['WWW-Authenticate'] = v`. */
function writtenChallenge(node: TSESTree.Node, constants: ConstantTable): TSESTree.Node | undefined {
  switch (node.type) {
    case 'Property': {
      const key = propertyKeyName(node);
      return key !== undefined && sameHeaderName(key, WWW_AUTHENTICATE) ? node.value : undefined;
    }
    case 'CallExpression': {
      const at = node.arguments.findIndex((a, i) => i < node.arguments.length - 1 && namesChallengeHeader(a, constants));
      const value = at >= 0 ? node.arguments[at + 1] : undefined;
      return value && value.type !== 'SpreadElement' ? value : undefined;
    }
    case 'AssignmentExpression': {
      const left = unwrap(node.left);
      const key = left.type === 'MemberExpression' ? memberName(left) : undefined;
      return key !== undefined && sameHeaderName(key, WWW_AUTHENTICATE) ? node.right : undefined;
    }
    default:
      return undefined;
  }
}

/** How many nodes of the handler are read for challenge writes; what lies beyond is not read. */
const MAX_WALK = 20_000;

/** `undefined`, `null`, `''`: a write that sets no challenge. */
function isEmptyValue(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return (n.type === 'Identifier' && n.name === 'undefined') || (n.type === 'Literal' && (n.value === null || n.value === ''));
}

function within(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/**
 * The WWW-Authenticate values that may reach the response of `site`: those written in the site
 * itself, and those written in the handler that may run before it.
 */
function challengeValuesReaching(site: TSESTree.Node, carrier: TSESTree.Node | undefined, context: ChallengeContext): TSESTree.Node[] {
  const runsBefore = mayRunBefore(context.index, site);
  const values: TSESTree.Node[] = [];
  for (const node of descendants(carrierScope(site, carrier, context.index), { maxNodes: MAX_WALK })) {
    const value = writtenChallenge(node, context.constants);
    if (value && !isEmptyValue(value) && (within(node, site) || runsBefore(node))) values.push(value);
  }
  return values;
}

/**
 * The challenge values of a 401 that all lack `resource_metadata`, where each is known; undefined
 * where none is seen, one has the parameter, or one cannot be read.
 */
export function challengesLackingResourceMetadata(site: TSESTree.Node, carrier: TSESTree.Node | undefined, context: ChallengeContext): TSESTree.Node[] | undefined {
  const values = challengeValuesReaching(site, carrier, context);
  if (values.length === 0) return undefined;
  for (const value of values) {
    const text = challengeText(value, context);
    if (text === undefined || hasResourceMetadata(text)) return undefined;
  }
  return values;
}
