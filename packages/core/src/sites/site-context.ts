import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import type { EditContext } from '../edits/edit-context.js';
import { ConstantTable } from '../ast/constant-values.js';
import { NameResolver, type ScopeAnalysis } from '../ast/name-resolver.js';
import { staticString, unwrap } from '../ast/node-shapes.js';

/**
 * What every recognizer may read about the file: the index, its constants, its imports, its text.
 * It is exactly what the edits read (`EditContext`), so a recognizer hands it on to them as it is.
 */
export type SiteContext = EditContext;

/** `scopes`: the host's scope analysis of the same program, when it has one (ESLint does). */
export function createSiteContext(index: AstIndex, text: string, scopes?: ScopeAnalysis): SiteContext {
  const imports = new Set<string>();
  const importedFrom = new Map<string, string>();
  for (const statement of index.program.body) {
    if (statement.type === 'ImportDeclaration') {
      const source = statement.source.value;
      imports.add(source);
      for (const specifier of statement.specifiers) importedFrom.set(specifier.local.name, source);
    }
  }
  for (const call of index.calls) {
    const callee = unwrap(call.callee);
    if (callee.type === 'Identifier' && callee.name === 'require') {
      const source = staticString(call.arguments[0]);
      if (source !== undefined) imports.add(source);
    }
  }
  return { index, constants: new ConstantTable(index), text, imports, importedFrom, names: new NameResolver(index, scopes) };
}

const importAnswers = new WeakMap<SiteContext, Map<readonly string[], boolean>>();

/**
 * True when the file imports any module whose name is listed or starts with a listed scope ('@nestjs/').
 * Recognizers ask this for every call they see, so the answer is kept per file and per list: pass a
 * list declared once (a module-level constant), not an array literal made anew at each call.
 */
export function importsAny(context: SiteContext, modules: readonly string[]): boolean {
  let answers = importAnswers.get(context);
  if (!answers) importAnswers.set(context, (answers = new Map()));
  let answer = answers.get(modules);
  if (answer === undefined) {
    answer = [...context.imports].some((source) => modules.some((m) => source === m || (m.endsWith('/') && source.startsWith(m))));
    answers.set(modules, answer);
  }
  return answer;
}

export function sourceOf(context: SiteContext, node: TSESTree.Node): string {
  return context.text.slice(node.range[0], node.range[1]);
}

/** Where a local name was imported from and under which exported name: `import { error as kitError } from '@sveltejs/kit'`. */
export function importedBinding(local: string, context: SiteContext): { source: string; imported: string } | undefined {
  if (!context.importedFrom.has(local)) return undefined;
  for (const statement of context.index.program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const s of statement.specifiers) {
      if (s.local.name !== local || s.type !== 'ImportSpecifier' || s.importKind === 'type') continue;
      const imported = s.imported.type === 'Identifier' ? s.imported.name : String(s.imported.value);
      return { source: statement.source.value, imported };
    }
  }
  return undefined;
}
