import { ProjectGraph, type ProjectHost, type ProjectPlace } from '@authlint/core';
import type { FileProjectHost, OpenFile } from '@authlint/core/file-project-host';
import type { AuthlintSettings } from '../pipeline/index.js';
import { parseAt } from '../pipeline/parse-source.js';
import type { CreateFileProjectHost } from './load-file-host.js';

/** Imported modules are parsed as the editor parses a document, without comments (no directive is read in them). */
function parseModule(text: string, path: string) {
  const result = parseAt(text, path, false);
  return result.ok ? result.program : undefined;
}

/**
 * Whether a document's imports are followed: with `authlint.followImports` on, for a document of a
 * `file:` workspace only (a virtual workspace has no files to read: each file is analysed alone).
 */
export function followsImports(uriScheme: string, settings: AuthlintSettings): boolean {
  return settings.followImports && uriScheme === 'file';
}

/**
 * The editor's project model over a `file:` workspace (free of `vscode`, so that it is tested with
 * a fake workspace): one ProjectGraph whose host reads the workspace's files, where an open
 * document's text (and version) wins over the disk's. Reading only: nothing is run.
 *
 * It also records, from every import the graph resolves, which module imports which: that tells
 * which modules a file's analysis read, and so which open documents to analyse again when one of
 * them changes; a change that another module's summary may hold drops the graph's summaries, and
 * the next analyses read again what they need, within the graph's limits.
 */
export class WorkspaceProject {
  private graph: ProjectGraph | undefined;
  private readonly host: ProjectHost;
  private readonly files: FileProjectHost;
  /** Per module, the modules its imports resolved to. */
  private readonly importsOf = new Map<string, Set<string>>();

  constructor(createHost: CreateFileProjectHost, openFile: (path: string) => OpenFile | undefined) {
    const files = createHost({ parse: parseModule, openFile });
    this.files = files;
    this.host = {
      ...files,
      resolve: (specifier, fromFile) => {
        const resolved = files.resolve(specifier, fromFile);
        if (resolved !== undefined) this.recordImport(fromFile, resolved);
        return resolved;
      },
    };
  }

  /** Where the file at `fileName` sits in the workspace, for its analysis. */
  placeFor(fileName: string): ProjectPlace {
    this.graph ??= new ProjectGraph(this.host);
    return { graph: this.graph, fileName };
  }

  /** Every module that the analyses of `fileName` read, through any chain of imports (cycles end where they close). */
  modulesReadBy(fileName: string): ReadonlySet<string> {
    const seen = new Set<string>();
    const pending = [fileName];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      for (const imported of this.importsOf.get(file) ?? []) {
        if (imported === fileName || seen.has(imported)) continue;
        seen.add(imported);
        pending.push(imported);
      }
    }
    return seen;
  }

  /**
   * The module at `path` changed (edited in an open document, changed on disk, deleted): of
   * `candidates` (the open documents' files), those whose analysis read it and must run again.
   */
  changed(path: string, candidates: readonly string[]): string[] {
    const affected = candidates.filter((file) => file !== path && this.modulesReadBy(file).has(path));
    // The graph reads the changed module again by its stamp. Only a module summarised with what it
    // read there (one that imports it and is itself imported) would keep a stale summary: then the
    // graph starts over. Editing a module that only the open documents import keeps it warm.
    if (this.importersOf(path).some((importer) => this.importersOf(importer).length > 0)) this.graph = undefined;
    return affected;
  }

  /**
   * A module was created or deleted on disk: a specifier may now resolve elsewhere (`./errors` to a
   * new `errors.ts`, or to nothing), so every resolution and summary is read again on next use.
   */
  createdOrDeleted(): void {
    this.files.forgetResolutions();
    this.graph = undefined;
  }

  private importersOf(path: string): string[] {
    const importers: string[] = [];
    for (const [file, imports] of this.importsOf) if (imports.has(path)) importers.push(file);
    return importers;
  }

  private recordImport(fromFile: string, resolved: string): void {
    let imports = this.importsOf.get(fromFile);
    if (!imports) this.importsOf.set(fromFile, (imports = new Set()));
    imports.add(resolved);
  }
}
