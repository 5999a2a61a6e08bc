import type { TSESTree } from '@typescript-eslint/types';
import type { AstIndex } from '../ast/ast-index.js';
import type { EditContext } from '../edits/edit-context.js';
import { ConstantTable } from '../ast/constant-values.js';
import { NameResolver, type ScopeAnalysis } from '../ast/name-resolver.js';
import { staticString, unwrap } from '../ast/node-shapes.js';
import type { ProjectView } from './project-view.js';

/**
 * What every recognizer may read about the file: the index, its constants, its imports, its text,
 * as the edits read them (`EditContext`, so a recognizer hands it on to them as it is), and a memo
 * for the answers a recognizer computes once per file.
 */
export interface SiteContext extends EditContext {
  /**
   * The answer computed for `key` on this file, computed on first ask. `key` is a module-level
   * constant (a matcher, a function). The memo is a closure, so a copy of the context
   * (`{ ...context, vocabulary }`) shares it.
   */
  readonly memo: <T>(key: object, compute: () => T) => T;
  /** The application's own error classes and factories, declared in this file or imported from the project (packages/core/src/project/). */
  readonly project?: ProjectView;
}

function createMemo(): SiteContext['memo'] {
  const answers = new Map<object, unknown>();
  return <T>(key: object, compute: () => T): T => {
    if (answers.has(key)) return answers.get(key) as T;
    const answer = compute();
    answers.set(key, answer);
    return answer;
  };
}

/**
 * `scopes`: the host's scope analysis of the same program, when it has one (ESLint does).
 * `projectView`: makes the project view of the file from its constants (prepare-file passes it).
 */
export function createSiteContext(index: AstIndex, text: string, scopes?: ScopeAnalysis, projectView?: (constants: ConstantTable) => ProjectView): SiteContext {
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
  const constants = new ConstantTable(index);
  return {
    index, constants, text, imports, importedFrom, names: new NameResolver(index, scopes), memo: createMemo(),
    ...(projectView ? { project: projectView(constants) } : {}),
  };
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
