/**
 * The extension's pipeline, free of any `vscode` import: usable from Node (tests, benchmarks)
 * exactly as the extension uses it. Exports what the extension's adapters, the benchmarks and the
 * cross-host test use.
 */
export { analyzeDocument, hoverAt, type DocumentAnalysis, type DocumentInput } from './analyze-document.js';
export { disableCommentHoverAt, type DisableCommentHover } from './disable-comment-hover.js';
export { fixAllAction, quickFixesForFindings, type CodeActionData } from './code-actions.js';
export { DIAGNOSTIC_SOURCE, type DiagnosticData, type DiagnosticSeverityName } from './diagnostics.js';
export { SUPPORTED_LANGUAGES } from './parse-source.js';
export type { RangeData } from './positions.js';
export { DEFAULT_SETTINGS, readSettings, SETTINGS_SECTION, settingsFrom, type AuthlintSettings } from './settings.js';
export { declaresEslintPlugin, packageJsonSearchPath } from './eslint-plugin-use.js';
/** Applies non-overlapping edits to a text (what an editor does with a WorkspaceEdit): the core's own. */
export { applyEdits } from '@authlint/core';
