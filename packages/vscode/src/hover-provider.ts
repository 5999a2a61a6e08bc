import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache.js';
import { isAnalysable } from './document-input.js';
import { hoverAt } from './pipeline/index.js';
import { toRange } from './vscode-mapping.js';

/** Hover on status values where a response status is set or compared. */
export class StatusHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache, private readonly log: vscode.LogOutputChannel) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isAnalysable(document)) return undefined;
    const analysis = this.cache.get(document);
    const offset = document.offsetAt(position);
    const hover = hoverAt(analysis, offset, (error) => {
      this.log.error(`${document.uri.toString(true)}: the hover at offset ${offset} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    });
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(hover.range));
  }
}
