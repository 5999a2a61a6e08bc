import type { Finding } from '@authlint/core';
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache.js';
import { isAnalysable } from './document-input.js';
import { DIAGNOSTIC_SOURCE, fixAllAction, quickFixesForFindings, type DocumentAnalysis } from './pipeline/index.js';
import { toCodeAction } from './vscode-mapping.js';

/** Quick fixes for authlint's diagnostics, and `source.fixAll.authlint` for the safe suggestions. */
export class AuthlintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly fixAllKind = vscode.CodeActionKind.SourceFixAll.append('authlint');
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, AuthlintCodeActionProvider.fixAllKind];

  constructor(private readonly cache: AnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isAnalysable(document)) return [];
    const only = context.only;
    const wantsFixAll = only !== undefined && AuthlintCodeActionProvider.fixAllKind.intersects(only);
    const wantsQuickFixes = only === undefined || vscode.CodeActionKind.QuickFix.intersects(only);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!wantsFixAll && (!wantsQuickFixes || ours.length === 0)) return [];

    const analysis = this.cache.get(document);
    const actions: vscode.CodeAction[] = [];
    if (wantsFixAll) {
      const fixAll = fixAllAction(analysis.findings);
      if (fixAll) actions.push(toCodeAction(document, fixAll, AuthlintCodeActionProvider.fixAllKind, []));
    }
    if (wantsQuickFixes) actions.push(...this.quickFixes(document, analysis, ours));
    return actions;
  }

  /** The quick fixes of the diagnostics in the range, each attached to its diagnostic; disable and documentation once per rule. */
  private quickFixes(document: vscode.TextDocument, analysis: DocumentAnalysis, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const diagnosticOf = new Map<Finding, vscode.Diagnostic>();
    for (const diagnostic of diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const finding = analysis.findings.find((f) => f.ruleId === code && f.range[0] === start && f.range[1] === end);
      if (finding && !diagnosticOf.has(finding)) diagnosticOf.set(finding, diagnostic);
    }
    return quickFixesForFindings([...diagnosticOf.keys()], analysis.input.text, analysis.lines)
      .map((data) => toCodeAction(document, data, vscode.CodeActionKind.QuickFix, [diagnosticOf.get(data.finding!)!]));
  }
}
