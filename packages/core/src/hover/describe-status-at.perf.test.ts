import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { describeStatusAt } from './describe-status-at.js';

/** A 5,000-line server: handlers, guards, tests and filler, the way a large routes file looks. */
function largeFile(lines: number): string {
  const block = [
    `app.get('/items/:id', async (req, res) => {`,
    `  if (!req.user) return res.status(401).json({ error: 'login' });`,
    `  if (req.user.role !== 'admin') return res.status(StatusCodes.FORBIDDEN).end();`,
    `  const item = await db.find(req.params.id, { timeout: 3000 });`,
    `  if (!item) return res.sendStatus(404);`,
    `  for (let i = 0; i < item.parts.length; i++) total += item.parts[i] * 403;`,
    `  if (item.status === 403) throw new ForbiddenException('no');`,
    `  res.json(item);`,
    `});`,
    ``,
  ];
  const out: string[] = [];
  while (out.length < lines) out.push(...block);
  return out.slice(0, lines).join('\n');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

describe('describeStatusAt on a 5,000-line file', () => {
  it('answers a hover in under 2 ms at the 95th percentile once the program is indexed', { timeout: 60_000 }, () => {
    const text = largeFile(5000);
    const program = parse(text, { range: true });
    const started = performance.now();
    expect(describeStatusAt(program, text, text.indexOf('401'))?.code).toBe(401);
    const firstHoverMs = performance.now() - started;

    const timings: number[] = [];
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const offset = Math.floor((i * 7919) % text.length);
      const t0 = performance.now();
      if (describeStatusAt(program, text, offset)) found++;
      timings.push(performance.now() - t0);
    }
    const p95 = percentile(timings, 95);
    expect(found).toBeGreaterThan(0);
    // The first hover indexes the file (the same walk and response sites as the analysis); it is
    // reported, not asserted: it depends on the core's recognizers and on the machine's load.
    expect(p95, `p95 ${p95.toFixed(3)} ms (first hover, which indexes the file: ${firstHoverMs.toFixed(1)} ms)`).toBeLessThan(2);
  });
});
