import { analyze } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import { ancestors, type AstIndex } from './ast-index.js';

/*
 * The part of a scope analysis the name resolver reads. Both analysers an ESLint host may hand over
 * share it: typescript-eslint's scope manager (TypeScript files, and the core's own analysis) and
 * eslint-scope (plain .js files under ESLint's default parser, espree). Nothing outside this subset
 * is read, so either one fits.
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

interface ScopeReference {
  readonly identifier: object;
  readonly resolved: ScopeVariable | null;
}

interface AnalysedScope {
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
 * The three questions the name resolver asks of a scope analysis: of a whole file's analysis
 * (`WholeFileLookup`), or of one analysis per top-level statement (statement-scopes.ts).
 */
export interface ScopeLookup {
  /**
   * The variable `identifier` refers to, or, where it resolves to none, the global scope's variable
   * of its name (eslint-scope leaves a script's top-level `var` unresolved: the global object may
   * redefine it); null when there is neither; undefined where it is no reference.
   */
  variableOf(identifier: TSESTree.Identifier): ScopeVariable | null | undefined;
  /** Is `name` declared (with a definition) in a scope that code at `at` sees? */
  isBoundAt(name: string, at: TSESTree.Node): boolean;
  /** The names declared (with a definition) in any scope of the file. */
  declaredNames(): ReadonlySet<string>;
}

export const hasDefinition = (variable: ScopeVariable | undefined): boolean => variable !== undefined && variable.defs.length > 0;

/** A scope analysis of the whole program, as a host hands it over or as `analyzeProgram` makes it. */
export class WholeFileLookup implements ScopeLookup {
  private referenceByIdentifier: Map<object, ScopeReference> | undefined;
  private names: Set<string> | undefined;

  constructor(private readonly index: AstIndex, private readonly analysis: ScopeAnalysis) {}

  variableOf(identifier: TSESTree.Identifier): ScopeVariable | null | undefined {
    const reference = this.references().get(identifier);
    if (!reference) return undefined;
    return reference.resolved ?? this.analysis.scopes[0]?.set.get(identifier.name) ?? null;
  }

  isBoundAt(name: string, at: TSESTree.Node): boolean {
    for (let scope: AnalysedScope | null | undefined = this.scopeAround(at); scope; scope = scope.upper) {
      if (hasDefinition(scope.set.get(name))) return true;
    }
    return false;
  }

  declaredNames(): ReadonlySet<string> {
    if (!this.names) {
      this.names = new Set();
      for (const scope of this.analysis.scopes) {
        for (const [declared, variable] of scope.set) if (hasDefinition(variable)) this.names.add(declared);
      }
    }
    return this.names;
  }

  private scopeAround(at: TSESTree.Node): AnalysedScope | undefined {
    for (const node of [at, ...ancestors(this.index, at)]) {
      const scope = this.analysis.acquire(node as never, true);
      if (scope) return scope;
    }
    return this.analysis.scopes[0];
  }

  private references(): Map<object, ScopeReference> {
    if (!this.referenceByIdentifier) {
      this.referenceByIdentifier = new Map();
      for (const scope of this.analysis.scopes) {
        for (const reference of scope.references) this.referenceByIdentifier.set(reference.identifier, reference);
      }
    }
    return this.referenceByIdentifier;
  }
}

const NO_SCOPES: ScopeAnalysis = { scopes: [], acquire: () => null };

/**
 * typescript-eslint's analysis, with no TypeScript lib globals: only names the file declares are
 * asked about. A tree the analyser cannot take yields no scopes, so every name reads as unknown.
 */
export function analyzeProgram(program: TSESTree.Program): ScopeAnalysis {
  try {
    return analyze(program, { sourceType: program.sourceType, lib: [] });
  } catch {
    return NO_SCOPES;
  }
}
