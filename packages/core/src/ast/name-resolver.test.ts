import { parse } from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { analyze as analyzeWithEslintScope } from 'eslint-scope';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import { indexProgram } from './ast-index.js';
import { NameResolver, type ScopeAnalysis } from './name-resolver.js';

type Analyser = 'typescript-eslint' | 'eslint-scope';

/**
 * The resolver over `code`, with the analysis a host would hand over: typescript-eslint's (built by
 * the resolver itself), or eslint-scope's over espree's tree, as ESLint does for plain .js files.
 */
function resolverOf(code: string, analyser: Analyser, sourceType: 'module' | 'script' = 'module') {
  if (analyser === 'typescript-eslint') {
    const program = parse(code, { range: true, loc: true, sourceType });
    const index = indexProgram(program);
    return { program, resolver: new NameResolver(index) };
  }
  const program = espree.parse(code, { range: true, loc: true, ecmaVersion: 2024, sourceType }) as unknown as TSESTree.Program;
  const scopes = analyzeWithEslintScope(program as never, { ecmaVersion: 2024, sourceType }) as unknown as ScopeAnalysis;
  return { program, resolver: new NameResolver(indexProgram(program), scopes) };
}

/** The identifiers named `name` in the program, in source order. */
function identifiersNamed(program: TSESTree.Program, name: string): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const n = node as TSESTree.Node;
    if (typeof n.type !== 'string') return;
    if (n.type === 'Identifier' && n.name === name) found.push(n);
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
  };
  visit(program);
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

/** The last identifier named `name`: the use after its declarations in the snippets below. */
const lastUse = (program: TSESTree.Program, name: string) => identifiersNamed(program, name).at(-1)!;

describe.each<Analyser>(['typescript-eslint', 'eslint-scope'])('NameResolver over %s', (analyser) => {
  it('resolves a use to the declaration in its own function, not to a same-named one in another', () => {
    const { program, resolver } = resolverOf(
      'function a() { const user = load(); }\nfunction b(user) { if (!user) {} }', analyser);
    expect(resolver.declaratorOf(lastUse(program, 'user'))).toBeUndefined();
    const resolution = resolver.resolve(lastUse(program, 'user'));
    expect(resolution?.kind).toBe('declared');
    expect(resolution?.kind === 'declared' && resolution.variable.defs[0]!.type).toBe('Parameter');
  });

  it('finds the declarator of a name declared in an outer block, and not one shadowed in an inner block', () => {
    const { program, resolver } = resolverOf(
      'const token = read();\n{ const token = other(); }\nif (!token) {}', analyser);
    const declarator = resolver.declaratorOf(lastUse(program, 'token'));
    expect(declarator?.range[0]).toBe(identifiersNamed(program, 'token')[0]!.range[0]);
  });

  it('reads a name the file does not declare as undeclared, and a property key as no reference', () => {
    const { program, resolver } = resolverOf('if (!session) {}\nconst x = { session: 1 };\nx.session;', analyser);
    const [use, key, member] = identifiersNamed(program, 'session');
    expect(resolver.resolve(use!)).toEqual({ kind: 'undeclared' });
    expect(resolver.resolve(key!)).toBeUndefined();
    expect(resolver.resolve(member!)).toBeUndefined();
  });

  it('tells the module and the imported name of import bindings', () => {
    const { program, resolver } = resolverOf([
      "import express from 'express';",
      "import * as jwt from 'jsonwebtoken';",
      "import { forbidden as deny, 'not-found' as missing } from 'next/navigation';",
      'express(); jwt.verify(); deny(); missing();',
    ].join('\n'), analyser);
    expect(resolver.importOf(lastUse(program, 'express'))).toEqual({ module: 'express', imported: 'default' });
    expect(resolver.importOf(lastUse(program, 'jwt'))).toEqual({ module: 'jsonwebtoken', imported: '*' });
    expect(resolver.importOf(lastUse(program, 'deny'))).toEqual({ module: 'next/navigation', imported: 'forbidden' });
    expect(resolver.importOf(lastUse(program, 'missing'))).toEqual({ module: 'next/navigation', imported: 'not-found' });
    expect(resolver.isImportFrom(lastUse(program, 'deny'), 'next/navigation', 'forbidden')).toBe(true);
    expect(resolver.isImportFrom(lastUse(program, 'deny'), 'next/navigation', 'notFound')).toBe(false);
    expect(resolver.isImportFrom(lastUse(program, 'deny'), 'next/server')).toBe(false);
  });

  it('sees through a name the file re-exports, and binds nothing for an export-from', () => {
    const { program, resolver } = resolverOf([
      "import { forbidden } from 'next/navigation';",
      'export { forbidden as deny };',
      "export { unauthorized } from 'next/navigation';",
      'forbidden(); unauthorized();',
    ].join('\n'), analyser);
    expect(resolver.importOf(lastUse(program, 'forbidden'))).toEqual({ module: 'next/navigation', imported: 'forbidden' });
    expect(resolver.resolve(lastUse(program, 'unauthorized'))).toEqual({ kind: 'undeclared' });
    expect(resolver.importOf(lastUse(program, 'unauthorized'))).toBeUndefined();
    expect(resolver.isBoundInFile('unauthorized')).toBe(false);
  });

  it('reads require calls as imports, unless `require` is the file\'s own', () => {
    const { program, resolver } = resolverOf([
      "const createError = require('http-errors');",
      "const { Forbidden, Unauthorized: Denied = null } = require('http-errors');",
      "const Router = require('express').Router;",
      'createError(); Forbidden; Denied; Router;',
    ].join('\n'), analyser, 'script');
    expect(resolver.importOf(lastUse(program, 'createError'))).toEqual({ module: 'http-errors', imported: '*' });
    expect(resolver.importOf(lastUse(program, 'Forbidden'))).toEqual({ module: 'http-errors', imported: 'Forbidden' });
    expect(resolver.importOf(lastUse(program, 'Denied'))).toEqual({ module: 'http-errors', imported: 'Unauthorized' });
    expect(resolver.importOf(lastUse(program, 'Router'))).toEqual({ module: 'express', imported: 'Router' });

    const shadowed = resolverOf("function f(require) { const e = require('http-errors'); e(); }", analyser);
    expect(shadowed.resolver.importOf(lastUse(shadowed.program, 'e'))).toBeUndefined();
  });

  it('resolves a top-level `var` of a script, which eslint-scope leaves to the global object', () => {
    const { program, resolver } = resolverOf('var token = read();\nif (!token) {}', analyser, 'script');
    expect(resolver.declaratorOf(lastUse(program, 'token'))?.init?.type).toBe('CallExpression');
  });

  it('reads the literal a const holds, and nothing from a let or a shadowing parameter', () => {
    const { program, resolver } = resolverOf([
      'const FORBIDDEN = 403;',
      "let REASON = 'Forbidden';",
      'send(FORBIDDEN, REASON);',
      'function f(FORBIDDEN) { send(FORBIDDEN); }',
    ].join('\n'), analyser);
    const uses = identifiersNamed(program, 'FORBIDDEN');
    expect(resolver.constantOf(uses[1]!)).toBe(403);
    expect(resolver.constantOf(lastUse(program, 'REASON'))).toBeUndefined();
    expect(resolver.constantOf(uses[3]!)).toBeUndefined();
  });

  it('tells whether a name is bound where it would be used, and anywhere in the file', () => {
    const { program, resolver } = resolverOf([
      'function a() { const UnauthorizedException = 1; }',
      'function b() { return here; }',
    ].join('\n'), analyser);
    const here = lastUse(program, 'here');
    expect(resolver.isBoundAt('UnauthorizedException', here)).toBe(false);
    expect(resolver.isBoundAt('b', here)).toBe(true);
    expect(resolver.isBoundAt('UnauthorizedException', identifiersNamed(program, 'UnauthorizedException')[0]!)).toBe(true);
    expect(resolver.isBoundInFile('UnauthorizedException')).toBe(true);
    expect(resolver.isBoundInFile('ForbiddenException')).toBe(false);
  });
});

