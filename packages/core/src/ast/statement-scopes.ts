import { analyze, type Reference, type Scope, type ScopeManager, type Variable } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from './ast-index.js';
import { analyzeProgram, hasDefinition, WholeFileLookup, type ScopeDefinition, type ScopeLookup, type ScopeVariable } from './scope-analysis.js';

type Statement = TSESTree.ProgramStatement;

/*
 * The scope analysis of a program, made of one analysis per top-level statement, each analysed as
 * a program of that one statement (same source type, same options). The editor parses again only
 * the statements an edit touches and hands the others back as the same objects: their analyses are
 * kept (by statement node, as the AST index keeps its lists) and only the new statements are
 * analysed, where a whole-file analysis took half of every keystroke at 5,000 lines.
 *
 * Why the answers are the whole-file analysis's:
 * - the scopes a statement opens (functions, blocks, classes, namespaces) and the references in it
 *   are built from the statement's own nodes, the same in both;
 * - so a reference that resolves inside the statement resolves to the same variable, with the same
 *   definitions (all of them inside that scope);
 * - a reference that reaches the top level (resolved there or not at all in the statement's own
 *   analysis) is resolved again against the file's top level: each name's top-level variables of
 *   every statement, their definitions together in source order, with the whole-file analysis's
 *   rule (module scope first, a type reference only to a type, a value reference only to a value;
 *   then the global scope).
 * - Strictness ('use strict' in another statement) changes only which undeclared names become
 *   implicit globals, which are no definitions.
 * A node outside every top-level statement (the program itself, a node deeper than the index goes)
 * is asked of a whole-file analysis instead.
 */

interface StatementAnalysis {
  readonly sourceType: TSESTree.Program['sourceType'];
  /** Undefined when the analyser could not take the statement: its names read as unknown, as a whole file's would. */
  readonly manager: ScopeManager | undefined;
  /** The scopes of the one-statement program itself: the global scope, and the module scope of a module. */
  readonly roots: ReadonlySet<Scope>;
  /** The reference each identifier makes, built on the first question about the statement. */
  referenceByIdentifier?: Map<TSESTree.Identifier, Reference>;
}

const analysisByStatement = new WeakMap<Statement, StatementAnalysis>();

function analyseStatement(statement: Statement, sourceType: TSESTree.Program['sourceType']): StatementAnalysis {
  const cached = analysisByStatement.get(statement);
  if (cached?.sourceType === sourceType) return cached;
  const alone = {
    type: 'Program', body: [statement], sourceType, comments: [], tokens: [], range: statement.range, loc: statement.loc,
  } as unknown as TSESTree.Program;
  let manager: ScopeManager | undefined;
  try {
    manager = analyze(alone, { sourceType, lib: [] });
  } catch {
    manager = undefined;
  }
  const roots = new Set(manager?.scopes.filter((scope) => scope.block === alone));
  const analysis: StatementAnalysis = { sourceType, manager, roots };
  analysisByStatement.set(statement, analysis);
  return analysis;
}

function referencesOf(analysis: StatementAnalysis): Map<TSESTree.Identifier, Reference> {
  if (!analysis.referenceByIdentifier) {
    analysis.referenceByIdentifier = new Map();
    for (const scope of analysis.manager?.scopes ?? []) {
      for (const reference of scope.references) analysis.referenceByIdentifier.set(reference.identifier as TSESTree.Identifier, reference);
    }
  }
  return analysis.referenceByIdentifier;
}

/** One top-level name as the whole-file analysis has it: one variable with every statement's definitions. */
interface TopLevelVariable extends ScopeVariable {
  readonly defs: readonly (ScopeDefinition & { readonly isTypeDefinition: boolean; readonly isVariableDefinition: boolean })[];
}

function mergeVariables(variables: readonly Variable[]): TopLevelVariable {
  if (variables.length === 1) return variables[0]!;
  return { name: variables[0]!.name, defs: variables.flatMap((v) => v.defs) };
}

/** typescript-eslint's rule: a variable without definitions takes any reference; a type reference needs a type, a value reference a value. */
function accepts(reference: Reference, variable: TopLevelVariable): boolean {
  if (variable.defs.length === 0) return true;
  return (reference.isTypeReference && variable.defs.some((d) => d.isTypeDefinition))
    || (reference.isValueReference && variable.defs.some((d) => d.isVariableDefinition));
}

