import type { TSESTree } from '@typescript-eslint/types';
import { isFunctionNode } from '../ast/ast-index.js';
import { unwrap } from '../ast/node-shapes.js';
import { allOf, type AuthVerdict, type PartVerdict } from './auth-verdict.js';
import { classifyCondition, tryVerifiesCredentials, type ClassifyContext } from './classify-condition.js';

/** One condition on the way to a site, with the polarity under which the site runs. */
export interface BranchCondition {
  /**
   * What is tested: an `if` or `?:` test, the left side of `&&` / `||`, or a `switch` case's test,
   * which classifyCondition reads as `discriminant === test`.
   */
  readonly test: TSESTree.Node;
  readonly denyWhenTruthy: boolean;
  /** The `if` statement holding the test, when the site is in its consequent. */
  readonly ifStatement?: TSESTree.IfStatement;
}

function within(node: TSESTree.Node, container: TSESTree.Node | null | undefined): boolean {
  return !!container && node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/**
 * The conditions that must hold for `node` to run, innermost first, up to the function it is in:
 * `if` tests (negated in `else`), `?:` tests, `a && b` / `a || b` guards, `switch` cases. A `catch`
 * around token verification counts as "the credentials were invalid".
 */
export function branchConditionsOf(node: TSESTree.Node, context: ClassifyContext): { guards: BranchCondition[]; invalidCredentials: boolean } {
  const guards: BranchCondition[] = [];
  let invalidCredentials = false;
  let child: TSESTree.Node = node;
  for (let parent = context.index.parentOf(child); parent; child = parent, parent = context.index.parentOf(child)) {
    if (isFunctionNode(parent)) break;
    switch (parent.type) {
      case 'IfStatement':
        if (child === parent.consequent) guards.push({ test: parent.test, denyWhenTruthy: true, ifStatement: parent });
        else if (child === parent.alternate) guards.push({ test: parent.test, denyWhenTruthy: false });
        break;
      case 'ConditionalExpression':
        if (child === parent.consequent) guards.push({ test: parent.test, denyWhenTruthy: true });
        else if (child === parent.alternate) guards.push({ test: parent.test, denyWhenTruthy: false });
        break;
      case 'LogicalExpression':
        if (child === parent.right && parent.operator !== '??') {
          guards.push({ test: parent.left, denyWhenTruthy: parent.operator === '&&' });
        }
        break;
      case 'SwitchCase': {
        const switchStatement = context.index.parentOf(parent);
        if (switchStatement?.type === 'SwitchStatement' && parent.test) {
          guards.push({ test: parent.test, denyWhenTruthy: true });
        }
        break;
      }
      case 'CatchClause': {
        const tryStatement = context.index.parentOf(parent);
        if (within(node, parent.body) && tryStatement?.type === 'TryStatement' && tryVerifiesCredentials(tryStatement.block, context)) {
          invalidCredentials = true;
        }
        break;
      }
      default:
        break;
    }
  }
  return { guards, invalidCredentials };
}

/** Why does this site deny? Combines every guard around it; `unknown` unless the code says so plainly. */
/** What the verdict reads of a response site: where it stands, and the value it asserts itself, if any. */
export interface DenyingSite {
  readonly node: TSESTree.Node;
  readonly assertedValue?: TSESTree.Node;
}

export function denyVerdict(site: DenyingSite, context: ClassifyContext): { verdict: AuthVerdict; guards: BranchCondition[] } {
  const parts: PartVerdict[] = [];
  if (site.assertedValue && !isFalseLiteral(site.assertedValue)) {
    parts.push(classifyCondition(site.assertedValue, false, context));
  }
  const { guards, invalidCredentials } = branchConditionsOf(site.node, context);
  for (const guard of guards) parts.push(classifyCondition(guard.test, guard.denyWhenTruthy, context));
  if (invalidCredentials) parts.push('unauthenticated');
  const combined = allOf(parts);
  return { verdict: combined === 'neutral' ? 'unknown' : combined, guards };
}

function isFalseLiteral(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === 'Literal' && n.value === false;
}
