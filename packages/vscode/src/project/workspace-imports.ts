import type { ProjectPlace } from '@authlint/core';
import type { OpenFile } from '@authlint/core/file-project-host';
import * as vscode from 'vscode';
import type { AuthlintSettings } from '../pipeline/index.js';
import { loadFileProjectHost } from './load-file-host.js';
import { followsImports, WorkspaceProject } from './workspace-project.js';

/** The files whose change can change what an importer's analysis reads. */
const MODULE_GLOB = '**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}';

/**
 * The workspace's modules that open documents import, for their analyses (`authlint.followImports`):
 * only for `file:` documents on a host with a file system (desktop, remote); a virtual workspace
 * and the web extension analyse each file alone. When a module that some open document's analysis
 * read changes (edited in the editor, closed unsaved, changed on disk), `onStale` is told about
 * that document so that it is analysed again; when a module is created or deleted, about every open document.
 */
export class WorkspaceImports implements vscode.Disposable {
  private project: WorkspaceProject | undefined;
  private projectUnavailable = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** An identity per open document, so that a path reopened at version 1 does not look unchanged. */
  private readonly serials = new WeakMap<vscode.TextDocument, number>();
  private nextSerial = 0;

  constructor(private readonly onStale: (document: vscode.TextDocument) => void) {
    const { workspace } = vscode;
    workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) this.moduleChanged(e.document.uri);
    }, undefined, this.disposables);
    workspace.onDidCloseTextDocument((d) => {
      if (d.isDirty) this.moduleChanged(d.uri);
    }, undefined, this.disposables);
    const watcher = workspace.createFileSystemWatcher(MODULE_GLOB);
    // A module open in the editor is read from its document, whose changes come as edits.
    const onDisk = (uri: vscode.Uri) => {
      if (!this.openDocument(uri.fsPath)) this.moduleChanged(uri);
    };
    watcher.onDidChange(onDisk, undefined, this.disposables);
    watcher.onDidCreate((uri) => this.moduleCreatedOrDeleted(uri), undefined, this.disposables);
    watcher.onDidDelete((uri) => this.moduleCreatedOrDeleted(uri), undefined, this.disposables);
    this.disposables.push(watcher);
  }

  /** Where the document sits in the workspace, or undefined when its imports are not followed. */
  placeFor(document: vscode.TextDocument, settings: AuthlintSettings): ProjectPlace | undefined {
    if (!followsImports(document.uri.scheme, settings)) return undefined;
    return this.workspaceProject()?.placeFor(document.fileName);
  }

  private workspaceProject(): WorkspaceProject | undefined {
    if (this.project || this.projectUnavailable) return this.project;
    const create = loadFileProjectHost();
    if (create) this.project = new WorkspaceProject(create, (path) => this.openFile(path));
    else this.projectUnavailable = true;
    return this.project;
  }

  private moduleChanged(uri: vscode.Uri): void {
    if (!this.project || uri.scheme !== 'file') return;
    const open = vscode.workspace.textDocuments.filter((d) => !d.isClosed && d.uri.scheme === 'file');
    const stale = new Set(this.project.changed(uri.fsPath, open.map((d) => d.fileName)));
    for (const document of open) if (stale.has(document.fileName)) this.onStale(document);
  }

  /** A created module may be what an open document's unresolved import names: every open document is analysed again. */
  private moduleCreatedOrDeleted(uri: vscode.Uri): void {
    if (!this.project || uri.scheme !== 'file') return;
    this.project.createdOrDeleted();
    for (const document of vscode.workspace.textDocuments) if (!document.isClosed && document.uri.scheme === 'file' && document.uri.fsPath !== uri.fsPath) this.onStale(document);
  }

  private openDocument(path: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.scheme === 'file' && d.fileName === path);
  }

  private openFile(path: string): OpenFile | undefined {
    const document = this.openDocument(path);
    if (!document) return undefined;
    let serial = this.serials.get(document);
    if (serial === undefined) this.serials.set(document, (serial = this.nextSerial++));
    return { text: document.getText(), stamp: `${serial}:${document.version}` };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
