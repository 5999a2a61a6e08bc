// The core's public surface: what the ESLint plugin, the VS Code extension, the scripts and the
// cross-host tests use. Everything else (sites, edits, the vocabulary) stays inside the core.
export type { Finding, RuleId, Suggestion, TextEdit } from './finding.js';
export { analyze, analyzeStatement, CHECK_WORDS, CHECKS, RULE_IDS, type AnalyzeOptions } from './analyze.js';
export { hasCheckWords, mayCallImportedDenial, prepareFile, recordCheckWords } from './prepare-file.js';
export { ProjectGraph } from './project/project-graph.js';
export type { ProjectHost } from './project/project-host.js';
export type { ProjectPlace } from './project/project-view.js';
export { DEFAULT_CHALLENGE } from './options/challenge.js';
export { DEFAULT_MAX_FILE_SIZE, readMaxFileSizeSetting } from './options/max-file-size.js';
export { defaultsOf, fitsOption, ruleJsonSchema, type RuleOptionTable } from './options/option-schema.js';
export { RULE_OPTIONS, type CheckOptionsById, type RuleOptionsById } from './options/rule-options.js';
export { readVocabularySetting, VOCABULARY_SETTING_SCHEMA, type SharedSettings } from './options/vocabulary-setting.js';
export type { VocabularyExtension } from './options/vocabulary-options.js';
export type { No403ForUnauthenticatedOptions } from './options/no-403-for-unauthenticated.js';
export type { RequireWwwAuthenticateOptions } from './options/require-www-authenticate.js';
export type { No401ForForbiddenOptions } from './options/no-401-for-forbidden.js';
export type { No403ForRateLimitOptions } from './options/no-403-for-rate-limit.js';
export type { RequireLocationOptions } from './options/require-location.js';
export type { RequireAllowOptions } from './options/require-allow.js';
export type { NoBodyWith204304Options } from './options/no-body-with-204-304.js';
export { MESSAGES, messageFor } from './checks/messages.js';
export { qualifiedRuleName, RULE_SUMMARIES, ruleDocsUrl } from './checks/rule-docs.js';
export { statusInfo } from './status/status-codes.js';
export { AUTH_STATUS_GUIDE } from './status/auth-status-guide.js';
export type { StatusInfo } from './status/status-info.js';
export { describeStatusAt } from './hover/describe-status-at.js';
export type { StatusHover } from './hover/status-hover.js';
export { applyEdits, sortEdits } from './edits/text-edits.js';
