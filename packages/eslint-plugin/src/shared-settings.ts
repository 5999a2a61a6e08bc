import { readVocabularySetting, type SharedSettings } from '@authlint/core';
import type { TSESLint } from '@typescript-eslint/utils';

/** Where the shared vocabulary sits in an ESLint config: `settings: { authlint: { vocabulary: { ... } } }`. */
const VOCABULARY_SETTING = 'settings.authlint.vocabulary';

/** The plugin's own message, beside the core's: the editor reads its settings itself and ignores a value that does not fit. */
export const SHARED_SETTINGS_MESSAGES = {
  invalidSetting: 'authlint ignores part of its settings, which do not fit their schema: {{problems}}. Fix the ESLint config (see the README, "Configuration").',
} as const;

/** The files whose setting problems one rule has already reported: every authlint rule reads the setting, one says what is wrong. */
const reported = new WeakSet<object>();

/**
 * The settings every authlint rule reads beside its own options, from ESLint's `settings.authlint`.
 * ESLint validates rule options against their schemas but never `settings`, so this checks the value
 * against the same schema (the core's `VOCABULARY_SETTING_SCHEMA`): a value that does not fit is left
 * out, and the first authlint rule to run on the file reports what is wrong with it, at the top of
 * the file (`invalidSetting`), instead of throwing and stopping the lint run.
 */
export function sharedSettingsOf<MessageIds extends string>(context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>): SharedSettings {
  const own = context.settings.authlint;
  const value = own && typeof own === 'object' ? (own as { vocabulary?: unknown }).vocabulary : undefined;
  const { vocabulary, problems } = readVocabularySetting(value, VOCABULARY_SETTING);
  if (problems.length > 0 && !reported.has(context.sourceCode.ast)) {
    reported.add(context.sourceCode.ast);
    context.report({ messageId: 'invalidSetting' as MessageIds, data: { problems: problems.join('; ') }, loc: { line: 1, column: 0 } });
  }
  return { vocabulary };
}
