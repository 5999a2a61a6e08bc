import { FRAMEWORKS } from '../sites/framework-registry.js';

/*
 * Which bare package imports are the project's own, and so followed: workspace packages (they
 * resolve outside node_modules), and under node_modules the packages that share the importing
 * package's npm scope (`@directus/errors` from `@directus/api`) or its name as a prefix or suffix of
 * their scope or first name part (`n8n-workflow` from `n8n`, `@tryghost/errors` from `ghost`).
 * The framework packages the core models (express, @nestjs/common, http-errors, ...) are never followed.
 */

const NODE_MODULES = /[\\/]node_modules[\\/]/;

export function isInNodeModules(path: string): boolean {
  return NODE_MODULES.test(path);
}

export function isBareSpecifier(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(specifier) && !specifier.startsWith('#');
}

/** `@scope/name/sub` -> `@scope/name`; `name/sub` -> `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function isFrameworkPackage(name: string): boolean {
  return FRAMEWORKS.some((f) => 'modules' in f && f.modules.matches(name));
}

/**
 * A bare import of a framework package the core models (`next/server`, `@nestjs/common`, `express`):
 * never followed, so not even resolved (a resolution into node_modules costs a few milliseconds, and
 * a file names `NextResponse.json` many times).
 */
export function isFrameworkImport(specifier: string): boolean {
  return isBareSpecifier(specifier) && (isFrameworkPackage(specifier) || isFrameworkPackage(packageNameOf(specifier)));
}

/** The words a package name is known by: its scope, else its first dash-separated part (`n8n-workflow` -> `n8n`). */
function stemOf(name: string): string {
  if (name.startsWith('@')) return name.slice(1).split('/')[0]!;
  return name.split('-')[0]!;
}

/** Is package `dependency` (resolved under node_modules) the own package of `importer` (the nearest package.json's name)? */
export function sharesOwner(dependency: string, importer: string | undefined): boolean {
  if (!importer || isFrameworkPackage(dependency)) return false;
  if (importer.startsWith('@')) return dependency.startsWith(`${importer.split('/')[0]}/`);
  const own = stemOf(importer);
  const theirs = stemOf(dependency);
  return own.length >= 3 && (theirs.startsWith(own) || theirs.endsWith(own));
}
