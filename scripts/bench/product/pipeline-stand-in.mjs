// Stand-in for the editor pipeline while packages/vscode/src/pipeline does not exist: the same steps
// (parse, analyse, map ranges to line/character), from the built core. Same interface as pipeline.mjs.
import { importCore } from './built-packages.mjs';
import { parseForCore } from './parse.mjs';

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export async function standInPipeline() {
  const core = await importCore();
  return {
    source: 'stand-in (parse + core analyze + describeStatusAt): packages/vscode/src/pipeline not found',
    analyze(text, fileName, settings = {}) {
      if (text.length > (settings.maxFileSize ?? 500_000)) return { status: 'too-large', findings: [], diagnostics: [] };
      let program;
      try {
        program = parseForCore(text, fileName.slice(fileName.lastIndexOf('.')));
      } catch (error) {
        return { status: 'parse-error', reason: error.message, findings: [], diagnostics: [] };
      }
      try {
        const findings = core.analyze(program, text);
        const starts = lineStarts(text);
        const diagnostics = findings.map((f) => ({ range: { start: positionAt(starts, f.range[0]), end: positionAt(starts, f.range[1]) }, ruleId: f.ruleId }));
        return { status: 'analyzed', findings, diagnostics, program, text };
      } catch (error) {
        return { status: 'failed', reason: error.stack, findings: [], diagnostics: [] };
      }
    },
    hover: (analysis, offset) => (analysis.program ? core.describeStatusAt(analysis.program, analysis.text, offset) : undefined),
    settings: (partial = {}) => ({ maxFileSize: 500_000, ...partial }),
  };
}
