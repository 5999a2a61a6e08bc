import type { TSESTree } from '@typescript-eslint/types';
import type { ConstantTable } from '../ast/constant-values.js';
import { findProperty, unwrap } from '../ast/node-shapes.js';
import { resolveStatus } from '../status/resolve-status.js';

/** The fields an error keeps its status in. */
export const STATUS_FIELDS: ReadonlySet<string> = new Set(['status', 'statusCode', 'httpStatusCode', 'httpStatus']);

/**
 * Where a status written in a class comes from: a fixed value (with the offsets of its token), a
 * parameter of the constructor, or a parameter of the factory around the class.
 */
export type StatusSource =
  | { readonly kind: 'fixed'; readonly code: number; readonly range: readonly [number, number] }
  | { readonly kind: 'param'; readonly index: number }
  | { readonly kind: 'outer-param'; readonly index: number };

/** The names of a function's parameters by position (`status = 401` counts as `status`); undefined where one is a pattern. */
export function parameterNames(params: readonly TSESTree.Parameter[]): (string | undefined)[] {
  return params.map((p) => {
    const target = p.type === 'AssignmentPattern' ? p.left : p.type === 'TSParameterProperty' ? p.parameter : p;
    const id = target.type === 'AssignmentPattern' ? target.left : target;
    return id.type === 'Identifier' ? id.name : undefined;
  });
}

export interface StatusScope {
  readonly constants: ConstantTable;
  readonly params: readonly (string | undefined)[];
  readonly outerParams: readonly (string | undefined)[];
}

/** Reads a status expression of a class: `401`, `HttpStatus.UNAUTHORIZED`, a constructor parameter, a factory parameter. */
export function statusSource(expression: TSESTree.Node, scope: StatusScope, trusted: (code: number) => boolean = () => true): StatusSource | undefined {
  const node = unwrap(expression);
  if (node.type === 'Identifier') {
    const index = scope.params.indexOf(node.name);
    if (index >= 0) return { kind: 'param', index };
    const outer = scope.outerParams.indexOf(node.name);
    if (outer >= 0) return { kind: 'outer-param', index: outer };
  }
  const value = resolveStatus(node, scope.constants);
  return value && trusted(value.code) ? { kind: 'fixed', code: value.code, range: value.node.range } : undefined;
}

/** A status in an options object among the arguments: `super({ statusCode: 401 })`, `super(merge(options, { statusCode: 401 }))`. */
export function statusInOptions(args: readonly TSESTree.CallExpressionArgument[], scope: StatusScope, depth = 0): StatusSource | undefined {
  for (const arg of args) {
    if (arg.type === 'SpreadElement') continue;
    const n = unwrap(arg);
    if (n.type === 'ObjectExpression') {
      for (const field of STATUS_FIELDS) {
        const prop = findProperty(n, field);
        const found = prop && statusSource(prop.value, scope);
        if (found) return found;
      }
    } else if (n.type === 'CallExpression' && depth === 0) {
      const found = statusInOptions(n.arguments, scope, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
