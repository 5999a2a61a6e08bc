/**
 * The extension's pipeline, free of any `vscode` import: usable from Node (tests, benchmarks)
 * exactly as the extension uses it.
 */
export { analyzeDocument, hoverAt, type AnalysisStatus, type DocumentAnalysis, type DocumentInput, type HoverData } from './analyze-document.js';
export { disableLineEdit, fixAllAction, fixAllEdits, FIX_ALL_KIND, preferredSuggestion, quickFixesFor, suggestionTitle, type CodeActionData } from './code-actions.js';
export { DIAGNOSTIC_SOURCE, toDiagnostic, type DiagnosticData, type DiagnosticSeverityName } from './diagnostics.js';
export { applyDisableDirectives, type CommentLike } from './disable-directives.js';
export { escapeMarkdown, hoverMarkdown } from './hover-markdown.js';
export { reparse, type ParseKind, type ParsedSource, type Reparsed } from './incremental-parse.js';
export { isJsxPath, isParserLoaded, mayHoldDisableDirective, parsePathFor, parseSource, SUPPORTED_EXTENSION, SUPPORTED_LANGUAGES, useParser, type ParseFunction, type ParseResult } from './parse-source.js';
export { LineIndex, type PositionData, type RangeData } from './positions.js';
export { docUrlFor, DOCS_BASE_URL, qualifiedRuleName } from './rule-docs.js';
export { DEFAULT_MAX_FILE_SIZE, DEFAULT_SETTINGS, readSettings, SETTINGS_SECTION, SEVERITY_NAMES, settingsFrom, type AuthlintSettings, type SettingGetter, type SeverityName } from './settings.js';
export { declaresEslintPlugin, ESLINT_PLUGIN_PACKAGE, packageJsonSearchPath } from './eslint-plugin-use.js';
/** Applies non-overlapping edits to a text (what an editor does with a WorkspaceEdit): the core's own. */
export { applyEdits } from '@authlint/core';
