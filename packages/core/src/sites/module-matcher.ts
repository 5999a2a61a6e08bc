import type { SiteContext } from './site-context.js';

/**
 * The modules of one framework, made once at module level: `moduleMatcher(['koa', 'koa-', '@koa/'])`.
 * An entry that ends in `/` or `-` is a prefix (`@nestjs/` matches `@nestjs/common`); any other entry
 * is a whole module name. The answer for a file is kept in the file's memo, keyed by the matcher.
 */
export interface ModuleMatcher {
  readonly modules: readonly string[];
  /** Whether one module specifier is one of these modules. */
  matches(source: string): boolean;
  /** Whether the file imports or requires any of these modules. */
  importedBy(context: SiteContext): boolean;
}

function isPrefix(entry: string): boolean {
  return entry.endsWith('/') || entry.endsWith('-');
}

export function moduleMatcher(modules: readonly string[]): ModuleMatcher {
  const names: ReadonlySet<string> = new Set(modules.filter((m) => !isPrefix(m)));
  const prefixes = modules.filter(isPrefix);
  const matcher: ModuleMatcher = {
    modules,
    matches: (source) => names.has(source) || prefixes.some((p) => source.startsWith(p)),
    importedBy: (context) => context.memo(matcher, () => [...context.imports].some(matcher.matches)),
  };
  return matcher;
}
