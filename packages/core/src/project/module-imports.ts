import type { TSESTree } from '@typescript-eslint/types';
import { calleeName, staticString, unwrap } from '../ast/node-shapes.js';

/** A name a module takes from another: `imported` is the exported name, or `*` for the whole module (`import * as ns`, `const ns = require(x)`). */
export interface ImportedName {
  readonly specifier: string;
  readonly imported: string;
  /** The namespace the module exports the name under: `const { UnauthorizedError } = utils.errors` reads `errors`. */
  readonly via?: string;
}

/** What a module takes from others, and what it passes on unchanged. */
export interface ModuleImports {
  /** By local name: ESM imports, and top-level `require` bindings of CommonJS (also through tsc's and esbuild's interop wrappers). */
  readonly locals: ReadonlyMap<string, ImportedName>;
  /** Modules whose every export this one re-exports: `export * from`, `__exportStar(require(x), exports)`, `module.exports = require(x)`. */
  readonly starExports: readonly string[];
  /** `export { A as B } from 'x'`: by exported name. */
  readonly namedExports: ReadonlyMap<string, ImportedName>;
  /** Whole modules exported under a name: `exports.errors = errors` (errors = require(x)), `export * as errors from 'x'`. */
  readonly namespaceExports: ReadonlyMap<string, string>;
}

/** `require('x')`, also wrapped once: `__importStar(require('x'))`, `__toESM(require('x'))`, `_interopRequireDefault(require('x'))`. */
function requiredSpecifier(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'CallExpression') return undefined;
  const callee = unwrap(n.callee);
  if (callee.type === 'Identifier' && callee.name === 'require') return staticString(n.arguments[0]);
  const inner = n.arguments[0];
  return inner && inner.type !== 'SpreadElement' && /interop|import|toESM/i.test(calleeName(n) ?? '') ? requiredSpecifier(inner) : undefined;
}

/** Calls that copy every export of a required module: tsc's `__exportStar`, esbuild's `__reExport`, `Object.assign(module.exports, ...)`. */
const STAR_EXPORT_CALL = /^(?:__exportStar|__reExport|assign)$/;

function isModuleExports(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' && n.object.name === 'module'
    && n.property.type === 'Identifier' && n.property.name === 'exports';
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** `utils.errors` where `utils` is a whole required module: the names are read through its `errors` export. */
function namespaceMember(node: TSESTree.Node | null | undefined, locals: ReadonlyMap<string, ImportedName>): { specifier: string; via: string } | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type !== 'MemberExpression' || n.computed || n.property.type !== 'Identifier' || n.object.type !== 'Identifier') return undefined;
  const namespace = locals.get(n.object.name);
  return namespace?.imported === '*' && namespace.via === undefined ? { specifier: namespace.specifier, via: n.property.name } : undefined;
}

function addVariableImports(declaration: TSESTree.VariableDeclaration, locals: Map<string, ImportedName>): void {
  for (const declarator of declaration.declarations) {
    const specifier = requiredSpecifier(declarator.init);
    const member = specifier === undefined ? namespaceMember(declarator.init, locals) : undefined;
    const from = specifier ?? member?.specifier;
    if (from === undefined) continue;
    const via = member ? { via: member.via } : {};
    if (declarator.id.type === 'Identifier') {
      if (!member) locals.set(declarator.id.name, { specifier: from, imported: '*' });
    } else if (declarator.id.type === 'ObjectPattern') {
      for (const p of declarator.id.properties) {
        if (p.type !== 'Property' || p.computed || p.key.type !== 'Identifier') continue;
        const value = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (value.type === 'Identifier') locals.set(value.name, { specifier: from, imported: p.key.name, ...via });
      }
    }
  }
}

/** `exports.errors = errors` / `module.exports.errors = errors`: the exported name and the local it takes. */
function exportsAssignment(expression: TSESTree.Node): { exported: string; local: string } | undefined {
  if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return undefined;
  const left = unwrap(expression.left);
  const right = unwrap(expression.right);
  if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier' || right.type !== 'Identifier') return undefined;
  const target = unwrap(left.object);
  const isExports = (target.type === 'Identifier' && target.name === 'exports') || isModuleExports(target);
  return isExports ? { exported: left.property.name, local: right.name } : undefined;
}

interface Collected {
  readonly locals: Map<string, ImportedName>;
  readonly starExports: string[];
  readonly namedExports: Map<string, ImportedName>;
  /** Exported name -> local name, resolved to namespaces once every import is known. */
  readonly exportedLocals: Map<string, string>;
  readonly namespaceExports: Map<string, string>;
}

function addStatement(statement: TSESTree.ProgramStatement, { locals, starExports, namedExports, exportedLocals, namespaceExports }: Collected): void {
  switch (statement.type) {
    case 'ImportDeclaration':
      if (statement.importKind === 'type') return;
      for (const s of statement.specifiers) {
        const imported = s.type === 'ImportSpecifier' ? exportedName(s.imported) : s.type === 'ImportDefaultSpecifier' ? 'default' : '*';
        locals.set(s.local.name, { specifier: statement.source.value, imported });
      }
      return;
    case 'ExportAllDeclaration':
      if (statement.exportKind === 'type') return;
      if (statement.exported) namespaceExports.set(exportedName(statement.exported), statement.source.value);
      else starExports.push(statement.source.value);
      return;
    case 'ExportNamedDeclaration':
      if (statement.source && statement.exportKind !== 'type') {
        for (const s of statement.specifiers) namedExports.set(exportedName(s.exported), { specifier: statement.source.value, imported: exportedName(s.local) });
      } else if (statement.declaration?.type === 'VariableDeclaration') addVariableImports(statement.declaration, locals);
      else for (const s of statement.specifiers) exportedLocals.set(exportedName(s.exported), exportedName(s.local));
      return;
    case 'VariableDeclaration':
      addVariableImports(statement, locals);
      return;
    case 'ExpressionStatement': {
      const expression = unwrap(statement.expression);
      const assigned = exportsAssignment(expression);
      if (assigned) exportedLocals.set(assigned.exported, assigned.local);
      else if (expression.type === 'AssignmentExpression' && isModuleExports(expression.left)) {
        const specifier = requiredSpecifier(expression.right);
        if (specifier !== undefined) starExports.push(specifier);
      } else if (expression.type === 'CallExpression' && STAR_EXPORT_CALL.test(calleeName(expression) ?? '')) {
        for (const arg of expression.arguments) {
          const specifier = arg.type === 'SpreadElement' ? undefined : requiredSpecifier(arg);
          if (specifier !== undefined) starExports.push(specifier);
        }
      }
      return;
    }
    default:
      return;
  }
}

/** The imports and re-exports written at the top level of a module (ESM and CommonJS, as compilers emit them). */
export function moduleImports(program: TSESTree.Program): ModuleImports {
  const collected: Collected = { locals: new Map(), starExports: [], namedExports: new Map(), exportedLocals: new Map(), namespaceExports: new Map() };
  for (const statement of program.body) addStatement(statement, collected);
  const { locals, starExports, namedExports, exportedLocals, namespaceExports } = collected;
  for (const [exported, local] of exportedLocals) {
    const imported = locals.get(local);
    if (imported?.imported === '*' && imported.via === undefined) namespaceExports.set(exported, imported.specifier);
    else if (imported && exported !== local) namedExports.set(exported, imported);
  }
  return { locals, starExports, namedExports, namespaceExports };
}
