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
  readonly returnStatement?: (node: TSESTree.ReturnStatement, context: SiteContext) => ResponseSite | undefined;
}
