import type { TSESTree } from '@typescript-eslint/types';
import { indexProgram } from '../ast/ast-index.js';
import { ConstantTable } from '../ast/constant-values.js';
import { unwrap } from '../ast/node-shapes.js';
import { resolveStatus } from '../status/resolve-status.js';
import { propertyKeyName } from '../ast/node-shapes.js';
import type { BindingSummary, ClassFactorySummary, ErrorClassSummary, StatusTableSummary } from '../sites/project-view.js';
import { summariseClass, type BaseClass, type ClassScope } from './error-class-summary.js';
import { moduleImports, type ImportedName, type ModuleImports } from './module-imports.js';
import { parameterNames } from './status-source.js';
import { summariseResponseHelper } from './response-helper-summary.js';
import { summariseErrorHelper } from './error-helper-summary.js';

/** Names of imported base classes that are read: `HttpError`, `errors.ApplicationError`, `BaseException`. */
const ERROR_LIKE_NAME = /(Error|Exception)$/;

/** What one module says about responses, by top-level name, and what it passes on from other modules. Plain data. */
export interface ModuleSummary {
  readonly bindings: Readonly<Record<string, BindingSummary>>;
  readonly starExports: readonly string[];
  readonly namedExports: Readonly<Record<string, ImportedName>>;
  /** Whole modules re-exported under a name (`exports.errors = require('./errors')` by way of a local). */
  readonly namespaceExports: Readonly<Record<string, string>>;
}

/** The classes every error derives from, when no declaration or import of the file shadows the name. */
const ERROR_ROOTS: ReadonlySet<string> = new Set(['Error', 'TypeError', 'RangeError']);

/**
 * Framework base classes that carry no headers of their own: a class of the application's that
 * extends one is its own error. `statusParam`: the constructor parameter that takes the status
 * (`new HttpException(response, status)`), so that a subclass passing its own parameter on
 * (`super('api key', status)`) takes the status at its call.
 */
const HEADERLESS_FRAMEWORK_BASES: readonly { readonly module: string; readonly name: string; readonly statusParam?: number }[] = [
  { module: '@nestjs/common', name: 'HttpException', statusParam: 1 },
];

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The declarations a module summary is made from, by top-level name. */
type Declaration =
  | { readonly kind: 'class'; readonly node: ClassNode }
  | { readonly kind: 'function'; readonly node: FunctionNode }
  | { readonly kind: 'call'; readonly node: TSESTree.CallExpression }
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression };

function declarationOfInit(init: TSESTree.Expression): Declaration | undefined {
  const n = unwrap(init);
  if (n.type === 'ClassExpression') return { kind: 'class', node: n };
  if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') return { kind: 'function', node: n };
  if (n.type === 'CallExpression') return { kind: 'call', node: n };
  if (n.type === 'ObjectExpression') return { kind: 'object', node: n };
  return undefined;
}

function addDeclarations(statement: TSESTree.Node, out: Map<string, Declaration>): void {
  switch (statement.type) {
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      if (statement.declaration) addDeclarations(statement.declaration, out);
      return;
    case 'ClassDeclaration':
      if (statement.id) out.set(statement.id.name, { kind: 'class', node: statement });
      return;
    case 'FunctionDeclaration':
      if (statement.id) out.set(statement.id.name, { kind: 'function', node: statement });
      return;
    case 'VariableDeclaration':
      for (const d of statement.declarations) {
        const declaration = d.id.type === 'Identifier' && d.init ? declarationOfInit(d.init) : undefined;
        if (declaration && d.id.type === 'Identifier') out.set(d.id.name, declaration);
      }
      return;
    default:
      return;
  }
}

/** The class a factory returns: `(...) => class extends Error {}`, `function f() { return class extends Error {} }`. */
function returnedClass(fn: FunctionNode): TSESTree.ClassExpression | undefined {
  if (fn.body.type !== 'BlockStatement') {
    const body = unwrap(fn.body);
    return body.type === 'ClassExpression' ? body : undefined;
  }
  for (const statement of fn.body.body) {
    if (statement.type !== 'ReturnStatement' || !statement.argument) continue;
    const value = unwrap(statement.argument);
    if (value.type === 'ClassExpression') return value;
  }
  return undefined;
}

