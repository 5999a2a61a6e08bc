import type { TSESTree } from '@typescript-eslint/types';
import type { ErrorHandlerShape } from '../sites/error-handler-shape.js';
import type { ErrorHandler } from '../sites/error-handlers.js';
import type { ProjectBinding } from '../sites/project-view.js';
import { DEFAULT_EXPORT, handlerDeclaredIn } from './handler-declaration.js';
import type { ImportedName } from './module-imports.js';
import { ModuleReader, summariseModule, type ModuleSummary } from './module-summary.js';
import { isBareSpecifier, isFrameworkImport, isInNodeModules, packageNameOf, sharesOwner } from './package-ownership.js';
import type { ProjectHost } from './project-host.js';

/** Bounds that keep a huge or generated project in time and memory. */
export interface ProjectLimits {
  /** Module summaries kept; the oldest is dropped first. */
  readonly maxModules: number;
  /** Larger files (bundles, generated code) are not read: they contribute nothing. */
  readonly maxFileChars: number;
  /** How many imports, re-exports and `extends` a lookup follows from the file being analysed. */
  readonly maxDepth: number;
}

const DEFAULT_PROJECT_LIMITS: ProjectLimits = { maxModules: 4000, maxFileChars: 1_000_000, maxDepth: 8 };

interface CachedModule {
  readonly stamp: string | undefined;
  readonly hash: number;
  /** Undefined for a module that cannot be read or parsed: it contributes nothing. */
  readonly summary: ModuleSummary | undefined;
}

/** The error handlers a module declares, by shape and name, for one version of its text. */
interface ModuleHandlers {
  readonly hash: number;
  readonly answers: Map<ErrorHandlerShape, Map<string, { declared: boolean; handler?: ErrorHandler }>>;
}

/** FNV-1a over the text: the content key of a module's summary. */
function contentHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** How a module passes on every export of another (module-imports.ts): `export *`, `module.exports = require(...)`, `__exportStar`, `__reExport`, `Object.assign(module.exports, ...)`. */
const MAY_EXPORT_ALL = /export\s*\*|module\s*\.\s*exports\s*=|__exportStar|__reExport|\bassign\b/;

/**
 * Whether a module's text may export `name`: a declaration or export of it spells the name, and
 * anything else would come through a star export. A default export is spelled otherwise (`module.exports = X`).
 */
function mayExport(text: string, name: string): boolean {
  return name === 'default' || name === '*' || text.includes(name) || MAY_EXPORT_ALL.test(text);
}

function parentDir(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : undefined;
}

/**
 * The modules of one project, summarised on first use and shared by every file that imports them
 * (one graph per thread in ESLint, one per workspace in the editor). Cycles end where they close;
 * what cannot be resolved, read or parsed is silence.
 */
export class ProjectGraph {
  private readonly modules = new Map<string, CachedModule>();
  private readonly loading = new Set<string>();
  private readonly packageNames = new Map<string, string | undefined>();
  private readonly handlers = new Map<string, ModuleHandlers>();
  private lastParsed: { readonly path: string; readonly hash: number; readonly program: TSESTree.Program | undefined } | undefined;

  constructor(private readonly host: ProjectHost, private readonly limits: ProjectLimits = DEFAULT_PROJECT_LIMITS) {}

  /** What `imported` names in the module its specifier resolves to from `fromFile`. */
  lookup(fromFile: string, imported: ImportedName, depth = 0): ProjectBinding | undefined {
    if (depth > this.limits.maxDepth) return undefined;
    const path = this.follow(imported.specifier, fromFile);
    if (path === undefined) return undefined;
    if (imported.via === undefined) return this.exported(path, imported.imported, depth);
    const namespace = this.summaryOf(path, depth)?.namespaceExports[imported.via];
    return namespace === undefined ? undefined : this.lookup(path, { specifier: namespace, imported: imported.imported }, depth + 1);
  }

