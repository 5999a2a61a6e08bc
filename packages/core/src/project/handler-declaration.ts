import type { TSESTree } from '@typescript-eslint/types';
import { indexProgram, isFunctionNode } from '../ast/ast-index.js';
import { unwrap } from '../ast/node-shapes.js';
import type { ErrorHandlerShape } from '../sites/error-handler-shape.js';
import { declaredErrorHandler, type ErrorHandler } from '../sites/error-handlers.js';
import { createSiteContext } from '../sites/site-context.js';

/*
 * A central error handler as the module that declares it says it (issue 9 item 2): the function or
 * class a module exports under a name, judged with the error handler shape of the file that mounts
 * it (`app.use(errorHandler)` in app.ts, `errorHandler` in error-handler.ts).
 */

/** The name a whole module is taken by: `import h from`, `const h = require(...)` (CommonJS `module.exports = h`). */
export const DEFAULT_EXPORT = 'default';

function isModuleExports(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === 'MemberExpression' && !n.computed && unwrap(n.object).type === 'Identifier'
    && (unwrap(n.object) as TSESTree.Identifier).name === 'module' && n.property.type === 'Identifier' && n.property.name === 'exports';
}

/** The top-level function or class declared as `name`: `function f`, `const f = () => {}`, `class F`. */
function declaredAs(program: TSESTree.Program, name: string): TSESTree.Node | undefined {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id?.name === name) return declaration;
    if (declaration.type !== 'VariableDeclaration') continue;
    for (const d of declaration.declarations) {
      const init = d.init ? unwrap(d.init) : undefined;
      if (d.id.type === 'Identifier' && d.id.name === name && init && isFunctionNode(init)) return init;
    }
  }
  return undefined;
}

/** The default export (`export default ...`, `module.exports = ...`): a function or class, or the name of one. */
function defaultExport(program: TSESTree.Program): { node: TSESTree.Node; name: string } | undefined {
  for (const statement of program.body) {
    let value: TSESTree.Node | undefined;
    if (statement.type === 'ExportDefaultDeclaration') value = statement.declaration;
    else if (statement.type === 'ExpressionStatement') {
      const e = unwrap(statement.expression);
      if (e.type === 'AssignmentExpression' && e.operator === '=' && isModuleExports(e.left)) value = e.right;
    }
    if (!value) continue;
    const n = unwrap(value);
    if (n.type === 'Identifier') {
      const node = declaredAs(program, n.name);
      return node ? { node, name: n.name } : undefined;
    }
    const own = (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression' || n.type === 'ClassDeclaration') ? n.id?.name : undefined;
    if (isFunctionNode(n) || n.type === 'ClassDeclaration') return { node: n, name: own ?? DEFAULT_EXPORT };
  }
  return undefined;
}

/**
 * The handler of `shape` the module declares under the exported `name`. `declared: false` when the
 * module declares no function or class of that name (it may re-export one).
 */
export function handlerDeclaredIn(program: TSESTree.Program, text: string, name: string, shape: ErrorHandlerShape): { declared: boolean; handler?: ErrorHandler } {
  const found = name === DEFAULT_EXPORT ? defaultExport(program) : (() => {
    const node = declaredAs(program, name);
    return node ? { node, name } : undefined;
  })();
  if (!found) return { declared: false };
  const handler = declaredErrorHandler(createSiteContext(indexProgram(program), text), shape, found.node, found.name);
  return handler ? { declared: true, handler } : { declared: true };
}
