import * as vscode from 'vscode';
import type { TextEdit } from '@authlint/core';
import type { CodeActionData, DiagnosticData, DiagnosticSeverityName, RangeData } from './pipeline/index.js';

const SEVERITY: Readonly<Record<DiagnosticSeverityName, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(range: RangeData): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toDiagnostic(data: DiagnosticData): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(data.range), data.message, SEVERITY[data.severity]);
  diagnostic.source = data.source;
  diagnostic.code = { value: data.code.value, target: vscode.Uri.parse(data.code.target) };
  return diagnostic;
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.range[0]), document.positionAt(e.range[1])), e.text);
  }
  return edit;
}

export function toCodeAction(document: vscode.TextDocument, data: CodeActionData, kind: vscode.CodeActionKind, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(data.title, kind);
  if (data.edits) action.edit = toWorkspaceEdit(document, data.edits);
  if (data.command) action.command = { command: data.command.command, title: data.command.title, arguments: [...data.command.arguments] };
  if (data.isPreferred) action.isPreferred = true;
  if (diagnostics.length > 0) action.diagnostics = [...diagnostics];
  return action;
}
