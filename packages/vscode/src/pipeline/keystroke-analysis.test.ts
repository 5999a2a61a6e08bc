import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateHandlerFile } from '../../../../scripts/bench/generate/handler-file.mjs';
// @ts-expect-error: a plain .mjs script without types
import { keystrokeTexts } from '../../../../scripts/bench/pipeline/keystroke-edits.mjs';
// @ts-expect-error: a plain .mjs script without types
import { seededRandom } from '../../../../scripts/bench/stats.mjs';
import { analyzeDocument, type DocumentAnalysis } from './analyze-document.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(?:[mc]?[jt]s|[jt]sx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The fixture apps and examples (the files with findings), and generated handler files of each style. */
function samples(): { name: string; text: string }[] {
  const files = [...sourceFiles(path.join(REPO, 'test/fixtures')), ...sourceFiles(path.join(REPO, 'examples/src'))]
    .map((file) => ({ name: path.relative(REPO, file), text: fs.readFileSync(file, 'utf8') }));
  const generated = ['express', 'koa', 'nest'].map((style) => ({ name: `/generated/${style}-300.ts`, text: generateHandlerFile({ lines: 300, style, seed: 11 }) as string }));
  return [...files, ...generated];
}

/**
 * What a person does between two analyses, beside the typing of keystroke-edits.mjs: a 401 or a 403
 * typed over another status, a status line deleted, a line of another handler pasted in, an import
 * or a constant the other statements read added at the top.
 */
function otherEdits(text: string, rand: () => number): string[] {
  const statuses = [...text.matchAll(/\b40[13]\b/g)];
  const lines = [...text.matchAll(/^ {2,}\S[^\n]*$/gm)];
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const edits: string[] = [];
  const status = pick(statuses);
  if (status) edits.push(`${text.slice(0, status.index)}${status[0] === '401' ? '403' : '401'}${text.slice(status.index + 3)}`);
  const line = pick(lines);
  if (line) edits.push(text.slice(0, line.index) + text.slice(line.index + line[0].length + 1));
  const pasted = pick(lines);
  if (line && pasted) edits.push(`${text.slice(0, line.index)}${pasted[0]}\n${text.slice(line.index)}`);
  edits.push(`const FORBIDDEN = 403;\n${text}`);
  // A class of a GraphQL module, in a statement of its own, turns the 403 thrown with it elsewhere into no HTTP 403.
  const thrown = [...new Set([...text.matchAll(/\bnew ([A-Z]\w*)\(/g)].map((m) => m[1]!))].filter((name) => !new RegExp(`\\b${name}\\b[^\\n]*\\bfrom\\b`).test(text));
  for (const name of thrown.slice(0, 2)) edits.push(`import { ${name} } from 'graphql';\n${text}`);
  return edits;
}

describe('analyzeDocument per keystroke', () => {
  it('finds what a fresh analysis finds after every keystroke, given the previous analysis (statements and their scope analyses reused)', () => {
    const rand = seededRandom(1313);
    let incremental = 0;
    let withFindings = 0;
    /** Edits outside a statement that change what is found in it: where a stale reuse would show. */
    let changedElsewhere = 0;
    for (const sample of samples()) {
      const texts: string[] = keystrokeTexts(sample.text, { sites: 2, seed: sample.text.length });
      for (const edited of otherEdits(sample.text, rand)) texts.push(edited, sample.text);
      let previous: DocumentAnalysis | undefined = analyzeDocument({ text: sample.text, fileName: sample.name });
      for (const [n, text] of texts.entries()) {
        const analysis = analyzeDocument({ text, fileName: sample.name }, undefined, previous);
        const fresh = analyzeDocument({ text, fileName: sample.name });
        const label = `${sample.name}, keystroke ${n}`;
        expect(analysis.status, label).toBe(fresh.status);
        expect(analysis.findings, label).toEqual(fresh.findings);
        expect(analysis.suppressed, label).toEqual(fresh.suppressed);
        expect(analysis.diagnostics, label).toEqual(fresh.diagnostics);
        if (analysis.timings.reparsed === 'incremental') incremental++;
        if (fresh.findings.length > 0) withFindings++;
        if (/^import \{ \w+ \} from 'graphql';\n/.test(text) && fresh.findings.length !== previous.findings.length) changedElsewhere++;
        previous = analysis;
      }
    }
    expect(incremental).toBeGreaterThan(300);
    expect(withFindings).toBeGreaterThan(300);
    expect(changedElsewhere).toBeGreaterThan(1);
  }, 180_000);
});