/** The file's top-level names: the module scope's and the global scope's, each of every statement. */
class TopLevel {
  private readonly moduleScope = new Map<string, TopLevelVariable>();
  private readonly globalScope = new Map<string, TopLevelVariable>();

  constructor(analyses: readonly StatementAnalysis[]) {
    const moduleVariables = new Map<string, Variable[]>();
    const globalVariables = new Map<string, Variable[]>();
    for (const analysis of analyses) {
      for (const root of analysis.roots) {
        const into = root.type === 'module' ? moduleVariables : globalVariables;
        for (const [name, variable] of root.set) {
          const list = into.get(name);
          if (list) list.push(variable);
          else into.set(name, [variable]);
        }
      }
    }
    for (const [name, variables] of moduleVariables) this.moduleScope.set(name, mergeVariables(variables));
    for (const [name, variables] of globalVariables) this.globalScope.set(name, mergeVariables(variables));
  }

  /** What a reference that reaches the top level resolves to, then the global variable of its name (as `variableOf` reads it). */
  resolve(reference: Reference): ScopeVariable | null {
    const name = reference.identifier.name;
    const inModule = this.moduleScope.get(name);
    if (inModule && accepts(reference, inModule)) return inModule;
    return this.globalScope.get(name) ?? null;
  }

  declares(name: string): boolean {
    return hasDefinition(this.moduleScope.get(name)) || hasDefinition(this.globalScope.get(name));
  }
}

export class StatementScopes implements ScopeLookup {
  private topLevelNames: TopLevel | undefined;
  private names: Set<string> | undefined;
  private wholeFileLookup: WholeFileLookup | undefined;

  constructor(private readonly index: AstIndex) {}

  variableOf(identifier: TSESTree.Identifier): ScopeVariable | null | undefined {
    const statement = this.statementOf(identifier);
    if (!statement) return this.wholeFile().variableOf(identifier);
    const analysis = this.analysisOf(statement);
    const reference = referencesOf(analysis).get(identifier);
    if (!reference) return undefined;
    const resolved = reference.resolved;
    if (resolved && !analysis.roots.has(resolved.scope)) return resolved;
    return this.topLevel().resolve(reference);
  }

  isBoundAt(name: string, at: TSESTree.Node): boolean {
    const statement = this.statementOf(at);
    if (!statement) return this.wholeFile().isBoundAt(name, at);
    const analysis = this.analysisOf(statement);
    for (let scope: Scope | null | undefined = this.scopeAround(at, statement, analysis); scope && !analysis.roots.has(scope); scope = scope.upper) {
      if (hasDefinition(scope.set.get(name))) return true;
    }
    return this.topLevel().declares(name);
  }

  declaredNames(): ReadonlySet<string> {
    if (!this.names) {
      this.names = new Set();
      for (const analysis of this.allAnalyses()) {
        for (const scope of analysis.manager?.scopes ?? []) {
          for (const [declared, variable] of scope.set) if (hasDefinition(variable)) this.names.add(declared);
        }
      }
    }
    return this.names;
  }

  /** The innermost scope of the statement's analysis that `at` is in; undefined at its top level. */
  private scopeAround(at: TSESTree.Node, statement: Statement, analysis: StatementAnalysis): Scope | undefined {
    for (let node: TSESTree.Node | undefined = at; node; node = node === statement ? undefined : this.index.parentOf(node)) {
      const scope = analysis.manager?.acquire(node, true);
      if (scope) return scope;
    }
    return undefined;
  }

  /** The top-level statement `node` is in: the ancestor whose parent is the program. */
  private statementOf(node: TSESTree.Node): Statement | undefined {
    const program = this.index.program;
    let child = node;
    for (let parent = this.index.parentOf(child); parent; child = parent, parent = this.index.parentOf(parent)) {
      if (parent === program) return child as Statement;
    }
    return undefined;
  }

  private analysisOf(statement: Statement): StatementAnalysis {
    return analyseStatement(statement, this.index.program.sourceType);
  }

  private allAnalyses(): StatementAnalysis[] {
    return this.index.program.body.map((statement) => this.analysisOf(statement));
  }

  private topLevel(): TopLevel {
    this.topLevelNames ??= new TopLevel(this.allAnalyses());
    return this.topLevelNames;
  }

  private wholeFile(): WholeFileLookup {
    this.wholeFileLookup ??= new WholeFileLookup(this.index, analyzeProgram(this.index.program));
    return this.wholeFileLookup;
  }
}
