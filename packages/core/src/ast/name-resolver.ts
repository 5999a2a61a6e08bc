import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from './ast-index.js';
import { literalValue, type ConstantValue } from './constant-values.js';
import { propertyKeyName, staticString, unwrap } from './node-shapes.js';
import { hasDefinition, WholeFileLookup, type ScopeAnalysis, type ScopeLookup, type ScopeVariable } from './scope-analysis.js';
import { StatementScopes } from './statement-scopes.js';

export type { ScopeAnalysis };

/**
 * What an identifier refers to: a variable declared in this file, or a name the file does not
 * declare (a global, an ambient or a misspelt name).
 */
export type Resolution =
  | { readonly kind: 'declared'; readonly variable: ScopeVariable }
  | { readonly kind: 'undeclared' };

/** The module a name was imported from, and under which name: '*' for a namespace or a whole `require`. */
export interface ImportedName {
  readonly module: string;
  readonly imported: string;
}

/**
 * Answers "what does this name refer to" from a scope analysis, the way ESLint rules ask
 * `sourceCode.getScope` and `isGlobalReference`. The analysis runs on the first question only: most
 * files never ask, and the editor builds a new context on every keystroke.
 */
export class NameResolver {
  private scopeLookup: ScopeLookup | undefined;

  /**
   * `given`: the host's analysis of the same tree (ESLint's `sourceCode.scopeManager`), used as it
   * is. Without one, each top-level statement is analysed on its own (statement-scopes.ts), so that
   * the editor analyses only the statements an edit touched.
   */
  constructor(private readonly index: AstIndex, private readonly given?: ScopeAnalysis) {}

  /** What `identifier` refers to; undefined where it is no reference (a property key, a declaration's own name). */
  resolve(identifier: TSESTree.Identifier): Resolution | undefined {
    const variable = this.lookup().variableOf(identifier);
    if (variable === undefined) return undefined;
    return variable && hasDefinition(variable) ? { kind: 'declared', variable } : { kind: 'undeclared' };
  }

  /** The `x = ...` declarator that gives `identifier` its value: the nearest before it where a `var` is declared twice. */
  declaratorOf(identifier: TSESTree.Identifier): TSESTree.VariableDeclarator | undefined {
    const resolution = this.resolve(identifier);
    if (resolution?.kind !== 'declared') return undefined;
    let found: TSESTree.VariableDeclarator | undefined;
    for (const def of resolution.variable.defs) {
      const declarator = def.node as TSESTree.Node;
      if (def.type !== 'Variable' || declarator.type !== 'VariableDeclarator' || declarator.id !== def.name) continue;
      if (declarator.range[0] > identifier.range[0]) continue;
      if (!found || declarator.range[0] > found.range[0]) found = declarator;
    }
    return found;
  }

  /** `import { a as b } from 'm'`, `const { a: b } = require('m')`: `b` is `{ module: 'm', imported: 'a' }`. */
  importOf(identifier: TSESTree.Identifier): ImportedName | undefined {
    const resolution = this.resolve(identifier);
    if (resolution?.kind !== 'declared' || resolution.variable.defs.length !== 1) return undefined;
    const def = resolution.variable.defs[0]!;
    const node = def.node as TSESTree.Node;
    if (def.type === 'ImportBinding') return importBinding(node, def.parent as TSESTree.Node | null | undefined);
    if (def.type === 'Variable' && node.type === 'VariableDeclarator') return this.requireBinding(node, def.name as TSESTree.Identifier);
    return undefined;
  }

  /** Is `identifier` bound to an import from `module`, under `imported` when given? */
  isImportFrom(identifier: TSESTree.Identifier, module: string, imported?: string): boolean {
    const found = this.importOf(identifier);
    return found !== undefined && found.module === module && (imported === undefined || found.imported === imported);
  }

  /** The literal a `const` name holds: `const FORBIDDEN = 403`; undefined for anything else. */
  constantOf(identifier: TSESTree.Identifier): ConstantValue | undefined {
    const resolution = this.resolve(identifier);
    if (resolution?.kind !== 'declared' || resolution.variable.defs.length !== 1) return undefined;
    const def = resolution.variable.defs[0]!;
    const declarator = def.node as TSESTree.Node;
    const declaration = def.parent as TSESTree.Node | null | undefined;
    if (def.type !== 'Variable' || declarator.type !== 'VariableDeclarator' || declarator.id !== def.name) return undefined;
    if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const' || !declarator.init) return undefined;
    return literalValue(unwrap(declarator.init));
  }

  /** Is `name` declared in a scope that `at` sees: may code at `at` use the name without meaning the file's own binding? */
  isBoundAt(name: string, at: TSESTree.Node): boolean {
    return this.lookup().isBoundAt(name, at);
  }

  /** Is `name` declared anywhere in the file, in any scope? */
  isBoundInFile(name: string): boolean {
    return this.lookup().declaredNames().has(name);
  }

  /** `const x = require('m')`, `const { a } = require('m')`, `const a = require('m').a`, with `require` not redeclared. */
  private requireBinding(declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): ImportedName | undefined {
    if (!declarator.init) return undefined;
    let init = unwrap(declarator.init);
    let member: string | undefined;
    if (init.type === 'MemberExpression' && !init.computed && init.property.type === 'Identifier') {
      member = init.property.name;
      init = unwrap(init.object);
    }
    if (init.type !== 'CallExpression' || init.callee.type !== 'Identifier' || init.callee.name !== 'require') return undefined;
    if (this.resolve(init.callee)?.kind !== 'undeclared') return undefined;
    const module = staticString(init.arguments[0]);
    if (module === undefined) return undefined;
    if (declarator.id === name) return { module, imported: member ?? '*' };
    if (member !== undefined || declarator.id.type !== 'ObjectPattern') return undefined;
    for (const property of declarator.id.properties) {
      if (property.type !== 'Property') continue;
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      const key = propertyKeyName(property);
      if (value === name && key !== undefined) return { module, imported: key };
    }
    return undefined;
  }

  private lookup(): ScopeLookup {
    this.scopeLookup ??= this.given ? new WholeFileLookup(this.index, this.given) : new StatementScopes(this.index);
    return this.scopeLookup;
  }
}

function importBinding(specifier: TSESTree.Node, declaration: TSESTree.Node | null | undefined): ImportedName | undefined {
  if (specifier.type === 'TSImportEqualsDeclaration') {
    const reference = specifier.moduleReference;
    const module = reference.type === 'TSExternalModuleReference' ? staticString(reference.expression) : undefined;
    return module === undefined ? undefined : { module, imported: '*' };
  }
  if (declaration?.type !== 'ImportDeclaration') return undefined;
  const module = declaration.source.value;
  switch (specifier.type) {
    case 'ImportDefaultSpecifier': return { module, imported: 'default' };
    case 'ImportNamespaceSpecifier': return { module, imported: '*' };
    case 'ImportSpecifier': {
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : staticString(specifier.imported);
      return imported === undefined ? undefined : { module, imported };
    }
    default: return undefined;
  }
}
