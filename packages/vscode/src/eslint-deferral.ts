import * as vscode from 'vscode';
import { declaresEslintPlugin, packageJsonSearchPath } from './pipeline/index.js';

export const ESLINT_EXTENSION_ID = 'dbaeumer.vscode-eslint';

/**
 * Decides whether the ESLint extension already shows authlint's findings for a document: the
 * nearest package.json declares eslint-plugin-authlint and the ESLint extension is active. Then
 * the diagnostics controller publishes nothing (hover and code actions stay on).
 */
export class EslintDeferral implements vscode.Disposable {
  /** Folder URI -> does its nearest package.json declare the plugin? */
  private readonly byFolder = new Map<string, Promise<boolean>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly isEslintActive: () => boolean = () => vscode.extensions.getExtension(ESLINT_EXTENSION_ID)?.isActive === true) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/package.json');
    const reset = () => {
      this.byFolder.clear();
      this.changed.fire();
    };
    watcher.onDidChange(reset, undefined, this.disposables);
    watcher.onDidCreate(reset, undefined, this.disposables);
    watcher.onDidDelete(reset, undefined, this.disposables);
    vscode.extensions.onDidChange(() => {
      this.changed.fire();
      this.watchActivation();
    }, undefined, this.disposables);
    this.disposables.push(watcher, this.changed);
    this.watchActivation();
  }

  private activationTimer: ReturnType<typeof setInterval> | undefined;

  /**
   * The ESLint extension activates on its own schedule, and no event says when: while it is
   * installed but not active, look every few seconds (for a minute) and re-publish once it is.
   */
  private watchActivation(): void {
    if (this.activationTimer !== undefined || !vscode.extensions.getExtension(ESLINT_EXTENSION_ID) || this.isEslintActive()) return;
    let checks = 0;
    this.activationTimer = setInterval(() => {
      checks++;
      const active = this.isEslintActive();
      if (active || checks >= 30) {
        clearInterval(this.activationTimer);
        this.activationTimer = undefined;
        if (active) this.changed.fire();
      }
    }, 2000);
  }

  async shouldDefer(document: vscode.TextDocument, deferToESLint: boolean): Promise<boolean> {
    if (!deferToESLint || !this.isEslintActive()) return false;
    return this.projectUsesPlugin(document.uri);
  }

  private projectUsesPlugin(uri: vscode.Uri): Promise<boolean> {
    const folderKey = vscode.Uri.joinPath(uri, '..').toString();
    let answer = this.byFolder.get(folderKey);
    if (!answer) {
      answer = this.readNearestPackageJson(uri);
      this.byFolder.set(folderKey, answer);
    }
    return answer;
  }

  private async readNearestPackageJson(uri: vscode.Uri): Promise<boolean> {
    if (uri.scheme === 'untitled') return false;
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
    for (const dir of packageJsonSearchPath(uri.path, root)) {
      const candidate = uri.with({ path: `${dir.replace(/\/$/, '')}/package.json` });
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(candidate);
      } catch {
        continue;
      }
      // The nearest package.json decides, as for the ESLint config it sits beside.
      return declaresEslintPlugin(new TextDecoder().decode(bytes));
    }
    return false;
  }

  dispose(): void {
    if (this.activationTimer !== undefined) clearInterval(this.activationTimer);
    this.activationTimer = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
