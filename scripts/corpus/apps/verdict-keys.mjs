// @ts-check
// Verdicts are keyed by app + file + rule + a short hash of the finding's line text, so a verdict
// survives lines moving; where one key matches several findings, the nearest line wins.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { VERDICTS_FILE } from './app-table.mjs';

/**
 * @typedef {{ app: string, file: string, line: number, rule: string, lineHash: string, verdict: 'right' | 'wrong', reason: string }} Verdict
 * @typedef {import('./lint-apps.mjs').Finding} Finding
 */

export const findingKey = {
  /** @param {string} text the finding's source line; whitespace is not significant */
  hashLine: (text) => createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 8),
  /** @param {{ app: string, file: string, rule: string, lineHash: string }} f */
  of: (f) => `${f.app}|${f.file}|${f.rule}|${f.lineHash}`,
};

/** @returns {Verdict[]} */
export function loadVerdicts() {
  if (!fs.existsSync(VERDICTS_FILE)) return [];
  return JSON.parse(fs.readFileSync(VERDICTS_FILE, 'utf8')).verdicts;
}

/**
 * @param {Finding[]} findings
 * @param {Verdict[]} verdicts
 * @returns {{ judged: { finding: Finding, verdict: Verdict }[], unjudged: Finding[], gone: Verdict[] }}
 */
export function matchVerdicts(findings, verdicts) {
  /** @type {Map<string, Verdict[]>} */
  const open = new Map();
  for (const v of verdicts) {
    const key = findingKey.of(v);
    open.set(key, [...(open.get(key) ?? []), v]);
  }
  const judged = [];
  const unjudged = [];
  for (const finding of findings) {
    const candidates = open.get(findingKey.of(finding)) ?? [];
    if (candidates.length === 0) {
      unjudged.push(finding);
      continue;
    }
    let best = 0;
    for (let i = 1; i < candidates.length; i++) {
      if (Math.abs(candidates[i].line - finding.line) < Math.abs(candidates[best].line - finding.line)) best = i;
    }
    judged.push({ finding, verdict: candidates[best] });
    candidates.splice(best, 1);
  }
  return { judged, unjudged, gone: [...open.values()].flat() };
}
