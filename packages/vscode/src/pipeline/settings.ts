import { DEFAULT_CHALLENGE, RULE_IDS, type RuleId } from '@authlint/core';

/** How a rule's findings are shown; `off` does not run the rule. */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The extension's settings (prefix `authlint.`, scope resource), read and checked. */
export interface AuthlintSettings {
  /** `authlint.enable` */
  readonly enable: boolean;
  /** `authlint.severity.<rule>` */
  readonly severity: Readonly<Record<RuleId, SeverityName>>;
  /** `authlint.challenge`: the challenge the add-header fix writes. */
  readonly challenge: string;
  /** `authlint.hover.enabled` */
  readonly hoverEnabled: boolean;
  /** `authlint.maxFileSize`: files with more characters than this are skipped. */
  readonly maxFileSize: number;
  /** `authlint.deferToESLint` */
  readonly deferToESLint: boolean;
}

export const DEFAULT_MAX_FILE_SIZE = 500_000;

export const DEFAULT_SETTINGS: AuthlintSettings = Object.freeze({
  enable: true,
  severity: Object.freeze(Object.fromEntries(RULE_IDS.map((id) => [id, 'warning'])) as Record<RuleId, SeverityName>),
  challenge: DEFAULT_CHALLENGE,
  hoverEnabled: true,
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  deferToESLint: true,
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
  const challenge = get('challenge');
  const maxFileSize = get('maxFileSize');
  return {
    enable: bool(get('enable'), DEFAULT_SETTINGS.enable),
    severity,
    challenge: typeof challenge === 'string' && challenge.trim() !== '' ? challenge.trim() : DEFAULT_SETTINGS.challenge,
    hoverEnabled: bool(get('hover.enabled'), DEFAULT_SETTINGS.hoverEnabled),
    maxFileSize: typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize > 0
      ? Math.floor(maxFileSize)
      : DEFAULT_SETTINGS.maxFileSize,
    deferToESLint: bool(get('deferToESLint'), DEFAULT_SETTINGS.deferToESLint),
  };
}

/** Settings from a partial object, for hosts without VS Code (tests, benchmarks). */
export function settingsFrom(partial: Partial<Omit<AuthlintSettings, 'severity'>> & { severity?: Partial<Record<RuleId, SeverityName>> } = {}): AuthlintSettings {
  return readSettings((key) => {
    if (key.startsWith('severity.')) return partial.severity?.[key.slice('severity.'.length) as RuleId];
    if (key === 'hover.enabled') return partial.hoverEnabled;
    return (partial as Record<string, unknown>)[key];
  });
}
