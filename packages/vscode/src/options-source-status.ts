import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR, isAnalysable } from './document-input.js';
import { describeOptionsSource, type EslintConfigOptions } from './eslint-config-options.js';
import { CommandId } from './pipeline/command-id.js';

/**
 * A language status item (the `{}` in the status bar of a JavaScript or TypeScript file) that says
 * where the active file's rule options come from: the project's ESLint config or the settings.
 */
export class OptionsSourceStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('authlint.optionsSource', DOCUMENT_SELECTOR);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly options: EslintConfigOptions) {
    this.item.name = 'authlint options';
    this.item.command = { command: CommandId.ShowOutput, title: 'Show Output' };
    vscode.window.onDidChangeActiveTextEditor(() => void this.update(), undefined, this.disposables);
    options.onDidChange(() => void this.update(), undefined, this.disposables);
    void this.update();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isAnalysable(document)) return;
    const source = await this.options.ready(document);
    if (vscode.window.activeTextEditor?.document !== document) return;
    this.item.text = source.from === 'eslint' ? 'authlint: ESLint config' : 'authlint: settings';
    this.item.detail = describeOptionsSource(source).replace(/^authlint: /, '');
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
