import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from './ast-index.js';
import { memberPath, propertyKeyName, staticString, unwrap } from './node-shapes.js';

export type ConstantValue = number | string;

/** A `const` or enum member with a literal value, and where it is declared. */
export interface ConstantEntry {
  readonly value: ConstantValue;
  /** The node of the name: the declarator id, the enum member id, or the object property key. */
  readonly nameNode: TSESTree.Node;
}

/**
 * The literal constants of one file, by the path they are read through:
 * `const FORBIDDEN = 403` -> 'FORBIDDEN'; `enum Code { Denied = 403 }` -> 'Code.Denied';
 * `const HTTP = { FORBIDDEN: 403 } as const` -> 'HTTP.FORBIDDEN'.
 * A name declared twice with different values is left out: the code cannot be read with confidence.
 */
export class ConstantTable {
  private readonly entries = new Map<string, ConstantEntry | 'ambiguous'>();

  constructor(index: AstIndex) {
    for (const declarator of index.variables) this.addDeclarator(declarator, index);
    for (const member of index.enumMembers) this.addEnumMember(member, index);
  }

  lookup(path: readonly string[]): ConstantEntry | undefined {
    const entry = this.entries.get(path.join('.'));
    return entry === 'ambiguous' ? undefined : entry;
  }

  /** Every unambiguous entry whose path starts with `prefix` and whose value is `value`. */
  findByValue(value: ConstantValue, prefix: readonly string[]): string[] {
    const head = prefix.length > 0 ? prefix.join('.') + '.' : '';
    const depth = prefix.length + 1;
    const out: string[] = [];
    for (const [path, entry] of this.entries) {
      if (entry === 'ambiguous' || entry.value !== value) continue;
      if (!path.startsWith(head) || path.split('.').length !== depth) continue;
      out.push(path);
    }
    return out;
  }

  /** Reads a value through identifiers and member chains; undefined when it is not a known constant. */
  evaluate(node: TSESTree.Node): ConstantValue | undefined {
    const n = unwrap(node);
    if (n.type === 'Literal' && (typeof n.value === 'number' || typeof n.value === 'string')) return n.value;
    const s = staticString(n);
    if (s !== undefined) return s;
    const path = memberPath(n);
    return path ? this.lookup(path)?.value : undefined;
  }

  private set(path: string, entry: ConstantEntry): void {
    const existing = this.entries.get(path);
    if (existing === undefined) this.entries.set(path, entry);
    else if (existing === 'ambiguous' || existing.value !== entry.value) this.entries.set(path, 'ambiguous');
  }

  private addDeclarator(declarator: TSESTree.VariableDeclarator, index: AstIndex): void {
    const declaration = index.parentOf(declarator);
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return;
    if (declarator.id.type !== 'Identifier' || !declarator.init) return;
    const name = declarator.id.name;
    const init = unwrap(declarator.init);
    const value = literalValue(init);
    if (value !== undefined) {
      this.set(name, { value, nameNode: declarator.id });
      return;
    }
    if (init.type === 'ObjectExpression') {
      for (const prop of init.properties) {
        if (prop.type !== 'Property') continue;
        const key = propertyKeyName(prop);
        const v = literalValue(unwrap(prop.value));
        if (key !== undefined && v !== undefined) this.set(`${name}.${key}`, { value: v, nameNode: prop.key });
      }
    }
  }

  private addEnumMember(member: TSESTree.TSEnumMember, index: AstIndex): void {
    // The member's parent is the enum body in typescript-estree >= 8, the declaration before it.
    let declaration = index.parentOf(member);
    if (declaration?.type === 'TSEnumBody') declaration = index.parentOf(declaration);
    if (declaration?.type !== 'TSEnumDeclaration') return;
    const key = member.id.type === 'Identifier' ? member.id.name : staticString(member.id);
    if (key === undefined || !member.initializer) return;
    const v = literalValue(unwrap(member.initializer));
    if (v !== undefined) this.set(`${declaration.id.name}.${key}`, { value: v, nameNode: member.id });
  }
}

/** A number or string literal, or a template with no expressions. */
export function literalValue(node: TSESTree.Node): ConstantValue | undefined {
  if (node.type === 'Literal' && (typeof node.value === 'number' || typeof node.value === 'string')) return node.value;
  return staticString(node);
}
