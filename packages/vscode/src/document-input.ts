import type * as vscode from 'vscode';
import { SUPPORTED_LANGUAGES, type DocumentInput } from './pipeline/index.js';

/** Schemes whose documents are views of other text (diffs, output), never analysed. */
const IGNORED_SCHEMES: ReadonlySet<string> = new Set(['git', 'gitlens', 'output', 'vscode-scm', 'debug', 'search-editor', 'pr', 'review', 'comment']);

export const DOCUMENT_SELECTOR: vscode.DocumentFilter[] = SUPPORTED_LANGUAGES.map((language) => ({ language }));

export function isAnalysable(document: vscode.TextDocument): boolean {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(document.languageId) && !IGNORED_SCHEMES.has(document.uri.scheme);
}

export function documentInput(document: vscode.TextDocument): DocumentInput {
  return {
    text: document.getText(),
    // A file's path decides its script kind; untitled and virtual documents go by their URI path.
    fileName: document.uri.scheme === 'file' ? document.fileName : document.uri.path,
    languageId: document.languageId,
  };
}
