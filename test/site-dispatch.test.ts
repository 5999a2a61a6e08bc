import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { siteContextFor } from '../packages/core/src/prepare-file.js';
import { findResponseSites } from '../packages/core/src/sites/find-sites.js';
import type { ResponseSite } from '../packages/core/src/sites/response-site.js';
import { fixtureFiles, isJsxFile } from './fixture-files.js';

/*
 * A recognizer's `assignedMembers` keeps the assignments by other names from its handler. Over every
 * fixture file (each framework's shapes), the sites must be the same with the filter and without it;
 * the assignment shapes of each framework that declares names must be among them, or the
 * comparison would prove nothing.
 */

const describeSite = (site: ResponseSite) => `${site.node.type}@${site.node.range[0]}:${site.status.code}:${site.status.node.range[0]}:${site.delivery}`;

const FILES = fixtureFiles();

describe('assignment dispatch by member name (assignedMembers)', () => {
  it.each(FILES.map((f) => [f.name, f] as const))('%s: the same sites with and without the filter', (_name, file) => {
    const program = parse(file.text, { range: true, loc: true, jsx: isJsxFile(file.path) });
    const context = siteContextFor(program, file.text);
    expect(findResponseSites(context).map(describeSite)).toEqual(findResponseSites(context, undefined, { unfiltered: true }).map(describeSite));
  });

  it('the fixtures hold assignment sites of every declared member name, so the comparison covers them', () => {
    const written = new Set<string>();
    for (const file of FILES) {
      const program = parse(file.text, { range: true, loc: true, jsx: isJsxFile(file.path) });
      for (const site of findResponseSites(siteContextFor(program, file.text))) {
        if (site.node.type !== 'AssignmentExpression') continue;
        const left = site.node.left;
        if (left.type === 'MemberExpression' && left.property.type === 'Identifier') written.add(`${file.name.split('/')[0]}:${left.property.name}`);
      }
    }
    expect([...written].sort()).toEqual(expect.arrayContaining(['elysia:status', 'h3:status', 'koa:status', 'express:statusCode']));
  });
});
