import type { ClassifyContext } from '../auth/classify-condition.js';
import type { SiteContext } from '../sites/site-context.js';

export type { PreparedFile } from '../prepare-file.js';

export type CheckContext = SiteContext & ClassifyContext;


export { DEFAULT_CHALLENGE } from '../options/challenge.js';

/** Source text of a node, shortened for a message. */
export function excerpt(text: string, node: { range: readonly [number, number] }, max = 60): string {
  const raw = text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ').trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}