/** `ns.Name` where `ns` is an import: the whole module (`* as ns`, `require`), or one of its namespace exports (`{ errors }`). */
export function memberOfImport(namespace: ImportedName, name: string): ImportedName {
  if (namespace.imported === '*' || namespace.imported === 'default') return { specifier: namespace.specifier, imported: name, ...(namespace.via ? { via: namespace.via } : {}) };
  return { specifier: namespace.specifier, imported: name, via: namespace.imported };
}

/** Looks a name up in another module: `imported` of the module `specifier` from this one. */
export type ImportLookup = (name: ImportedName) => BindingSummary | undefined;

/**
 * The reader of one module's top level: summarises each name on first ask (so that a class may
 * extend one declared below it), and a class that, through its bases, reaches itself ends as not known.
 */
export class ModuleReader {
  readonly imports: ModuleImports;
  private readonly declarations = new Map<string, Declaration>();
  private readonly summaries = new Map<string, BindingSummary | undefined>();
  private readonly reading = new Set<string>();
  private readonly scope: ClassScope;
  private codeTable: Readonly<Record<string, number>> | null | undefined;

  constructor(readonly program: TSESTree.Program, private readonly text: string, private readonly lookupImport: ImportLookup, constants?: ConstantTable) {
    this.imports = moduleImports(program);
    for (const statement of program.body) addDeclarations(statement, this.declarations);
    const table = constants ?? new ConstantTable(indexProgram(program));
    this.scope = { constants: table, text, baseOf: (reference) => this.baseOf(reference) };
  }

  /** Top-level names with a declaration that can be summarised. */
  names(): IterableIterator<string> {
    return this.declarations.keys();
  }

  summaryOf(name: string): BindingSummary | undefined {
    if (this.summaries.has(name)) return this.summaries.get(name);
    if (this.reading.has(name)) return undefined;
    const declaration = this.declarations.get(name);
    if (!declaration) return undefined;
    this.reading.add(name);
    let summary: BindingSummary | undefined;
    try {
      summary = this.summarise(name, declaration);
    } finally {
      this.reading.delete(name);
    }
    this.summaries.set(name, summary);
    return summary;
  }

