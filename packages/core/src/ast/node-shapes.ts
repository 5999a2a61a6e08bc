import type { TSESTree } from '@typescript-eslint/types';

type Node = TSESTree.Node;

/** Strips wrappers that do not change a value: `x!`, `x as T`, `<T>x`, `x satisfies T`, `a?.b` chains. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case 'TSNonNullExpression':
      case 'TSAsExpression':
      case 'TSTypeAssertion':
      case 'TSSatisfiesExpression':
      case 'TSInstantiationExpression':
        n = n.expression;
        break;
      case 'ChainExpression':
        n = n.expression;
        break;
      default:
        return n;
    }
  }
}

/** `a.b` or `a['b']` -> 'b'; anything computed from a non-literal -> undefined. */
export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
  if (node.property.type === 'Literal' && typeof node.property.value === 'number') return String(node.property.value);
  if (node.property.type === 'TemplateLiteral' && node.property.expressions.length === 0) {
    return node.property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** `x.status = v`: the member a plain `=` assignment writes, when its name is one of `names`. */
export function assignedMember(assignment: TSESTree.AssignmentExpression, names: readonly string[]): TSESTree.MemberExpression | undefined {
  const left = unwrap(assignment.left);
  if (assignment.operator !== '=' || left.type !== 'MemberExpression') return undefined;
  const name = memberName(left);
  return name !== undefined && names.includes(name) ? left : undefined;
}

/** The name a callee is called by: `f()` -> 'f', `a.b.f()` -> 'f'. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return memberName(callee);
  return undefined;
}


/** `a.b.c` -> ['a', 'b', 'c']; `this.x` -> ['this', 'x']; undefined for calls or computed parts. */
export function memberPath(node: Node): string[] | undefined {
  const n = unwrap(node);
  if (n.type === 'Identifier') return [n.name];
  if (n.type === 'ThisExpression') return ['this'];
  if (n.type === 'MemberExpression') {
    const head = memberPath(n.object);
    const name = memberName(n);
    return head && name !== undefined ? [...head, name] : undefined;
  }
  return undefined;
}

/** The identifier a member chain or call chain starts from: `res.status(1).json()` -> `res`. */
export function chainRoot(node: Node): Node {
  let n = unwrap(node);
  for (;;) {
    if (n.type === 'MemberExpression') n = unwrap(n.object);
    else if (n.type === 'CallExpression') n = unwrap(n.callee);
    else return n;
  }
}

/** A string known without running the code: 'x', "x", `x`. */
export function staticString(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The key of an object property when it is static: `{ a: 1 }`, `{ 'a-b': 1 }`, `{ ['a']: 1 }`. */
export function propertyKeyName(prop: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = prop.key;
  if (!prop.computed && key.type === 'Identifier') return key.name;
  if (key.type === 'Literal') return String(key.value);
  return staticString(key);
}

/** Finds a static property of an object literal by name, case-insensitively when asked. */
export function findProperty(
  object: TSESTree.ObjectExpression,
  name: string,
  caseInsensitive = false,
): TSESTree.Property | undefined {
  const wanted = caseInsensitive ? name.toLowerCase() : name;
  for (const p of object.properties) {
    if (p.type !== 'Property') continue;
    const key = propertyKeyName(p);
    if (key === undefined) continue;
    if ((caseInsensitive ? key.toLowerCase() : key) === wanted) return p;
  }
  return undefined;
}

export function hasSpread(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((p) => p.type === 'SpreadElement');
}


/** `require('m')` -> 'm' (through `x!` and casts); undefined for anything else. Whether `require` is Node's, the name resolver says. */
export function requiredModule(node: Node | null | undefined): string | undefined {
  const n = node && unwrap(node);
  if (n?.type !== 'CallExpression') return undefined;
  const callee = unwrap(n.callee);
  return callee.type === 'Identifier' && callee.name === 'require' ? staticString(n.arguments[0]) : undefined;
}

/** The names a parameter or binding pattern declares: `({ set, a: [b, ...c] = [] })` -> set, b, c. */
export function patternNames(pattern: Node): string[] {
  switch (pattern.type) {
    case 'Identifier': return [pattern.name];
    case 'AssignmentPattern': return patternNames(pattern.left);
    case 'ObjectPattern': return pattern.properties.flatMap((p) => patternNames(p.type === 'Property' ? p.value : p.argument));
    case 'ArrayPattern': return pattern.elements.flatMap((e) => (e ? patternNames(e) : []));
    case 'RestElement': return patternNames(pattern.argument);
    case 'TSParameterProperty': return patternNames(pattern.parameter);
    default: return [];
  }
}
