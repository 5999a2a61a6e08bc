import type { TSESTree } from '@typescript-eslint/types';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';

/**
 * Finds the sites of one framework. Each handler looks at one kind of node and returns the site
 * that node starts, if any; the first recognizer in the registry to claim a status wins.
 */
export interface SiteRecognizer {
  readonly call?: (node: TSESTree.CallExpression, context: SiteContext) => ResponseSite | undefined;
  readonly newExpression?: (node: TSESTree.NewExpression, context: SiteContext) => ResponseSite | undefined;
  readonly assignment?: (node: TSESTree.AssignmentExpression, context: SiteContext) => ResponseSite | undefined;
  /**
   * The member names (`x.NAME = v`) for which `assignment` can return a site. With it, the other
   * assignments of a file (most of them: `out.id = ...`) are not handed to this recognizer at all;
   * without it, every assignment is. Must hold every name the handler accepts (test/site-dispatch.test.ts
   * finds each fixture's sites with and without the filter).
   */
  readonly assignedMembers?: ReadonlySet<string>;
  readonly returnStatement?: (node: TSESTree.ReturnStatement, context: SiteContext) => ResponseSite | undefined;
}
