import type * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis-cache.js';
import type { DiagnosticsController } from '../diagnostics-controller.js';
import { registerRevalidate } from './revalidate.js';
import { registerShowOutput } from './show-output.js';
import { registerShowRuleDocumentation } from './show-rule-documentation.js';

export function registerCommands(deps: { log: vscode.LogOutputChannel; cache: AnalysisCache; diagnostics: DiagnosticsController; extensionUri: vscode.Uri }): vscode.Disposable[] {
  return [
    registerShowRuleDocumentation(deps.extensionUri, deps.log),
    registerShowOutput(deps.log),
    registerRevalidate(deps.cache, deps.diagnostics),
  ];
}
