import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { moduleMatcher } from './module-matcher.js';
import { createSiteContext } from './site-context.js';

const contextOf = (code: string) => createSiteContext(indexProgram(parse(code, { range: true, loc: true })), code);

describe('createSiteContext', () => {
  it('collects imported and required modules, and where each imported name comes from', () => {
    const context = contextOf(`import { forbidden } from 'next/navigation';\nconst restify = require('restify');\nrequire(name);`);
    expect([...context.imports]).toEqual(['next/navigation', 'restify']);
    expect(context.importedFrom.get('forbidden')).toBe('next/navigation');
  });

  it('keeps a memo per file that copies of the context share', () => {
    const context = contextOf(`const a = 1;`);
    const key = {};
    let computed = 0;
    const compute = () => ++computed;
    expect(context.memo(key, compute)).toBe(1);
    expect({ ...context }.memo(key, compute)).toBe(1);
    expect(contextOf(`const a = 1;`).memo(key, compute)).toBe(2);
  });
});

describe('moduleMatcher', () => {
  const context = contextOf(`import { Controller } from '@nestjs/common';\nconst express = require('express');\nimport 'koa-router';`);

  it('matches a module by its exact name, or by a prefix ending in a slash or a dash', () => {
    expect(moduleMatcher(['express']).importedBy(context)).toBe(true);
    expect(moduleMatcher(['@nestjs/']).importedBy(context)).toBe(true);
    expect(moduleMatcher(['koa-']).importedBy(context)).toBe(true);
    expect(moduleMatcher(['@nestjs']).importedBy(context)).toBe(false);
    expect(moduleMatcher(['expres', 'koa']).importedBy(context)).toBe(false);
    expect(moduleMatcher(['@nestjs/']).matches('@nestjs/core')).toBe(true);
    expect(moduleMatcher(['@nestjs/']).matches('nestjs')).toBe(false);
  });

  it('gives the same answer when asked again, per file', () => {
    const koaOrExpress = moduleMatcher(['koa', 'express']);
    const koa = moduleMatcher(['koa']);
    for (let i = 0; i < 3; i++) {
      expect(koaOrExpress.importedBy(context)).toBe(true);
      expect(koa.importedBy(context)).toBe(false);
    }
    expect(koa.importedBy(contextOf(`import Koa from 'koa';`))).toBe(true);
  });
});
