import type * as vscode from 'vscode';
import type { DocumentAnalysis } from './pipeline/index.js';

/**
 * Writes what the user may need to know about an analysis to the `authlint` output channel: a
 * skipped file once per reason (not on every keystroke), failures always, the rest at debug level.
 */
export function analysisLogger(log: vscode.LogOutputChannel): (document: vscode.TextDocument, analysis: DocumentAnalysis) => void {
  const lastSkip = new Map<string, string>();
  return (document, analysis) => {
    const name = document.uri.toString(true);
    switch (analysis.status) {
      case 'too-large': {
        if (lastSkip.get(name) === analysis.reason) return;
        lastSkip.set(name, analysis.reason ?? '');
        log.warn(`${name}: ${analysis.reason}`);
        return;
      }
      case 'failed':
        log.error(`${name}: ${analysis.reason}`);
        return;
      case 'parse-error':
        log.debug(`${name}: ${analysis.reason}`);
        return;
      case 'disabled':
        return;
      case 'analyzed': {
        lastSkip.delete(name);
        const { parseMs, analyzeMs } = analysis.timings;
        log.debug(`${name}: ${analysis.findings.length} finding(s); parse ${parseMs.toFixed(1)} ms, analysis ${analyzeMs.toFixed(1)} ms`);
      }
    }
  };
}
