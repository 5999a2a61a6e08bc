import type { Finding, Suggestion } from '../finding.js';
import { setStatusEdits } from '../sites/set-status.js';
import { statusWords } from '../status/status-words.js';
import type { PreparedFile } from './check-context.js';

const RULE_ID = 'no-body-with-204-304';

/** The statuses that cannot contain content, and the RFC 9110 section that says so. */
const NO_CONTENT_SECTIONS: ReadonlyMap<number, string> = new Map([[204, '15.3.5'], [304, '15.4.5']]);

const PHRASES: ReadonlyMap<number, string> = new Map([[204, 'No Content'], [304, 'Not Modified']]);

/** The prefilter (CHECK_WORDS in analyze.ts): a file without these words sends no 204 or 304. */
export const NO_BODY_WITH_204_304_WORDS = statusWords([...NO_CONTENT_SECTIONS.keys()]);

/**
 * Content sent on a 204 No Content or 304 Not Modified response, where the site's recognizer knows
 * the content for certain (`ResponseSite.sentContent`). Two suggestions: send the status without the
 * content, in the framework's idiom, or keep the content and answer 200.
 */
export function checkNoBodyWith204304(file: PreparedFile): Finding[] {
  const context = file.context;
  if (!context) return [];
  const findings: Finding[] = [];
  for (const site of file.sites) {
    const code = site.status.code;
    const section = NO_CONTENT_SECTIONS.get(code);
    if (section === undefined || site.delivery !== 'respond') continue;
    const content = site.sentContent();
    if (!content) continue;
    const data = { status: String(code), phrase: PHRASES.get(code) ?? '', section };
    const suggestions: Suggestion[] = [];
    const drop = content.drop();
    if (drop && drop.length > 0) suggestions.push({ messageId: 'suggestDropContent', data, edits: drop, safe: false });
    const use200 = setStatusEdits(site, 200, context);
    if (use200 && use200.length > 0) suggestions.push({ messageId: 'suggestUse200', data, edits: use200, safe: false });
    findings.push({
      ruleId: RULE_ID,
      messageId: content.throws ? 'contentThrows' : 'contentOnNoContentStatus',
      data,
      range: [site.status.node.range[0], site.status.node.range[1]],
      suggestions,
    });
  }
  return findings;
}
