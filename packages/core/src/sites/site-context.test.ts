import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { createSiteContext, importsAny } from './site-context.js';

const contextOf = (code: string) => createSiteContext(indexProgram(parse(code, { range: true, loc: true })), code);

describe('createSiteContext', () => {
  it('collects imported and required modules, and where each imported name comes from', () => {
    const context = contextOf(`import { forbidden } from 'next/navigation';\nconst restify = require('restify');\nrequire(name);`);
    expect([...context.imports]).toEqual(['next/navigation', 'restify']);
    expect(context.importedFrom.get('forbidden')).toBe('next/navigation');
  });
});

describe('importsAny', () => {
  const context = contextOf(`import { Controller } from '@nestjs/common';\nconst express = require('express');`);

  it('matches a module by its exact name, or by a scope ending in a slash', () => {
    expect(importsAny(context, ['express'])).toBe(true);
    expect(importsAny(context, ['@nestjs/'])).toBe(true);
    expect(importsAny(context, ['@nestjs'])).toBe(false);
    expect(importsAny(context, ['expres', 'koa'])).toBe(false);
  });

  it('gives the same answer when asked again with the same list', () => {
    const koaOrExpress = ['koa', 'express'];
    const koa = ['koa'];
    for (let i = 0; i < 3; i++) {
      expect(importsAny(context, koaOrExpress)).toBe(true);
      expect(importsAny(context, koa)).toBe(false);
    }
    expect(importsAny(contextOf(`import Koa from 'koa';`), koa)).toBe(true);
  });
});
