import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache.js';
import { isAnalysable } from './document-input.js';
import { disableCommentHoverAt } from './pipeline/index.js';
import { toRange } from './vscode-mapping.js';

/** Hover on `eslint-disable*` comments that name authlint rules: each rule's summary, what the comment suppresses, its page. */
export class DisableCommentHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isAnalysable(document)) return undefined;
    const hover = disableCommentHoverAt(this.cache.get(document), document.offsetAt(position));
    if (!hover) return undefined;
    const markdown = new vscode.MarkdownString(hover.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(hover.range));
  }
}
