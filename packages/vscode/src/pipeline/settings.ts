import { DEFAULT_CHALLENGE, DEFAULT_MAX_FILE_SIZE, fitsOption, readMaxFileSizeSetting, readVocabularySetting, RULE_IDS, RULE_OPTIONS, type RuleId, type RuleOptionsById, type RuleOptionTable, type VocabularyExtension } from '@authlint/core';

/** Every setting's key starts with `authlint.`. */
export const SETTINGS_SECTION = 'authlint';

/** How a rule's findings are shown; `off` does not run the rule. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The extension's settings (prefix `authlint.`, scope resource), read and checked. */
export interface AuthlintSettings {
  /** `authlint.enable` */
  readonly enable: boolean;
  /** `authlint.severity.<rule>` */
  readonly severity: Readonly<Record<RuleId, SeverityName>>;
  /** `authlint.challenge`: the challenge the add-header fix writes, for every rule that does not set its own. */
  readonly challenge: string;
  /**
   * `authlint.<rule>.<option>`: each rule's options as the core takes them, every option the
   * editor honours given (a rule's own `challenge` if set, else `authlint.challenge`).
   */
  readonly options: { readonly [K in RuleId]: RuleOptionsById[K] };
  /** `authlint.vocabulary`: names added to the word lists for every rule (ESLint's `settings.authlint.vocabulary`); a rule's own list options add to them. */
  readonly vocabulary: VocabularyExtension;
  /** `authlint.hover.enabled` */
  readonly hoverEnabled: boolean;
  /** `authlint.maxFileSize`: files with more characters than this are skipped. */
  readonly maxFileSize: number;
  /** `authlint.deferToESLint` */
  readonly deferToESLint: boolean;
  /** `authlint.followImports`: read the workspace modules a file imports (as `settings.authlint.followImports` under ESLint). */
  readonly followImports: boolean;
}

/** The core's default, which the ESLint plugin applies too (`settings.authlint.maxFileSize`). */
export { DEFAULT_MAX_FILE_SIZE };

/** The options of a rule that the editor honours; the others (`autofix`) steer ESLint's `--fix` only. */
export function editorOptionsOf(ruleId: RuleId): [name: string, option: RuleOptionTable[string]][] {
  return Object.entries(RULE_OPTIONS[ruleId] as RuleOptionTable).filter(([, option]) => option.host === 'all');
}

/** The setting key of a rule option, under `authlint.`: `require-www-authenticate.errorHandlerAddsChallenge`. */
export function optionSettingKey(ruleId: RuleId, option: string): string {
  return `${ruleId}.${option}`;
}

/** The option whose rule-level setting falls back to a shared one when unset. */
const SHARED_OPTION = 'challenge';

function trimmedString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** One rule's options from its settings; a value that does not fit the option's schema is ignored. */
function readRuleOptions<K extends RuleId>(ruleId: K, get: SettingGetter, sharedChallenge: string): RuleOptionsById[K] {
  const options: Record<string, unknown> = {};
  for (const [name, option] of editorOptionsOf(ruleId)) {
    const raw = get(optionSettingKey(ruleId, name));
    const value = typeof raw === 'string' ? trimmedString(raw) : raw;
    if (value !== undefined && fitsOption(option.schema, value)) options[name] = value;
    else options[name] = name === SHARED_OPTION ? sharedChallenge : option.schema.default;
  }
  return options as RuleOptionsById[K];
}

function readAllRuleOptions(get: SettingGetter, sharedChallenge: string): AuthlintSettings['options'] {
  return Object.fromEntries(RULE_IDS.map((id) => [id, readRuleOptions(id, get, sharedChallenge)])) as AuthlintSettings['options'];
}

export const DEFAULT_SETTINGS: AuthlintSettings = Object.freeze({
  enable: true,
  severity: Object.freeze(Object.fromEntries(RULE_IDS.map((id) => [id, 'warning'])) as Record<RuleId, SeverityName>),
  challenge: DEFAULT_CHALLENGE,
  options: Object.freeze(readAllRuleOptions(() => undefined, DEFAULT_CHALLENGE)),
  vocabulary: Object.freeze({}),
  hoverEnabled: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  deferToESLint: true,
  followImports: true,
});

/** Reads one setting by its key under `authlint.` (`'severity.require-www-authenticate'`). */
export type SettingGetter = (key: string) => unknown;

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/**
 * Settings from any source (VS Code's configuration, a benchmark's literal), each value checked:
 * a wrong type or value falls back to the default instead of breaking the analysis.
 */
export function readSettings(get: SettingGetter): AuthlintSettings {
  const severity = {} as Record<RuleId, SeverityName>;
  for (const id of RULE_IDS) {
    const value = get(`severity.${id}`);
    severity[id] = SEVERITY_NAMES.includes(value as SeverityName) ? (value as SeverityName) : DEFAULT_SETTINGS.severity[id];
  }
  const challenge = trimmedString(get('challenge')) ?? DEFAULT_SETTINGS.challenge;
  return {
    enable: bool(get('enable'), DEFAULT_SETTINGS.enable),
    severity,
    challenge,
    options: readAllRuleOptions(get, challenge),
    // A list that does not fit its schema is left out, as any other setting that does not fit.
    vocabulary: readVocabularySetting(get('vocabulary'), 'authlint.vocabulary').vocabulary,
    hoverEnabled: bool(get('hover.enabled'), DEFAULT_SETTINGS.hoverEnabled),
    // The ESLint plugin's reading of settings.authlint.maxFileSize; a value that does not fit gives the default.
    maxFileSize: readMaxFileSizeSetting(get('maxFileSize'), 'authlint.maxFileSize').maxFileSize,
    deferToESLint: bool(get('deferToESLint'), DEFAULT_SETTINGS.deferToESLint),
    followImports: bool(get('followImports'), DEFAULT_SETTINGS.followImports),
  };
}

export interface PartialSettings extends Partial<Omit<AuthlintSettings, 'severity' | 'options'>> {
  readonly severity?: Partial<Record<RuleId, SeverityName>>;
  readonly options?: { readonly [K in RuleId]?: RuleOptionsById[K] };
}

/** Settings from a partial object, for hosts without VS Code (tests, benchmarks). */
export function settingsFrom(partial: PartialSettings = {}): AuthlintSettings {
  const optionKeys = new Map(RULE_IDS.flatMap((id) => editorOptionsOf(id).map(([name]) => [optionSettingKey(id, name), [id, name] as const])));
  return readSettings((key) => {
    if (key.startsWith('severity.')) return partial.severity?.[key.slice('severity.'.length) as RuleId];
    if (key === 'hover.enabled') return partial.hoverEnabled;
    const option = optionKeys.get(key);
    if (option) return (partial.options?.[option[0]] as Record<string, unknown> | undefined)?.[option[1]];
    return (partial as Record<string, unknown>)[key];
  });
}
