#!/usr/bin/env node
// @ts-check
// Recall against the 401 census: for each app, how many of the census's 401 sites that send no
// challenge the last lint run (.corpus-apps/results.json, from lint-apps.mjs) reports, and how many
// sites that do carry a challenge it reports anyway. A site counts as reported when a
// require-www-authenticate finding lies in the same file within SITE_WINDOW lines (a multi-line
// `throw new X({ code: ... })` is reported on one of its lines). The pins make the lines stable.
// A use of an own error class whose 401 the rule reports once, where the class binds it (the site's
// `binding`, file:line), counts as reported in the "with bindings" column when a finding lies there; the
// plain column keeps the old count (a finding at the site itself).
// `node scripts/corpus/apps/census-report.mjs [--missed]` (--missed lists the unreported sites).
import fs from 'node:fs';
import { RESULTS_FILE } from './app-table.mjs';

const SITE_WINDOW = 3;
const RULE = 'require-www-authenticate';

/**
 * @typedef {{ app: string, file: string, line: number, shape: string, challenge: 'yes' | 'no' | 'partly', reported: boolean, binding?: string }} Site
 * @typedef {import('./lint-apps.mjs').Finding} Finding
 */

/** @param {Site[]} sites @param {Finding[]} findings @returns {Set<Site>} the sites a finding reports, each finding used once */
function reportedSites(sites, findings) {
  const reported = new Set();
  const used = new Set();
  for (const site of sites) {
    const near = findings
      .filter((f) => f.file === site.file && Math.abs(f.line - site.line) <= SITE_WINDOW && !used.has(f))
      .sort((a, b) => Math.abs(a.line - site.line) - Math.abs(b.line - site.line));
    if (near.length === 0) continue;
    used.add(near[0]);
    reported.add(site);
  }
  return reported;
}

/** @param {Site} site @param {Finding[]} findings whether a finding lies where the site's class binds its 401 */
function bindingReported(site, findings) {
  if (!site.binding) return false;
  const cut = site.binding.lastIndexOf(':');
  const file = site.binding.slice(0, cut);
  const line = Number(site.binding.slice(cut + 1));
  return findings.some((f) => f.file === file && Math.abs(f.line - line) <= SITE_WINDOW);
}

function main() {
  const census = JSON.parse(fs.readFileSync(new URL('./census-401.json', import.meta.url), 'utf8'));
  if (!fs.existsSync(RESULTS_FILE)) throw new Error(`no ${RESULTS_FILE}: run lint-apps.mjs first`);
  const results = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')).apps;
  const showMissed = process.argv.includes('--missed');
  let without = 0;
  let withoutReported = 0;
  let withReported = 0;
  let withBindings = 0;
  console.log('app              sites  no challenge  reported  recall  with bindings  recall  challenge but reported');
  for (const app of census.covered) {
    const result = results.find((/** @type {{ app: string }} */ r) => r.app === app);
    if (!result) {
      console.log(`${app.padEnd(16)} not linted`);
      continue;
    }
    /** @type {Site[]} */
    const sites = census.sites.filter((/** @type {Site} */ s) => s.app === app);
    const ruleFindings = result.findings.filter((/** @type {Finding} */ f) => f.rule === RULE);
    const reported = reportedSites(sites, ruleFindings);
    const noChallenge = sites.filter((s) => s.challenge === 'no');
    const hit = noChallenge.filter((s) => reported.has(s)).length;
    const bound = noChallenge.filter((s) => reported.has(s) || bindingReported(s, ruleFindings));
    const false401 = sites.filter((s) => s.challenge === 'yes' && reported.has(s)).length;
    without += noChallenge.length;
    withoutReported += hit;
    withReported += false401;
    withBindings += bound.length;
    const percent = (/** @type {number} */ n) => (noChallenge.length === 0 ? '-' : `${Math.round((100 * n) / noChallenge.length)}%`);
    console.log(`${app.padEnd(16)} ${String(sites.length).padEnd(6)} ${String(noChallenge.length).padEnd(13)} ${String(hit).padEnd(9)} ${percent(hit).padEnd(7)} ${String(bound.length).padEnd(14)} ${percent(bound.length).padEnd(7)} ${false401}`);
    if (showMissed) for (const s of noChallenge.filter((x) => !bound.includes(x))) console.log(`    missed ${s.file}:${s.line} (${s.shape})`);
  }
  const total = (/** @type {number} */ n) => (without === 0 ? '-' : `${((100 * n) / without).toFixed(1)}%`);
  console.log(`\ntotal: ${without} sites without a challenge, ${withoutReported} reported at the site (${total(withoutReported)}), ${withBindings} with the uses of classes reported where they bind the 401 (${total(withBindings)}); ${withReported} reported although the response carries one`);
}

main();
