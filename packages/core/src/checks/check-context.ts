import type { ClassifyContext } from '../auth/classify-condition.js';
import type { ResponseSite } from '../sites/response-site.js';
import type { SiteContext } from '../sites/site-context.js';

/** A file made ready for the checks: its index, constants and response sites, computed once. */
export interface PreparedFile {
  readonly context: SiteContext | undefined;
  readonly sites: readonly ResponseSite[];
}

export type CheckContext = SiteContext & ClassifyContext;

/** The option both rules take: the challenge a suggested WWW-Authenticate header carries. */
export interface ChallengeOption {
  /** The challenge the suggested header carries. */
  readonly challenge?: string;
}

export { DEFAULT_CHALLENGE } from '../options/challenge.js';

/** Source text of a node, shortened for a message. */
export function excerpt(text: string, node: { range: readonly [number, number] }, max = 60): string {
  const raw = text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ').trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}
