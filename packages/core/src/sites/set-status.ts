import { rewriteStatus } from '../edits/rewrite-status.js';
import type { TextEdit } from '../finding.js';
import type { ResponseSite } from './response-site.js';
import type { SiteContext } from './site-context.js';

/** The edits that make `site` answer status `to`; undefined where it cannot be said in the author's form. */
export function setStatusEdits(site: ResponseSite, to: number, context: SiteContext): readonly TextEdit[] | undefined {
  switch (site.setStatus.kind) {
    case 'default': return rewriteStatus(site.status, to, context);
    case 'custom': return site.setStatus.edits(to);
    case 'none': return undefined;
  }
}
