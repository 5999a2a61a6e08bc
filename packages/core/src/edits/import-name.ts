import type { TSESTree } from '@typescript-eslint/types';
import type { TextEdit } from '../finding.js';
import type { EditContext } from './edit-context.js';
import { insertAfter, quote } from './text-edits.js';

const declaredCache = new WeakMap<EditContext, ReadonlySet<string>>();

/** A class, function or variable of that name declared in the file. */
export function declaredInFile(name: string, context: EditContext): boolean {
  let names = declaredCache.get(context);
  if (!names) {
    const found = new Set<string>();
    for (const d of context.index.variables) if (d.id.type === 'Identifier') found.add(d.id.name);
    for (const s of context.index.program.body) {
      const declaration = s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration' ? s.declaration : s;
      if ((declaration?.type === 'ClassDeclaration' || declaration?.type === 'FunctionDeclaration') && declaration.id) found.add(declaration.id.name);
    }
    names = found;
    declaredCache.set(context, names);
  }
  return names.has(name);
}

/**
 * Edits that make `name` (exported by `module`) usable in the file: nothing when it is already
 * imported from there, a specifier beside an existing named import from `module`, or (with
 * `create`) a new import after the last one. Undefined when the name is taken by something else
 * or the file loads the module with `require`.
 */
export function importNameEdits(name: string, module: string, context: EditContext, create: boolean): TextEdit[] | undefined {
  const from = context.importedFrom.get(name);
  if (from !== undefined) return from === module ? [] : undefined;
  if (declaredInFile(name, context)) return undefined;
  const imports = context.index.program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === 'ImportDeclaration');
  for (const declaration of imports) {
    if (declaration.source.value !== module || declaration.importKind === 'type') continue;
    const named = declaration.specifiers.filter((s) => s.type === 'ImportSpecifier');
    const last = named[named.length - 1];
    if (last) return [insertAfter(last, `, ${name}`)];
  }
  if (!create) return [];
  if (context.imports.has(module)) return undefined;
  const statement = `import { ${name} } from ${quote(module)};`;
  const lastImport = imports[imports.length - 1];
  if (lastImport) return [insertAfter(lastImport, `\n${statement}`)];
  const first = context.index.program.body[0];
  return [{ range: [first?.range[0] ?? 0, first?.range[0] ?? 0], text: `${statement}\n` }];
}
