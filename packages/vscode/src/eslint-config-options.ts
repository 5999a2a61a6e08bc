import * as vscode from 'vscode';
import { configuresAuthlint, settingsWithEslintRules } from './pipeline/eslint-rules-config.js';
import type { AuthlintSettings } from './pipeline/index.js';
import { loadProjectEslint, type ProjectEslint } from './project-eslint.js';

/** Where a document's rule options and severities come from. */
export type OptionsSource =
  | { readonly from: 'eslint'; readonly configFile: string; readonly eslintVersion: string; readonly rules: unknown; readonly settings: unknown }
  | { readonly from: 'settings'; readonly reason: string };

/** ESLint's flat config files: a change to any of them re-reads the options. */
const ESLINT_CONFIG_GLOB = '**/eslint.config.{js,mjs,cjs,ts,mts,cts}';

/** Longer than this and a config is taken as hanging: the settings apply, and the analysis goes on. */
const CONFIG_TIMEOUT_MS = 15_000;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * In a trusted workspace whose ESLint flat config configures authlint, the rules' options and
 * severities, and the shared vocabulary (`settings.authlint.vocabulary`), come from that config, through the project's own ESLint (`calculateConfigForFile`), as
 * the ESLint extension gets them: the editor then reports what CI reports. Never in an untrusted
 * workspace (loading the config runs the project's code). Anything that fails (no ESLint, a config
 * that throws or hangs) falls back to the settings, with one line in the output channel.
 *
 * Results are kept per file until an eslint.config.* changes or trust is granted; then every ESLint
 * is made again (it caches the config it loaded) and `onDidChange` fires.
 */
export class EslintConfigOptions implements vscode.Disposable {
  private eslintByCwd = new Map<string, ProjectEslint | Error>();
  private pending = new Map<string, Promise<OptionsSource>>();
  private resolved = new Map<string, OptionsSource>();
  /** Output lines already written since the last reset: each source is said once, not per file. */
  private said = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: vscode.LogOutputChannel, private readonly load: (cwd: string) => ProjectEslint = loadProjectEslint) {
    const watcher = vscode.workspace.createFileSystemWatcher(ESLINT_CONFIG_GLOB);
    const reset = () => this.reset();
    watcher.onDidChange(reset, undefined, this.disposables);
    watcher.onDidCreate(reset, undefined, this.disposables);
    watcher.onDidDelete(reset, undefined, this.disposables);
    vscode.workspace.onDidGrantWorkspaceTrust(reset, undefined, this.disposables);
    this.disposables.push(watcher);
  }

  /** The source for this document, if it is known yet (see `ready`). */
  sourceFor(uri: vscode.Uri): OptionsSource | undefined {
    return this.resolved.get(uri.toString());
  }

  /** The settings to analyse the document with: the ESLint config's rules and shared vocabulary over `settings` when they apply. */
  apply(uri: vscode.Uri, settings: AuthlintSettings): AuthlintSettings {
    const source = this.resolved.get(uri.toString());
    return source?.from === 'eslint' ? settingsWithEslintRules(settings, source.rules, source.settings) ?? settings : settings;
  }

  /** Resolves once the document's source is known; never rejects. */
  ready(document: vscode.TextDocument): Promise<OptionsSource> {
    const key = document.uri.toString();
    let pending = this.pending.get(key);
    if (!pending) {
      const generation = this.pending;
      pending = this.resolve(document).then((source) => {
        if (this.pending === generation) {
          this.resolved.set(key, source);
          this.say(source);
        }
        return source;
      });
      this.pending.set(key, pending);
    }
    return pending;
  }

  private async resolve(document: vscode.TextDocument): Promise<OptionsSource> {
    if (!vscode.workspace.isTrusted) return { from: 'settings', reason: 'the workspace is not trusted, so its ESLint config is not loaded' };
    if (document.uri.scheme !== 'file') return { from: 'settings', reason: 'not a file on disk' };
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const cwd = folder?.uri.fsPath ?? vscode.Uri.joinPath(document.uri, '..').fsPath;
    const eslint = this.eslintFor(cwd);
    if (eslint instanceof Error) return { from: 'settings', reason: `no ESLint from ${cwd}: ${describeError(eslint)}` };
    try {
      const config = await withTimeout(eslint.configFor(document.uri.fsPath), CONFIG_TIMEOUT_MS, 'reading the ESLint config');
      if (!config) return { from: 'settings', reason: 'ESLint ignores this file' };
      if (!config.configFile || !configuresAuthlint(config.rules)) {
        return { from: 'settings', reason: `${config.configFile ? vscode.workspace.asRelativePath(config.configFile) : 'the ESLint config'} does not configure authlint` };
      }
      return { from: 'eslint', configFile: config.configFile, eslintVersion: eslint.version, rules: config.rules, settings: config.settings };
    } catch (error) {
      return { from: 'settings', reason: `the ESLint config failed: ${describeError(error)}` };
    }
  }

  private eslintFor(cwd: string): ProjectEslint | Error {
    let eslint = this.eslintByCwd.get(cwd);
    if (!eslint) {
      try {
        eslint = this.load(cwd);
      } catch (error) {
        eslint = error instanceof Error ? error : new Error(String(error));
      }
      this.eslintByCwd.set(cwd, eslint);
    }
    return eslint;
  }

  private say(source: OptionsSource): void {
    const line = source.from === 'eslint' ? describeOptionsSource(source) : `${describeOptionsSource(source)} (${source.reason})`;
    if (this.said.has(line)) return;
    this.said.add(line);
    this.log.info(line);
  }

  private reset(): void {
    this.eslintByCwd = new Map();
    this.pending = new Map();
    this.resolved = new Map();
    this.said = new Set();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** "authlint: options from eslint.config.js (ESLint 10.15.0)", or "authlint: options from settings". */
export function describeOptionsSource(source: OptionsSource): string {
  return source.from === 'eslint'
    ? `authlint: options from ${vscode.workspace.asRelativePath(source.configFile)} (ESLint ${source.eslintVersion})`
    : 'authlint: options from settings';
}
