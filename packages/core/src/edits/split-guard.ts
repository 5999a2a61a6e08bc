import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';
import { applyEdits } from './text-edits.js';
import type { PartVerdict } from '../auth/auth-verdict.js';
import { classifyCondition, type ClassifyContext } from '../auth/classify-condition.js';
import type { EditContext } from './edit-context.js';

/** What splitting a guard reads: the file, and the vocabulary that tells identity tests from permission tests. */
type SplitGuardContext = EditContext & ClassifyContext;

/** Functions that never return, by the module they come from: calling one ends the branch like `throw`. */
const NEVER_RETURNS: Readonly<Record<string, ReadonlySet<string>>> = {
  '@sveltejs/kit': new Set(['error', 'redirect']),
  'next/navigation': new Set(['forbidden', 'unauthorized', 'redirect', 'permanentRedirect', 'notFound']),
};

/** The disjuncts of `a || b || c`, left to right. */
function disjuncts(node: TSESTree.Node): TSESTree.Node[] {
  const n = unwrap(node);
  return n.type === 'LogicalExpression' && n.operator === '||' ? [...disjuncts(n.left), ...disjuncts(n.right)] : [n];
}

function isNeverReturningCall(expression: TSESTree.Expression, context: SplitGuardContext): boolean {
  const call = unwrap(expression);
  if (call.type !== 'CallExpression') return false;
  const callee = unwrap(call.callee);
  // Koa's `ctx.throw(...)` throws.
  if (callee.type === 'MemberExpression') return calleeName(call) === 'throw';
  if (callee.type !== 'Identifier') return false;
  const from = context.importedFrom.get(callee.name);
  return from !== undefined && NEVER_RETURNS[from]?.has(callee.name) === true;
}

/** Does the branch always leave, so that a second `if` after it sees only what the first let through? */
function alwaysExits(statement: TSESTree.Statement, context: SplitGuardContext): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type === 'ExpressionStatement') return isNeverReturningCall(statement.expression, context);
  if (statement.type === 'BlockStatement') {
    const last = statement.body[statement.body.length - 1];
    return !!last && alwaysExits(last, context);
  }
  return false;
}

function inside(edit: TextEdit, node: TSESTree.Node): boolean {
  return edit.range[0] >= node.range[0] && edit.range[1] <= node.range[1];
}

/**
 * `if (!user || user.role !== 'admin') return res.status(403)...` becomes
 * `if (!user) return res.status(401)...` followed by `if (user.role !== 'admin') return res.status(403)...`.
 * Only for an `if` without `else` whose branch always exits and whose disjuncts are each plainly one kind,
 * the identity ones first (so the permission test never runs without an identity). Edits of the 401
 * rewrite that lie outside the branch (an import beside `ForbiddenException`) are kept as they are.
 */
export function splitGuardEdits(
  ifStatement: TSESTree.IfStatement,
  use401: readonly TextEdit[],
  context: SplitGuardContext,
): TextEdit[] | undefined {
  if (ifStatement.alternate || !alwaysExits(ifStatement.consequent, context)) return undefined;
  const parts = disjuncts(ifStatement.test);
  const verdicts: PartVerdict[] = parts.map((p) => classifyCondition(p, true, context));
  const firstForbidden = verdicts.indexOf('forbidden');
  if (firstForbidden <= 0 || verdicts.slice(0, firstForbidden).some((v) => v !== 'unauthenticated')
    || verdicts.slice(firstForbidden).some((v) => v !== 'forbidden')) return undefined;
  const consequent = ifStatement.consequent;
  const inBranch = use401.filter((e) => inside(e, consequent));
  const elsewhere = use401.filter((e) => !inside(e, consequent));
  if (inBranch.length === 0 || elsewhere.some((e) => e.range[1] > ifStatement.range[0] && e.range[0] < ifStatement.range[1])) {
    return undefined;
  }
  const source = context.text;
  const textOf = (nodes: TSESTree.Node[]) => nodes.map((n) => source.slice(n.range[0], n.range[1])).join(' || ');
  const branch = source.slice(consequent.range[0], consequent.range[1]);
  const branch401 = applyEdits(branch, inBranch, consequent.range[0]);
  const lineStart = source.lastIndexOf('\n', ifStatement.range[0] - 1) + 1;
  const indent = /^\s*/.exec(source.slice(lineStart, ifStatement.range[0]))![0];
  const text = `if (${textOf(parts.slice(0, firstForbidden))}) ${branch401}\n${indent}if (${textOf(parts.slice(firstForbidden))}) ${branch}`;
  return [{ range: [ifStatement.range[0], ifStatement.range[1]], text }, ...elsewhere];
}

/** `!user`, `!req.session.user`, `!(a || b)`: the test negated, in the author's text. */
function negated(test: TSESTree.Expression, source: string): string {
  const text = source.slice(test.range[0], test.range[1]);
  const plain = unwrap(test);
  return plain.type === 'Identifier' || plain.type === 'MemberExpression' || plain.type === 'CallExpression' ? `!${text}` : `!(${text})`;
}

/**
 * `if (user) { if (isAdmin(user)) return next(); } return res.status(403).end();` gains a 401 exit
 * before the early exit it falls through: `if (!user) return res.status(401).end();`. Only when
 * the exit's own test is plainly the identity, the nested tests plainly permissions, and the site is
 * a statement of the same block that always exits, holding every edit of the 401 rewrite.
 */
export function splitFallThroughEdits(
  exit: TSESTree.IfStatement,
  siteNode: TSESTree.Node,
  use401: readonly TextEdit[],
  context: SplitGuardContext,
): TextEdit[] | undefined {
  const block = context.index.parentOf(exit);
  if (block?.type !== 'BlockStatement') return undefined;
  const siteStatement = block.body.slice(block.body.indexOf(exit) + 1).find((s) => siteNode.range[0] >= s.range[0] && siteNode.range[1] <= s.range[1]);
  if (!siteStatement || !alwaysExits(siteStatement, context) || use401.some((e) => !inside(e, siteStatement))) return undefined;
  if (classifyCondition(exit.test, false, context) !== 'unauthenticated') return undefined;
  for (let inner = nestedExit(exit.consequent); inner; inner = nestedExit(inner.consequent)) {
    if (classifyCondition(inner.test, false, context) !== 'forbidden') return undefined;
  }
  const source = context.text;
  const site401 = applyEdits(source.slice(siteStatement.range[0], siteStatement.range[1]), use401, siteStatement.range[0]);
  const lineStart = source.lastIndexOf('\n', exit.range[0] - 1) + 1;
  const indent = /^\s*/.exec(source.slice(lineStart, exit.range[0]))![0];
  return [{ range: [exit.range[0], exit.range[0]], text: `if (${negated(exit.test, source)}) ${site401}\n${indent}` }];
}

/** The one `if` a branch consists of (`{ if (isAdmin(user)) return next(); }`), if so. */
function nestedExit(branch: TSESTree.Statement): TSESTree.IfStatement | undefined {
  const only = branch.type === 'BlockStatement' && branch.body.length === 1 ? branch.body[0]! : branch;
  return only.type === 'IfStatement' ? only : undefined;
}