  /**
   * The central error handler of `shape` that `imported` names (`app.use(errorHandler)` with
   * `errorHandler` imported), judged in the module that declares it, through re-exports.
   */
  errorHandler(fromFile: string, imported: ImportedName, shape: ErrorHandlerShape, depth = 0): ErrorHandler | undefined {
    if (depth > this.limits.maxDepth) return undefined;
    const path = this.follow(imported.specifier, fromFile);
    if (path === undefined) return undefined;
    if (imported.via !== undefined) {
      const namespace = this.summaryOf(path, depth)?.namespaceExports[imported.via];
      return namespace === undefined ? undefined : this.errorHandler(path, { specifier: namespace, imported: imported.imported }, shape, depth + 1);
    }
    const name = imported.imported === '*' ? DEFAULT_EXPORT : imported.imported;
    const own = this.declaredHandler(path, name, shape);
    if (own === undefined || own.declared) return own?.handler;
    const summary = this.summaryOf(path, depth);
    if (!summary) return undefined;
    const named = summary.namedExports[name];
    if (named) return this.errorHandler(path, named, shape, depth + 1);
    for (const specifier of summary.starExports) {
      const found = this.errorHandler(path, { specifier, imported: name }, shape, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** Undefined for a module that cannot be read or parsed. Kept per text version; a handler module is parsed once more, on first ask. */
  private declaredHandler(path: string, name: string, shape: ErrorHandlerShape): { declared: boolean; handler?: ErrorHandler } | undefined {
    const text = this.host.readFile(path);
    if (text === undefined || text.length > this.limits.maxFileChars) return undefined;
    const hash = contentHash(text);
    let module = this.handlers.get(path);
    if (module?.hash !== hash) {
      if (this.handlers.size >= this.limits.maxModules) this.handlers.delete(this.handlers.keys().next().value!);
      module = { hash, answers: new Map() };
      this.handlers.set(path, module);
    }
    let byName = module.answers.get(shape);
    if (!byName) module.answers.set(shape, (byName = new Map()));
    if (!byName.has(name)) {
      const program = this.parsed(path, text, hash);
      let answer: { declared: boolean; handler?: ErrorHandler } = { declared: false };
      try {
        if (program) answer = handlerDeclaredIn(program, text, name, shape);
      } catch {
        // A module the recognizers cannot read contributes nothing.
      }
      byName.set(name, answer);
    }
    return byName.get(name);
  }

  /**
   * The module's tree, parsed once for its summary and the error handlers asked of it in turn (a
   * middleware module mounted twice is asked for two names). Only the last tree is kept: trees are large.
   */
  private parsed(path: string, text: string, hash: number): TSESTree.Program | undefined {
    if (this.lastParsed?.path !== path || this.lastParsed.hash !== hash) this.lastParsed = { path, hash, program: this.host.parse(text, path) };
    return this.lastParsed.program;
  }

  /** How many module summaries are held (for the memory benchmark). */
  get size(): number {
    return this.modules.size;
  }

  private exported(path: string, name: string, depth: number): ProjectBinding | undefined {
    const summary = this.summaryOf(path, depth, name);
    if (!summary) return undefined;
    const own = summary.bindings[name];
    if (own) return { summary: own, origin: isInNodeModules(path) ? 'dependency' : 'project' };
    const named = summary.namedExports[name];
    if (named) return this.lookup(path, named, depth + 1);
    for (const specifier of summary.starExports) {
      const found = this.lookup(path, { specifier, imported: name }, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** The file a specifier resolves to, if it is the project's own (see package-ownership.ts). */
  private follow(specifier: string, fromFile: string): string | undefined {
    if (specifier.startsWith('node:') || isFrameworkImport(specifier)) return undefined;
    const resolved = this.host.resolve(specifier, fromFile);
    if (resolved === undefined || !isBareSpecifier(specifier) || !isInNodeModules(resolved)) return resolved;
    return sharesOwner(packageNameOf(specifier), this.packageNameAt(fromFile)) ? resolved : undefined;
  }

  /**
   * With `exporting`, the summary is only needed for that one name: a module whose text cannot export
   * it is not parsed (it stays unsummarised for the next ask). A barrel's star exports each come here.
   */
  private summaryOf(path: string, depth: number, exporting?: string): ModuleSummary | undefined {
    const stamp = this.host.stamp?.(path);
    const cached = this.modules.get(path);
    if (cached && stamp !== undefined && cached.stamp === stamp) return cached.summary;
    if (this.loading.has(path)) return undefined;
    const text = this.host.readFile(path);
    if (text === undefined || text.length > this.limits.maxFileChars) return this.keep(path, { stamp, hash: 0, summary: undefined });
    if (exporting !== undefined && !mayExport(text, exporting)) return undefined;
    const hash = contentHash(text);
    if (cached && cached.hash === hash) return this.keep(path, { stamp, hash, summary: cached.summary });
    this.loading.add(path);
    try {
      const program = this.parsed(path, text, hash);
      const summary = program && summariseModule(new ModuleReader(program, text, (imported) => this.lookup(path, imported, depth + 1)?.summary));
      return this.keep(path, { stamp, hash, summary });
    } finally {
      this.loading.delete(path);
    }
  }

  private keep(path: string, module: CachedModule): ModuleSummary | undefined {
    this.modules.delete(path);
    if (this.modules.size >= this.limits.maxModules) {
      const oldest = this.modules.keys().next().value;
      if (oldest !== undefined) this.modules.delete(oldest);
    }
    this.modules.set(path, module);
    return module.summary;
  }

  /** The name in the nearest package.json above `file`. */
  private packageNameAt(file: string): string | undefined {
    const dir = parentDir(file);
    if (dir === undefined) return undefined;
    if (this.packageNames.has(dir)) return this.packageNames.get(dir);
    let name: string | undefined;
    const manifest = this.host.readFile(`${dir}/package.json`);
    if (manifest !== undefined) {
      try {
        const parsed: unknown = JSON.parse(manifest);
        name = parsed && typeof parsed === 'object' && typeof (parsed as { name?: unknown }).name === 'string' ? (parsed as { name: string }).name : undefined;
      } catch {
        name = undefined;
      }
    }
    if (name === undefined) name = this.packageNameAt(dir);
    this.packageNames.set(dir, name);
    return name;
  }
}
