import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis-cache.js';
import type { DiagnosticsController } from '../diagnostics-controller.js';
import { CommandId } from '../pipeline/command-id.js';

/** Forgets every cached analysis and analyses the open documents again. */
export function registerRevalidate(cache: AnalysisCache, diagnostics: DiagnosticsController): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.Revalidate, () => {
    cache.clear();
    diagnostics.revalidateAll();
  });
}
