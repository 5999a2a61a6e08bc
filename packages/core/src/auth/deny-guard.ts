import type { TSESTree } from '@typescript-eslint/types';
import { isFunctionNode, nodesWithin } from '../ast/ast-index.js';
import { calleeName, memberPath, unwrap } from '../ast/node-shapes.js';
import { allOf, anyOf, type AuthVerdict, type PartVerdict } from './auth-verdict.js';
import { classifyCondition, tryVerifiesCredentials, type ClassifyContext } from './classify-condition.js';
import { sendsNoHttpDenial, type DenyingSite } from './http-denial.js';

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
  /**
   * The branch computes the missing value instead of denying: `if (!bearer) { ...; bearer = await
   * mint(ws); }`. A denial inside it says nothing about the requester's identity.
   */
  readonly computesMissing?: boolean;
  /** The early exit the site falls through (`if (user) return next();` before it), when the condition comes from one. */
  readonly exitStatement?: TSESTree.IfStatement;
  /**
   * A nested exit the site also falls through: `if (user) { if (isAdmin(user)) return next(); }`
   * lets the site run when `!user`, or else when `!isAdmin(user)`.
   */
  readonly orDeniesWhen?: BranchCondition;
}

/** The conditions a guard denies under, outermost first: one, or a chain of nested exits. */
export function partsOf(guard: BranchCondition): BranchCondition[] {
  return guard.orDeniesWhen ? [guard, ...partsOf(guard.orDeniesWhen)] : [guard];
}

/** What a guard says about the requester; a chain of nested exits denies when any of its tests does. */
export function guardVerdict(guard: BranchCondition, context: ClassifyContext): PartVerdict {
  const own = classifyCondition(guard.test, guard.denyWhenTruthy, context);
  return guard.orDeniesWhen ? anyOf([own, guardVerdict(guard.orDeniesWhen, context)]) : own;
}

function within(node: TSESTree.Node, container: TSESTree.Node | null | undefined): boolean {
  return !!container && node.range[0] >= container.range[0] && node.range[1] <= container.range[1];
}

/** What the `catch` around a site says: the `throw`s of its `try` and the conditions each is thrown under. */
export interface CaughtThrows {
  readonly verdict: PartVerdict;
  readonly guards: readonly BranchCondition[];
}

/**
 * The conditions that must hold for `node` to run, innermost first, up to the function it is in
 * (or up to `stopAt`): `if` tests (negated in `else`), `?:` tests, `a && b` / `a || b` guards,
 * `switch` cases. A `catch` around token verification counts as "the credentials were invalid";
 * a `catch` around guarded `throw`s runs under their conditions (`caught`).
 */
export function branchConditionsOf(node: TSESTree.Node, context: ClassifyContext, stopAt?: TSESTree.Node): {
  guards: BranchCondition[];
  invalidCredentials: boolean;
  caught: CaughtThrows[];
} {
  const guards: BranchCondition[] = [];
  const caught: CaughtThrows[] = [];
  let invalidCredentials = false;
  let child: TSESTree.Node = node;
  for (let parent = context.index.parentOf(child); parent && parent !== stopAt; child = parent, parent = context.index.parentOf(child)) {
    if (isFunctionNode(parent)) break;
    switch (parent.type) {
      case 'IfStatement':
        if (child === parent.consequent) {
          const computesMissing = assignsTestedValue(parent, context);
          guards.push({ test: parent.test, denyWhenTruthy: true, ifStatement: parent, ...(computesMissing ? { computesMissing } : {}) });
        }
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
        if (!within(node, parent.body) || tryStatement?.type !== 'TryStatement') break;
        if (tryVerifiesCredentials(tryStatement.block, context)) invalidCredentials = true;
        else {
          const thrown = throwsCaughtFrom(tryStatement.block, context);
          if (thrown) caught.push(thrown);
        }
        break;
      }
      default:
        break;
    }
  }
  return { guards, invalidCredentials, caught };
}

/** Does a `throw` in `block` land in the block's own `catch`: not inside a nested function or a nested `try`? */
function landsInCatchOf(thrown: TSESTree.ThrowStatement, block: TSESTree.BlockStatement, context: ClassifyContext): boolean {
  let child: TSESTree.Node = thrown;
  for (let parent = context.index.parentOf(child); parent && parent !== block; child = parent, parent = context.index.parentOf(child)) {
    if (isFunctionNode(parent) || (parent.type === 'TryStatement' && child === parent.block)) return false;
  }
  return true;
}

/**
 * `try { if (!req.user) throw new Error('not authenticated'); ... } catch (e) { res.status(403)... }`:
 * the `catch` runs when one of the block's own `throw`s does. Undefined when the block throws
 * nothing, throws without a condition, or calls a permission check itself.
 */
function throwsCaughtFrom(block: TSESTree.BlockStatement, context: ClassifyContext): CaughtThrows | undefined {
  const { vocabulary } = context;
  const throws = nodesWithin(context.index.throws, block).filter((t) => landsInCatchOf(t, block, context));
  if (throws.length === 0) return undefined;
  if (nodesWithin(context.index.calls, block).some((call) => {
    const name = calleeName(call) ?? '';
    return vocabulary.has('permission', name) || vocabulary.has('refusalPredicate', name);
  })) return undefined;
  const guards: BranchCondition[] = [];
  const verdicts: PartVerdict[] = [];
  for (const thrown of throws) {
    const conditions = branchConditionsOf(thrown, context, block).guards;
    const verdict = allOf(conditions.map((g) => guardVerdict(g, context)));
    if (verdict === 'neutral') return undefined;
    verdicts.push(verdict);
    guards.push(...conditions);
  }
  return { verdict: anyOf(verdicts), guards };
}

