import type { TSESTree } from '@typescript-eslint/types';
import { indexProgram } from './ast/ast-index.js';
import type { PreparedFile } from './checks/check-context.js';
import { findResponseSites } from './sites/find-sites.js';
import { createSiteContext } from './sites/site-context.js';

/**
 * Words without which a file cannot hold a 401 or a 403: most files of a project are skipped on
 * this test alone, before any tree walk.
 */
const MAY_HOLD_AUTH_STATUS = /40[13]|unauthori[sz]ed|forbidden|unauthenticated|canActivate|access_?denied|permission_?denied|not_?authori[sz]ed|invalid_?credentials|not_?authenticated|authentication_?(?:required|error|failed)|insufficient_?scope/i;

/** Indexes the program and finds its response sites, once for every check that runs on it. */
export function prepareFile(program: TSESTree.Program, text: string): PreparedFile {
  if (!MAY_HOLD_AUTH_STATUS.test(text)) return { context: undefined, sites: [] };
  const context = createSiteContext(indexProgram(program), text);
  return { context, sites: findResponseSites(context) };
}
