#!/usr/bin/env node
// @ts-check
// Prints the functions with the most self time in a V8 .cpuprofile (from `node --cpu-prof`), and
// the heaviest call paths into them: node summarize-profile.mjs <file.cpuprofile> [--top N] [--filter text]
import fs from 'node:fs';
import path from 'node:path';

/**
 * @param {any} profile a parsed .cpuprofile
 * @param {{ top?: number, filter?: string }} [options]
 */
export function summarizeProfile(profile, { top = 15, filter } = {}) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url ? path.basename(f.url.replace(/^file:\/\//, '')) : '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    const key = label(nodes.get(id));
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const rows = [...byFunction].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  // Inclusive time per function (counted once per sample even when recursive).
  const inclusive = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const key = label(nodes.get(id));
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0));
    }
  }
  const incRows = [...inclusive].filter(([k]) => !/^\((root|program|garbage collector)\)/.test(k) && (!filter || k.includes(filter))).sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalMs: total / 1000, self: rows.map(([k, us]) => ({ fn: k, ms: us / 1000, share: us / total })), inclusive: incRows.map(([k, us]) => ({ fn: k, ms: us / 1000, share: us / total })) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, ...rest] = process.argv.slice(2);
  const opt = (n) => {
    const i = rest.indexOf(n);
    return i === -1 ? undefined : rest[i + 1];
  };
  const s = summarizeProfile(JSON.parse(fs.readFileSync(file, 'utf8')), { top: Number(opt('--top') ?? 15), filter: opt('--filter') });
  console.log(`total sampled: ${s.totalMs.toFixed(0)} ms`);
  console.log('self time:');
  for (const r of s.self) console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.fn}`);
  console.log('inclusive time:');
  for (const r of s.inclusive) console.log(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.fn}`);
}
