import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AuthlintExtensionApi } from '../../src/extension.js';

export const EXTENSION_ID = 'authlint.authlint-vscode';

let api: AuthlintExtensionApi | undefined;

/** Activates the extension under test (the runner does not) and returns its test API. */
export async function activateExtension(): Promise<AuthlintExtensionApi> {
  if (api) return api;
  const extension = vscode.extensions.getExtension<AuthlintExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  api = await extension.activate();
  assert.equal(typeof api?.diagnosticsSettled, 'function', 'activate() returns the test API');
  return api;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value other than undefined, or fails with the last state it saw. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export function authlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'authlint');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** The diagnostics once the extension has analysed the document's current version and they satisfy `ok`. */
export async function diagnosticsWhen(
  document: vscode.TextDocument,
  what: string,
  ok: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  const ext = await activateExtension();
  return waitFor(what, async () => {
    await ext.diagnosticsSettled(document.uri);
    const diagnostics = authlintDiagnostics(document.uri);
    return ok(diagnostics) ? diagnostics : undefined;
  }, timeoutMs).catch((error: Error) => {
    const now = authlintDiagnostics(document.uri).map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`);
    throw new Error(`${error.message}; diagnostics now: [${now.join(', ')}]`);
  });
}

const EXTENSION_BY_LANGUAGE: Readonly<Record<string, string>> = {
  typescript: '.ts', javascript: '.js', typescriptreact: '.tsx', javascriptreact: '.jsx',
};
let untitledCount = 0;

/**
 * Opens a new untitled document (fixtures on disk are never edited) with its own name: VS Code
 * reuses `Untitled-N` names, and a document closed by one test must not race the next one's.
 */
export async function openUntitled(content: string, language = 'typescript'): Promise<vscode.TextDocument> {
  const name = `/authlint-e2e-${process.pid}-${++untitledCount}${EXTENSION_BY_LANGUAGE[language] ?? '.ts'}`;
  let document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  await vscode.window.showTextDocument(document, { preview: false });
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the content is inserted');
  assert.equal(document.getText(), content);
  return document;
}

/**
 * Closes every editor without saving and without a "Save changes?" prompt: the dirty documents the
 * tests made (untitled ones, and files in the workspace) are reverted and closed one by one first.
 * Other documents are VS Code's own: the user settings.json is dirty for a moment while a setting is
 * written, and showing it then races VS Code's own editor ("another editor opened in the meantime").
 */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isClosed || !isMadeByTests(document)) continue;
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function isMadeByTests(document: vscode.TextDocument): boolean {
  if (document.uri.scheme === 'untitled') return true;
  return document.uri.scheme === 'file' && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
}

export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 1, shift = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = document.getText().indexOf(needle, offset + 1);
    assert.notEqual(offset, -1, `${needle} #${occurrence} is not in the document`);
  }
  return document.positionAt(offset + shift);
}

/** The text of every hover at a position, from every provider. */
export async function hoverTexts(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? []).map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

export async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', document.uri, range, kind,
  );
  // A provider may return bare Commands; ours returns CodeActions.
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Sets a user setting for the test and returns a function that puts the old value back. */
export async function withSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('authlint');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('authlint').update(key, before, vscode.ConfigurationTarget.Global);
  };
}
