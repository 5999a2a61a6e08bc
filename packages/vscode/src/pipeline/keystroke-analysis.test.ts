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

/** What a random keystroke types: code characters, a status, the start of a call, a line break. */
const TYPED = ['a', 'x', ' ', '\n', ';', '(', ')', '{', '}', "'", '4', '0', '1', '3', '403', '401', 'res', '.status(', 'return ', 'await '];

/**
 * A random edit of `text`, as a person's keystroke or paste anywhere in the file (inside a token,
 * between statements, in an import, in a comment): type a piece, delete up to 6 characters, or
 * duplicate a line.
 */
function randomEdit(text: string, rand: () => number): string {
  const at = Math.floor(rand() * (text.length + 1));
  const kind = rand();
  if (kind < 0.5) return text.slice(0, at) + TYPED[Math.floor(rand() * TYPED.length)]! + text.slice(at);
  if (kind < 0.85) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rand() * 6)));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  return `${text.slice(0, lineEnd)}\n${text.slice(lineStart, lineEnd)}${text.slice(lineEnd)}`;
}

function expectSameAsFresh(analysis: DocumentAnalysis, fresh: DocumentAnalysis, label: string): void {
  expect(analysis.status, label).toBe(fresh.status);
  expect(analysis.findings, label).toEqual(fresh.findings);
  expect(analysis.suppressed, label).toEqual(fresh.suppressed);
  expect(analysis.diagnostics, label).toEqual(fresh.diagnostics);
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
        expectSameAsFresh(analysis, fresh, label);
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

  it('finds what a fresh analysis finds, with the same suggestions, after every one of a run of random edits anywhere in the file', () => {
    const rand = seededRandom(1306);
    let incremental = 0;
    let changedFindings = 0;
    for (const sample of samples()) {
      let text = sample.text;
      let previous: DocumentAnalysis = analyzeDocument({ text, fileName: sample.name });
      for (let n = 0; n < 24; n++) {
        // Back to the sample now and then, so that the edits do not pile up into a file that no longer parses.
        const next = rand() < 0.2 ? sample.text : randomEdit(text, rand);
        const analysis = analyzeDocument({ text: next, fileName: sample.name }, undefined, previous);
        const fresh = analyzeDocument({ text: next, fileName: sample.name });
        expectSameAsFresh(analysis, fresh, `${sample.name}, random edit ${n}`);
        if (analysis.timings.reparsed === 'incremental') incremental++;
        if (analysis.status === 'analyzed' && previous.status === 'analyzed' && JSON.stringify(analysis.findings) !== JSON.stringify(previous.findings)) changedFindings++;
        text = next;
        previous = analysis;
      }
    }
    // The run must reach the incremental path often, and change what is found (a stale reuse would show there).
    expect(incremental).toBeGreaterThan(200);
    expect(changedFindings).toBeGreaterThan(50);
  }, 180_000);
});
