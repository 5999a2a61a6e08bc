import { analyze } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, type AstIndex } from './ast-index.js';
import { literalValue, type ConstantValue } from './constant-values.js';
import { propertyKeyName, staticString, unwrap } from './node-shapes.js';

/*
 * The part of a scope analysis this module reads. Both analysers an ESLint host may hand over
 * share it: typescript-eslint's scope manager (TypeScript files, and this module's own analysis)
 * and eslint-scope (plain .js files under ESLint's default parser, espree). Nothing outside this
 * subset is read, so either one fits.
 */

/** Where a variable is declared: `def.type` is 'Variable', 'ImportBinding', 'Parameter', 'FunctionName', ... */
export interface ScopeDefinition {
  readonly type: string;
  /** The identifier that declares the name. */
  readonly name: object;
  /** 'Variable': the VariableDeclarator; 'ImportBinding': the import specifier. */
  readonly node: object;
  /** 'Variable': the VariableDeclaration; 'ImportBinding': the ImportDeclaration. */
  readonly parent?: object | null;
}

export interface ScopeVariable {
  readonly name: string;
  readonly defs: readonly ScopeDefinition[];
}

export interface ScopeReference {
  readonly identifier: object;
  readonly resolved: ScopeVariable | null;
}

export interface AnalysedScope {
  readonly set: ReadonlyMap<string, ScopeVariable>;
  readonly references: readonly ScopeReference[];
  readonly upper: AnalysedScope | null;
}

export interface ScopeAnalysis {
  readonly scopes: readonly AnalysedScope[];
  /** The scopes a node opens; `inner` picks the innermost (a named function expression opens two). */
  acquire(node: never, inner?: boolean): AnalysedScope | null;
}

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
  private analysis: ScopeAnalysis | undefined;
  private referenceByIdentifier: Map<object, ScopeReference> | undefined;
  private declaredNames: Set<string> | undefined;

  /** `given`: the host's analysis of the same tree (ESLint's `sourceCode.scopeManager`), used as it is. */
  constructor(private readonly index: AstIndex, private readonly given?: ScopeAnalysis) {}

  /** What `identifier` refers to; undefined where it is no reference (a property key, a declaration's own name). */
  resolve(identifier: TSESTree.Identifier): Resolution | undefined {
    const reference = this.references().get(identifier);
    if (!reference) return undefined;
    // eslint-scope leaves a script's top-level `var` unresolved (the global object may redefine it).
    const variable = reference.resolved ?? this.scopes()[0]?.set.get(identifier.name);
    return variable && variable.defs.length > 0 ? { kind: 'declared', variable } : { kind: 'undeclared' };
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
    for (let scope: AnalysedScope | null | undefined = this.scopeAround(at); scope; scope = scope.upper) {
      const variable = scope.set.get(name);
      if (variable && variable.defs.length > 0) return true;
    }
    return false;
  }

  /** Is `name` declared anywhere in the file, in any scope? */
  isBoundInFile(name: string): boolean {
    if (!this.declaredNames) {
      this.declaredNames = new Set();
      for (const scope of this.scopes()) {
        for (const [declared, variable] of scope.set) if (variable.defs.length > 0) this.declaredNames.add(declared);
      }
    }
    return this.declaredNames.has(name);
  }

  private scopeAround(at: TSESTree.Node): AnalysedScope | undefined {
    const analysis = this.scopeAnalysis();
    for (const node of [at, ...ancestors(this.index, at)]) {
      const scope = analysis.acquire(node as never, true);
      if (scope) return scope;
    }
    return analysis.scopes[0];
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

  private references(): Map<object, ScopeReference> {
    if (!this.referenceByIdentifier) {
      this.referenceByIdentifier = new Map();
      for (const scope of this.scopes()) {
        for (const reference of scope.references) this.referenceByIdentifier.set(reference.identifier, reference);
      }
    }
    return this.referenceByIdentifier;
  }

  private scopes(): readonly AnalysedScope[] {
    return this.scopeAnalysis().scopes;
  }

  private scopeAnalysis(): ScopeAnalysis {
    this.analysis ??= this.given ?? analyzeProgram(this.index.program);
    return this.analysis;
  }
}

const NO_SCOPES: ScopeAnalysis = { scopes: [], acquire: () => null };

/**
 * typescript-eslint's analysis, with no TypeScript lib globals: only names the file declares are
 * asked about. A tree the analyser cannot take yields no scopes, so every name reads as unknown.
 */
function analyzeProgram(program: TSESTree.Program): ScopeAnalysis {
  try {
    return analyze(program, { sourceType: program.sourceType, lib: [] });
  } catch {
    return NO_SCOPES;
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