describe('NameResolver', () => {
  it('resolves TypeScript-only bindings: import-equals, enums, type-only imports', () => {
    const code = [
      "import jwt = require('jsonwebtoken');",
      "import type { Request } from 'express';",
      'enum Code { Denied = 403 }',
      'jwt.verify(); let r: Request; Code.Denied;',
    ].join('\n');
    const program = parse(code, { range: true, loc: true, sourceType: 'module' });
    const resolver = new NameResolver(indexProgram(program));
    expect(resolver.importOf(lastUse(program, 'jwt'))).toEqual({ module: 'jsonwebtoken', imported: '*' });
    expect(resolver.importOf(lastUse(program, 'Request'))).toEqual({ module: 'express', imported: 'Request' });
    expect(resolver.resolve(lastUse(program, 'Code'))?.kind).toBe('declared');
  });

  it('does not analyse the program until it is asked', () => {
    const program = parse('const a = 1;', { range: true, loc: true });
    let asked = 0;
    const given: ScopeAnalysis = { scopes: [], acquire: () => { asked++; return null; } };
    const resolver = new NameResolver(indexProgram(program), new Proxy(given, {
      get: (target, key) => { asked++; return Reflect.get(target, key); },
    }));
    expect(asked).toBe(0);
    resolver.isBoundInFile('a');
    expect(asked).toBeGreaterThan(0);
  });

  it('answers "unknown" rather than throwing when the analyser cannot take the tree', () => {
    // A declaration without its declarator list: the analyser throws on it.
    const program = {
      type: 'Program', sourceType: 'module', range: [0, 0],
      body: [{ type: 'VariableDeclaration', kind: 'const', declarations: null, range: [0, 0] }],
    } as unknown as TSESTree.Program;
    const resolver = new NameResolver(indexProgram(program));
    expect(resolver.isBoundInFile('x')).toBe(false);
    expect(resolver.resolve({ type: 'Identifier', name: 'x', range: [0, 1] } as TSESTree.Identifier)).toBeUndefined();
  });
});
