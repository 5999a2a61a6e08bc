import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache.js';
import { isAnalysable } from './document-input.js';
import { hoverAt } from './pipeline/index.js';
import { toRange } from './vscode-mapping.js';

/** Hover on status values where a response status is set or compared. */
export class StatusHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isAnalysable(document)) return undefined;
    const analysis = this.cache.get(document);
    const hover = hoverAt(analysis, document.offsetAt(position));
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(hover.range));
  }
}
