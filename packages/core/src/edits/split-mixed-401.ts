import type { TSESTree } from '@typescript-eslint/types';
import { unwrap } from '../ast/node-shapes.js';
import type { TextEdit } from '../finding.js';
import { classifyCondition, type ClassifyContext } from '../auth/classify-condition.js';
import type { EditContext } from './edit-context.js';
import { applyEdits } from './text-edits.js';

/** The disjuncts of `a || b || c`, left to right. */
function disjuncts(node: TSESTree.Node): TSESTree.Node[] {
  const n = unwrap(node);
  return n.type === 'LogicalExpression' && n.operator === '||' ? [...disjuncts(n.left), ...disjuncts(n.right)] : [n];
}

function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'BlockStatement') return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && alwaysExits(last);
}

/**
 * `if (!user || !user.isAdmin) return res.status(401)...` becomes `if (!user) return res.status(401)...`
 * (with the challenge of `challenge401` where it was missing)
 * followed by `if (!user.isAdmin) return res.status(403)...`: the mirror of split-guard.ts, where the
 * 401 branch stays as written and the permission branch gets `use403`. Only for an `if` without
 * `else` whose branch always exits, with the identity tests first and each disjunct plainly one kind.
 */
export function splitMixed401Edits(
  ifStatement: TSESTree.IfStatement,
  use403: readonly TextEdit[],
  context: EditContext & ClassifyContext,
  challenge401: readonly TextEdit[] = [],
): TextEdit[] | undefined {
  if (ifStatement.alternate || !alwaysExits(ifStatement.consequent)) return undefined;
  const parts = disjuncts(ifStatement.test);
  const verdicts = parts.map((p) => classifyCondition(p, true, context));
  const firstForbidden = verdicts.indexOf('forbidden');
  if (firstForbidden <= 0 || verdicts.slice(0, firstForbidden).some((v) => v !== 'unauthenticated')
    || verdicts.slice(firstForbidden).some((v) => v !== 'forbidden')) return undefined;
  const consequent = ifStatement.consequent;
  const inside = (e: TextEdit) => e.range[0] >= consequent.range[0] && e.range[1] <= consequent.range[1];
  const inBranch = use403.filter(inside);
  const elsewhere = use403.filter((e) => !inside(e));
  if (inBranch.length === 0 || elsewhere.some((e) => e.range[1] > ifStatement.range[0] && e.range[0] < ifStatement.range[1])) return undefined;
  const source = context.text;
  const textOf = (nodes: readonly TSESTree.Node[]) => nodes.map((n) => source.slice(n.range[0], n.range[1])).join(' || ');
  const branch = source.slice(consequent.range[0], consequent.range[1]);
  const branch401 = applyEdits(branch, challenge401.filter(inside), consequent.range[0]);
  const branch403 = applyEdits(branch, inBranch, consequent.range[0]);
  const lineStart = source.lastIndexOf('\n', ifStatement.range[0] - 1) + 1;
  const indent = /^\s*/.exec(source.slice(lineStart, ifStatement.range[0]))![0];
  const text = `if (${textOf(parts.slice(0, firstForbidden))}) ${branch401}\n${indent}if (${textOf(parts.slice(firstForbidden))}) ${branch403}`;
  return [{ range: [ifStatement.range[0], ifStatement.range[1]], text }, ...elsewhere];
}
