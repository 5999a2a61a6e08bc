import { readMaxFileSizeSetting, readVocabularySetting, type SharedSettings } from '@authlint/core';
import type { TSESLint } from '@typescript-eslint/utils';

/** Where the shared vocabulary sits in an ESLint config: `settings: { authlint: { vocabulary: { ... } } }`. */
const VOCABULARY_SETTING = 'settings.authlint.vocabulary';
const MAX_FILE_SIZE_SETTING = 'settings.authlint.maxFileSize';

/** The plugin's own message, beside the core's: the editor reads its settings itself and ignores a value that does not fit. */
export const SHARED_SETTINGS_MESSAGES = {
  invalidSetting: 'authlint ignores part of its settings, which do not fit their schema: {{problems}}. Fix the ESLint config (see the README, "Configuration").',
} as const;

/** The files whose setting problems one rule has already reported: every authlint rule reads the setting, one says what is wrong. */
const reported = new WeakSet<object>();

/** What every rule reads from `settings.authlint` beside its own options, and what does not fit there. */
interface SettingsReading {
  readonly shared: SharedSettings;
  /** Files longer than this are not analysed (the core's DEFAULT_MAX_FILE_SIZE unless set). */
  readonly maxFileSize: number;
  readonly problems: readonly string[];
}

function readSettings(own: unknown): SettingsReading {
  const object = own && typeof own === 'object' ? (own as { vocabulary?: unknown; maxFileSize?: unknown }) : {};
  const vocabulary = readVocabularySetting(object.vocabulary, VOCABULARY_SETTING);
  const size = readMaxFileSizeSetting(object.maxFileSize, MAX_FILE_SIZE_SETTING);
  return { shared: { vocabulary: vocabulary.vocabulary }, maxFileSize: size.maxFileSize, problems: [...vocabulary.problems, ...size.problems] };
}

/** The reading of each `settings.authlint` object: every rule of every file asks, and a config holds one. */
const readings = new WeakMap<object, SettingsReading>();
const NO_SETTINGS = readSettings(undefined);

function readingOf(own: unknown): SettingsReading {
  if (!own || typeof own !== 'object') return own === undefined ? NO_SETTINGS : readSettings(own);
  let reading = readings.get(own);
  if (!reading) readings.set(own, (reading = readSettings(own)));
  return reading;
}

/** What a rule reads from `settings.authlint`, and `reportProblems` when part of it does not fit (undefined when all of it does). */
export interface SharedSettingsReading extends Omit<SettingsReading, 'problems'> {
  readonly reportProblems?: () => void;
}

/**
 * The settings every authlint rule reads beside its own options, from ESLint's `settings.authlint`
 * (`vocabulary`, `maxFileSize`). ESLint validates rule options against their schemas but never `settings`, so this checks the values
 * against the same schemas (the core's `VOCABULARY_SETTING_SCHEMA`, readMaxFileSizeSetting): a value that does not fit is left
 * out, and `reportProblems` has the first authlint rule to call it on a file report what is wrong with it, at the top of
 * the file (`invalidSetting`), instead of throwing and stopping the lint run.
 */
export function sharedSettingsOf<MessageIds extends string>(context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>): SharedSettingsReading {
  const { shared, maxFileSize, problems } = readingOf(context.settings.authlint);
  if (problems.length === 0) return { shared, maxFileSize };
  const reportProblems = (): void => {
    if (reported.has(context.sourceCode.ast)) return;
    reported.add(context.sourceCode.ast);
    context.report({ messageId: 'invalidSetting' as MessageIds, data: { problems: problems.join('; ') }, loc: { line: 1, column: 0 } });
  };
  return { shared, maxFileSize, reportProblems };
}