  /** What a reference (an identifier or `ns.Name`) of this module's top level is bound to, here or in an imported module. */
  bindingOf(reference: TSESTree.Node): BindingSummary | undefined {
    const n = unwrap(reference);
    if (n.type === 'Identifier') {
      if (this.declarations.has(n.name)) return this.summaryOf(n.name);
      const imported = this.imports.locals.get(n.name);
      return imported && imported.imported !== '*' ? this.lookupImport(imported) : undefined;
    }
    if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
      const object = unwrap(n.object);
      const namespace = object.type === 'Identifier' ? this.imports.locals.get(object.name) : undefined;
      if (namespace) return this.lookupImport(memberOfImport(namespace, n.property.name));
    }
    return undefined;
  }

  private baseOf(reference: TSESTree.Node): BaseClass | undefined {
    const n = unwrap(reference);
    if (n.type === 'Identifier' && !this.declarations.has(n.name)) {
      const imported = this.imports.locals.get(n.name);
      if (!imported && ERROR_ROOTS.has(n.name)) return { kind: 'error-root', headers: 'none' };
      const framework = imported && HEADERLESS_FRAMEWORK_BASES.find((b) => b.module === imported.specifier && b.name === imported.imported);
      if (framework?.statusParam !== undefined) {
        return { kind: 'summary', summary: { kind: 'error-class', name: framework.name, statusParam: framework.statusParam, headers: 'none' } };
      }
      if (framework) return { kind: 'error-root', headers: 'none' };
    }
    // A base named like an error is the only one worth reading: each import looked up may read and parse another module.
    const baseName = n.type === 'Identifier' ? n.name : n.type === 'MemberExpression' && n.property.type === 'Identifier' ? n.property.name : undefined;
    const isLocal = n.type === 'Identifier' && this.declarations.has(n.name);
    if (!isLocal && (baseName === undefined || !ERROR_LIKE_NAME.test(baseName))) return undefined;
    const summary = this.bindingOf(n);
    return summary?.kind === 'error-class' ? { kind: 'summary', summary } : undefined;
  }

  private summarise(name: string, declaration: Declaration): BindingSummary | undefined {
    switch (declaration.kind) {
      case 'class': {
        const summary = summariseClass(declaration.node, name, this.scope)?.summary;
        const codeStatuses = summary?.codeParam ? this.codeStatuses() : undefined;
        return summary && codeStatuses ? { ...summary, codeStatuses } : summary;
      }
      case 'function':
        return this.factorySummary(name, declaration.node) ?? summariseResponseHelper(name, declaration.node, this.text)
          ?? summariseErrorHelper(name, declaration.node, this.text, this);
      case 'call':
        return this.classFromFactory(name, declaration.node);
      case 'object':
        return this.statusTable(name, declaration.node);
    }
  }

  /** An object whose every value is a status: at least two of them, so that one number is not taken for a table. */
  private statusTable(name: string, object: TSESTree.ObjectExpression): StatusTableSummary | undefined {
    const statuses: Record<string, number> = {};
    for (const p of object.properties) {
      if (p.type !== 'Property') return undefined;
      const key = propertyKeyName(p);
      const value = unwrap(p.value);
      if (key === undefined || value.type !== 'Literal' || typeof value.value !== 'number' || !resolveStatus(value, this.scope.constants)) return undefined;
      statuses[key] = value.value;
    }
    return Object.keys(statuses).length >= 2 ? { kind: 'status-table', name, statuses } : undefined;
  }

  /**
   * The code table an error class's codes are looked up in: the one status table this module reads
   * with an error's code (`status: ErrorCodes[error.code]`), found in the text first so that most modules cost nothing.
   */
  private codeStatuses(): Readonly<Record<string, number>> | undefined {
    if (this.codeTable === undefined) {
      const tables = new Map<string, Readonly<Record<string, number>>>();
      for (const match of this.text.matchAll(/([A-Za-z_$][\w$]*)\[\s*[\w$.?]+\.code\s*\]/g)) {
        const table = this.bindingOf({ type: 'Identifier', name: match[1]! } as TSESTree.Identifier);
        if (table?.kind === 'status-table') tables.set(table.name, table.statuses);
      }
      this.codeTable = tables.size === 1 ? [...tables.values()][0]! : null;
    }
    return this.codeTable ?? undefined;
  }

  private factorySummary(name: string, fn: FunctionNode): ClassFactorySummary | undefined {
    const made = returnedClass(fn);
    const reading = made && summariseClass(made, name, this.scope, parameterNames(fn.params));
    if (reading?.outerStatusParam === undefined) return undefined;
    return { kind: 'class-factory', name, statusParam: reading.outerStatusParam, headers: reading.summary.headers };
  }

  /** `const InvalidCredentialsError = createError(CODE, 'Invalid user credentials.', 401)`. */
  private classFromFactory(name: string, call: TSESTree.CallExpression): ErrorClassSummary | undefined {
    // Most top-level calls make no error class: read the callee's module only where an argument is a status.
    if (!call.arguments.some((a) => a.type !== 'SpreadElement' && resolveStatus(a, this.scope.constants))) return undefined;
    const factory = this.bindingOf(call.callee);
    if (factory?.kind !== 'class-factory') return undefined;
    const arg = call.arguments[factory.statusParam];
    const status = arg && arg.type !== 'SpreadElement' ? resolveStatus(arg, this.scope.constants) : undefined;
    if (!status) return undefined;
    return { kind: 'error-class', name, status: status.code, statusRange: status.node.range, headers: factory.headers };
  }
}

/** The plain-data summary of a whole module (every top-level name read). */
export function summariseModule(reader: ModuleReader): ModuleSummary {
  const bindings: Record<string, BindingSummary> = {};
  for (const name of reader.names()) {
    const summary = reader.summaryOf(name);
    if (summary) bindings[name] = summary;
  }
  const { starExports, namedExports, namespaceExports } = reader.imports;
  return { bindings, starExports, namedExports: Object.fromEntries(namedExports), namespaceExports: Object.fromEntries(namespaceExports) };
}
