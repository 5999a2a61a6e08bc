import * as vscode from 'vscode';
import { AnalysisCache } from './analysis-cache.js';
import { AuthlintCodeActionProvider } from './code-action-provider.js';
import { registerCommands } from './commands/index.js';
import { DiagnosticsController } from './diagnostics-controller.js';
import { DisableCommentHoverProvider } from './disable-comment-hover-provider.js';
import { DOCUMENT_SELECTOR } from './document-input.js';
import { EslintConfigOptions } from './eslint-config-options.js';
import { EslintDeferral } from './eslint-deferral.js';
import { StatusHoverProvider } from './hover-provider.js';
import { OptionsSourceStatus } from './options-source-status.js';
import { analysisLogger } from './output-log.js';
import { WorkspaceImports } from './project/workspace-imports.js';
import { settingsFor } from './settings-reader.js';

/** What `activate` returns: lets the integration suite wait for published diagnostics. */
export interface AuthlintExtensionApi {
  diagnosticsSettled(uri: vscode.Uri, timeoutMs?: number): Promise<void>;
}

/**
 * Activation stays light: the parser (typescript-estree and TypeScript) loads on the first analysis.
 * Every object is owned by `context.subscriptions`: no module state outlives the extension.
 */
export function activate(context: vscode.ExtensionContext): AuthlintExtensionApi {
  const log = vscode.window.createOutputChannel('authlint', { log: true });
  const eslintOptions = new EslintConfigOptions(log);
  // A module that an open document imports changed: that document is analysed again.
  const imports = new WorkspaceImports((document) => diagnostics.refresh(document));
  const cache = new AnalysisCache(analysisLogger(log), (uri) => eslintOptions.apply(uri, settingsFor(uri)), (document, settings) => imports.placeFor(document, settings));
  const deferral = new EslintDeferral();
  const diagnostics = new DiagnosticsController(cache, deferral, log, eslintOptions);

  context.subscriptions.push(
    log,
    eslintOptions,
    imports,
    new OptionsSourceStatus(eslintOptions),
    deferral,
    diagnostics,
    vscode.languages.registerCodeActionsProvider(DOCUMENT_SELECTOR, new AuthlintCodeActionProvider(cache), {
      providedCodeActionKinds: AuthlintCodeActionProvider.providedCodeActionKinds,
    }),
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new StatusHoverProvider(cache, log)),
    vscode.languages.registerHoverProvider(DOCUMENT_SELECTOR, new DisableCommentHoverProvider(cache)),
    ...registerCommands({ log, cache, diagnostics, extensionUri: context.extensionUri }),
    { dispose: () => cache.clear() },
  );
  diagnostics.start();
  log.info(`authlint ${String(context.extension.packageJSON.version ?? '')} activated`);
  return { diagnosticsSettled: (uri, timeoutMs) => diagnostics.settled(uri, timeoutMs) };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
