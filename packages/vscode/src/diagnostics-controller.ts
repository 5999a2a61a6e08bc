import * as vscode from 'vscode';
import type { AnalysisCache } from './analysis-cache.js';
import { isAnalysable } from './document-input.js';
import type { EslintConfigOptions } from './eslint-config-options.js';
import type { EslintDeferral } from './eslint-deferral.js';
import { SETTINGS_SECTION } from './pipeline/index.js';
import { toDiagnostic } from './vscode-mapping.js';

/** Pause after the last keystroke before a document is analysed again. */
export const DEBOUNCE_MS = 300;

/**
 * Publishes authlint's diagnostics: on open at once, on edit after a pause (each edit cancels the
 * run it supersedes), cleared on close, all of them gone on dispose.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('authlint');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document, the number of the latest run: an older run that finishes late publishes nothing. */
  private readonly runs = new Map<string, number>();
  /** Runs in progress, by document. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly deferral: EslintDeferral,
    private readonly log: vscode.LogOutputChannel,
    private readonly eslintOptions?: EslintConfigOptions,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  start(): void {
    const { workspace } = vscode;
    workspace.onDidOpenTextDocument((d) => this.schedule(d, 0), undefined, this.disposables);
    workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) this.schedule(e.document, this.debounceMs);
    }, undefined, this.disposables);
    workspace.onDidCloseTextDocument((d) => this.forget(d), undefined, this.disposables);
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) this.revalidateAll();
    }, undefined, this.disposables);
    this.deferral.onDidChange(() => this.revalidateAll(), undefined, this.disposables);
    this.eslintOptions?.onDidChange(() => this.revalidateAll(), undefined, this.disposables);
    this.revalidateAll();
  }

  /** Analyses every open document again (settings changed, ESLint came or went). */
  revalidateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  /** Analyses the document again from scratch after a pause: a module it imports changed. */
  refresh(document: vscode.TextDocument): void {
    this.cache.delete(document);
    this.schedule(document, this.debounceMs);
  }

  schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!isAnalysable(document)) return;
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    const run = this.bump(document.uri);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.validate(document, run);
    }, delayMs));
  }

  /**
   * Resolves once the document has no pending or running analysis (for tests and commands that
   * must see the published state).
   */
  async settled(uri: vscode.Uri, timeoutMs = 30_000): Promise<void> {
    const key = uri.toString();
    const deadline = Date.now() + timeoutMs;
    while (this.timers.has(key) || this.running.has(key)) {
      if (Date.now() > deadline) throw new Error(`authlint: ${uri.toString(true)} did not settle in ${timeoutMs} ms`);
      await (this.running.get(key) ?? new Promise((r) => setTimeout(r, 10)));
    }
  }

  /** Analyses now and publishes, unless a newer run has started meanwhile. */
  validate(document: vscode.TextDocument, run = this.bump(document.uri)): Promise<void> {
    const key = document.uri.toString();
    const done = this.publish(document, run).finally(() => {
      if (this.running.get(key) === done) this.running.delete(key);
    });
    this.running.set(key, done);
    return done;
  }

  private async publish(document: vscode.TextDocument, run: number): Promise<void> {
    const key = document.uri.toString();
    try {
      if (document.isClosed || this.runs.get(key) !== run) return;
      // The project's ESLint config, read once per file (its options and severities apply to the analysis).
      await this.eslintOptions?.ready(document);
      if (document.isClosed || this.runs.get(key) !== run) return;
      const version = document.version;
      const analysis = this.cache.get(document);
      const defer = analysis.status === 'analyzed' && await this.deferral.shouldDefer(document, analysis.settings.deferToESLint);
      // Stale: the document changed or closed, or a newer run began, while we waited.
      if (document.isClosed || document.version !== version || this.runs.get(key) !== run) return;
      if (defer) {
        this.log.debug(`${document.uri.toString(true)}: the ESLint extension reports authlint here (authlint.deferToESLint)`);
        this.collection.delete(document.uri);
        return;
      }
      this.collection.set(document.uri, analysis.diagnostics.map(toDiagnostic));
    } catch (error) {
      this.log.error(`${document.uri.toString(true)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      this.collection.delete(document.uri);
    }
  }

  /** Starts a new run for the document: any older run still going publishes nothing. */
  private bump(uri: vscode.Uri): number {
    const key = uri.toString();
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    return run;
  }

  private forget(document: vscode.TextDocument): void {
    this.cache.delete(document);
    const key = document.uri.toString();
    // The close of an untitled document can arrive after the next one took its URI.
    const reopened = vscode.workspace.textDocuments.find((d) => d !== document && !d.isClosed && d.uri.toString() === key);
    if (reopened) {
      this.schedule(reopened, 0);
      return;
    }
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(key);
    this.bump(document.uri);
    this.running.delete(key);
    this.collection.delete(document.uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.collection.clear();
    this.collection.dispose();
  }
}
