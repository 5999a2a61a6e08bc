import type { ProjectPlace } from '@authlint/core';
import type * as vscode from 'vscode';
import { analyzeDocument, type AuthlintSettings, type DocumentAnalysis } from './pipeline/index.js';
import { documentInput } from './document-input.js';
import { settingsFor, settingsKey } from './settings-reader.js';

interface Entry {
  readonly version: number;
  readonly settingsKey: string;
  readonly analysis: DocumentAnalysis;
}

/**
 * The latest analysis of each open document: diagnostics, code actions and hovers on the same
 * document version share one parse. Keyed by the document object, not its URI: an untitled URI is
 * reused by the next untitled document, whose versions start again at 1.
 */
export class AnalysisCache {
  private entries = new WeakMap<vscode.TextDocument, Entry>();

  /**
   * `onAnalysed` is told about each fresh analysis (the output channel); `settingsOf` gives the
   * settings a document is analysed with (its settings, with the project's ESLint config over them);
   * `projectOf` where it sits in the workspace, when its imports can be followed.
   */
  constructor(
    private readonly onAnalysed: (document: vscode.TextDocument, analysis: DocumentAnalysis) => void = () => {},
    private readonly settingsOf: (uri: vscode.Uri) => AuthlintSettings = settingsFor,
    private readonly projectOf: (document: vscode.TextDocument, settings: AuthlintSettings) => ProjectPlace | undefined = () => undefined,
  ) {}

  /** The analysis of the document as it is now; computed when the cached one is stale. */
  get(document: vscode.TextDocument): DocumentAnalysis {
    const settings = this.settingsOf(document.uri);
    const key = settingsKey(settings);
    const cached = this.entries.get(document);
    if (cached && cached.version === document.version && cached.settingsKey === key) return cached.analysis;
    // The cached analysis is of an earlier version (or other settings): its tree is reused where the
    // text did not change, and the analysis is not used again (analyzeDocument consumes it). An
    // unchanged text keeps its tree, and the core its analysis of that tree: when imports start or
    // stop being followed, the text is parsed anew.
    const previous = cached && cached.analysis.settings.followImports === settings.followImports ? cached.analysis : undefined;
    const analysis = analyzeDocument(documentInput(document), settings, previous, this.projectOf(document, settings));
    this.entries.set(document, { version: document.version, settingsKey: key, analysis });
    this.onAnalysed(document, analysis);
    return analysis;
  }

  /** Forgets the document's analysis (closed, or a module it imports changed: its next analysis parses it anew). */
  delete(document: vscode.TextDocument): void {
    this.entries.delete(document);
  }

  clear(): void {
    this.entries = new WeakMap();
  }
}
