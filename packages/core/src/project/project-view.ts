import type { TSESTree } from '@typescript-eslint/types';
import type { ConstantTable } from '../ast/constant-values.js';
import { unwrap } from '../ast/node-shapes.js';
import type { ErrorHandlerShape } from '../sites/error-handler-shape.js';
import type { ErrorClassSummary, FixedStatusHelperSummary, ImportedErrorHandler, ProjectBinding, ProjectView, ResponseHelperSummary } from '../sites/project-view.js';
import { summariseResponseHelper } from './response-helper-summary.js';
import { summariseErrorHelper } from './error-helper-summary.js';

type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
import type { ImportedName } from './module-imports.js';
import { memberOfImport, ModuleReader } from './module-summary.js';
import type { ProjectGraph } from './project-graph.js';

/** Where the file being analysed sits in a project, when the host can follow its imports. */
export interface ProjectPlace {
  readonly graph: ProjectGraph;
  readonly fileName: string;
}

/**
 * The project model as one file's recognizers see it: names declared in the file (always), and,
 * with a project place, names imported from the project's own modules. Built lazily: a file that
 * never asks reads nothing.
 */
export function createProjectView(program: TSESTree.Program, text: string, constants: ConstantTable, place?: ProjectPlace): ProjectView {
  let reader: ModuleReader | undefined;
  // One answer per imported name for this analysis: a file throws the same imported class many times.
  const answers = new Map<string, ProjectBinding | undefined>();
  const lookup = (imported: ImportedName): ProjectBinding | undefined => {
    if (!place) return undefined;
    const key = `${imported.specifier}\0${imported.imported}\0${imported.via ?? ''}`;
    if (!answers.has(key)) answers.set(key, place.graph.lookup(place.fileName, imported));
    return answers.get(key);
  };
  const readerOf = (): ModuleReader => (reader ??= new ModuleReader(program, text, (imported) => lookup(imported)?.summary, constants));

  function bindingOf(reference: TSESTree.Node): ProjectBinding | undefined {
    const r = readerOf();
    const n = unwrap(reference);
    if (n.type === 'Identifier') {
      const own = r.summaryOf(n.name);
      if (own) return { summary: own, origin: 'file' };
      const imported = r.imports.locals.get(n.name);
      return imported && imported.imported !== '*' ? lookup(imported) : undefined;
    }
    if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier') {
      const object = unwrap(n.object);
      const namespace = object.type === 'Identifier' ? r.imports.locals.get(object.name) : undefined;
      if (namespace) return lookup(memberOfImport(namespace, n.property.name));
    }
    return undefined;
  }

  function classSummaryOf(declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression): ErrorClassSummary | undefined {
    const parent = (declaration as { parent?: TSESTree.Node }).parent;
    const name = declaration.id?.name ?? (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : undefined);
    if (name === undefined) return undefined;
    const summary = readerOf().summaryOf(name);
    return summary?.kind === 'error-class' ? summary : undefined;
  }

  const helpers = new Map<TSESTree.Node, ResponseHelperSummary | FixedStatusHelperSummary | undefined>();
  function helperSummaryOf(declaration: FunctionNode): ResponseHelperSummary | FixedStatusHelperSummary | undefined {
    if (!helpers.has(declaration)) {
      const parent = (declaration as { parent?: TSESTree.Node }).parent;
      const name = (declaration.type !== 'ArrowFunctionExpression' ? declaration.id?.name : undefined)
        ?? (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : '');
      helpers.set(declaration, summariseResponseHelper(name, declaration, text) ?? summariseErrorHelper(name, declaration, text, readerOf()));
    }
    return helpers.get(declaration);
  }

  /** What an imported reference names: `errorHandler` (`import { errorHandler }`, `require`), `handlers.errorHandler`. */
  function importOf(reference: TSESTree.Node): ImportedName | undefined {
    const r = readerOf();
    const n = unwrap(reference);
    if (n.type === 'Identifier') return r.imports.locals.get(n.name);
    if (n.type !== 'MemberExpression' || n.computed || n.property.type !== 'Identifier') return undefined;
    const object = unwrap(n.object);
    const namespace = object.type === 'Identifier' ? r.imports.locals.get(object.name) : undefined;
    return namespace ? memberOfImport(namespace, n.property.name) : undefined;
  }

  function errorHandlerOf(reference: TSESTree.Node, shape: ErrorHandlerShape): ImportedErrorHandler | undefined {
    const imported = place && importOf(reference);
    const handler = imported && place.graph.errorHandler(place.fileName, imported, shape);
    if (!imported || !handler) return undefined;
    return { name: `${handler.name} from '${imported.specifier}'`, line: handler.line, challenge401: handler.challenge401 };
  }

  return { bindingOf, classSummaryOf, helperSummaryOf, errorHandlerOf };
}