/** Does `statement` always leave the function: `return next()`, `throw e`, or a block that ends in one? */
function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  if (statement.type !== 'BlockStatement') return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && alwaysExits(last);
}

/**
 * When the site runs after an `if` without `else` before it: when its test is falsy, if its branch
 * always exits; or, if its branch is one nested exit, also when that one's test is falsy
 * (`if (user) { if (isAdmin(user)) return next(); }`). Undefined when the branch may go on.
 */
function fallThroughCondition(statement: TSESTree.Statement): BranchCondition | undefined {
  if (statement.type !== 'IfStatement' || statement.alternate) return undefined;
  if (alwaysExits(statement.consequent)) return { test: statement.test, denyWhenTruthy: false, exitStatement: statement };
  const inner = statement.consequent.type === 'BlockStatement' && statement.consequent.body.length === 1
    ? statement.consequent.body[0]! : statement.consequent;
  const nested = fallThroughCondition(inner);
  return nested ? { test: statement.test, denyWhenTruthy: false, exitStatement: statement, orDeniesWhen: nested } : undefined;
}

/**
 * The early exits the site falls through, innermost first: `if (req.session.user) return next();`
 * before `return res.sendStatus(403)` means the site runs only when the test was falsy.
 */
function earlyExitsBefore(node: TSESTree.Node, context: ClassifyContext): BranchCondition[] {
  const exits: BranchCondition[] = [];
  let child: TSESTree.Node = node;
  for (let parent = context.index.parentOf(child); parent; child = parent, parent = context.index.parentOf(child)) {
    if (isFunctionNode(parent)) break;
    if (parent.type !== 'BlockStatement') continue;
    const at = parent.body.indexOf(child as TSESTree.Statement);
    for (let i = at - 1; i >= 0; i--) {
      const exit = fallThroughCondition(parent.body[i]!);
      if (exit) exits.push(exit);
    }
  }
  return exits;
}

/** The names and member paths a test reads: `!req.user || !bearer` reads `req.user` and `bearer`. */
function pathsTestedBy(test: TSESTree.Node): string[] {
  const n = unwrap(test);
  switch (n.type) {
    case 'UnaryExpression': return pathsTestedBy(n.argument);
    case 'LogicalExpression':
    case 'BinaryExpression': return n.left.type === 'PrivateIdentifier' ? pathsTestedBy(n.right) : [...pathsTestedBy(n.left), ...pathsTestedBy(n.right)];
    case 'Identifier':
    case 'MemberExpression': {
      const path = memberPath(n);
      return path ? [path.join('.')] : [];
    }
    default: return [];
  }
}

/** Does the consequent of `ifStatement` assign a value its test reads (`if (!bearer) { bearer = await mint() }`)? */
function assignsTestedValue(ifStatement: TSESTree.IfStatement, context: ClassifyContext): boolean {
  const tested = new Set(pathsTestedBy(ifStatement.test));
  if (tested.size === 0) return false;
  return nodesWithin(context.index.assignments, ifStatement.consequent).some((a) => {
    const path = memberPath(a.left);
    return path !== undefined && tested.has(path.join('.'));
  });
}

/**
 * Where the conditions of a site start: at the status itself when it has conditions of its own inside
 * the site (`res.status(req.user ? 200 : 403)`, `throw err || new ForbiddenException()`), else the site.
 */
export function guardStartOf(site: DenyingSite): TSESTree.Node {
  return site.status && within(site.status.node, site.node) ? site.status.node : site.node;
}

/**
 * Why does this site deny? Combines every guard around it; `unknown` unless the code says so plainly.
 * `guards` are the conditions around the site; `thrown` those of the `throw`s a `catch` around it catches.
 */
export function denyVerdict(site: DenyingSite, context: ClassifyContext): { verdict: AuthVerdict; guards: BranchCondition[]; thrown: BranchCondition[] } {
  if (sendsNoHttpDenial(site, context)) return { verdict: 'unknown', guards: [], thrown: [] };
  const parts: PartVerdict[] = [];
  if (site.assertedValue && !isFalseLiteral(site.assertedValue)) {
    parts.push(classifyCondition(site.assertedValue, false, context));
  }
  const { guards: allGuards, invalidCredentials, caught } = branchConditionsOf(guardStartOf(site), context);
  let guards = allGuards.filter((g) => !g.computesMissing);
  // A 403 with no condition of its own: the early exits before it say when it runs.
  if (allGuards.length === 0 && parts.length === 0 && !invalidCredentials && caught.length === 0) guards = earlyExitsBefore(site.node, context);
  for (const guard of guards) parts.push(guardVerdict(guard, context));
  if (invalidCredentials) parts.push('unauthenticated');
  for (const c of caught) parts.push(c.verdict);
  const combined = allOf(parts);
  return { verdict: combined === 'neutral' ? 'unknown' : combined, guards, thrown: caught.flatMap((c) => c.guards) };
}

function isFalseLiteral(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === 'Literal' && n.value === false;
}
