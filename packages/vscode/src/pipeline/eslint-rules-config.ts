import { fitsOption, qualifiedRuleName, readVocabularySetting, RULE_IDS, type RuleId } from '@authlint/core';
import { editorOptionsOf, type AuthlintSettings, type SeverityName } from './settings.js';

/** ESLint's rule severities (numbers, or words in any case) as the editor shows them. */
const SEVERITY_OF_ESLINT: Readonly<Record<string, SeverityName>> = {
  '0': 'off',
  'off': 'off',
  '1': 'warning',
  'warn': 'warning',
  '2': 'error',
  'error': 'error',
};

function severityOf(value: unknown): SeverityName | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  return SEVERITY_OF_ESLINT[String(value).toLowerCase()];
}

/** One `rules` entry: `severity` or `[severity, options?]`. */
function readEntry(entry: unknown): { severity: SeverityName; options: Record<string, unknown> } | undefined {
  const [rawSeverity, rawOptions] = Array.isArray(entry) ? entry : [entry];
  const severity = severityOf(rawSeverity);
  if (!severity) return undefined;
  const options = rawOptions && typeof rawOptions === 'object' && !Array.isArray(rawOptions) ? rawOptions as Record<string, unknown> : {};
  return { severity, options };
}

/** Whether ESLint's resolved `rules` configure any authlint rule (an `authlint/<rule>` entry). */
export function configuresAuthlint(rules: unknown): boolean {
  return !!rules && typeof rules === 'object' && RULE_IDS.some((id) => Object.hasOwn(rules, qualifiedRuleName(id)));
}

/**
 * The settings with each rule's severity and options taken from the project's ESLint config, as
 * `ESLint#calculateConfigForFile` resolves it for the file: what CI runs. `undefined` when that
 * config does not configure authlint (no `authlint/<rule>` entry): then the settings apply.
 *
 * Once the config configures authlint, it decides alone, as under ESLint: a rule it leaves out is
 * off, and an option it does not give (or gives in a shape the rule's schema refuses, which ESLint
 * would reject) takes the rule's default, not the editor setting. So does the shared vocabulary: the
 * config's `settings.authlint.vocabulary` (`eslintSettings`, ESLint's resolved `settings`), not
 * `authlint.vocabulary`. The other settings (enable, hovers, maxFileSize, deferToESLint) are the
 * editor's own and stay.
 */
export function settingsWithEslintRules(settings: AuthlintSettings, rules: unknown, eslintSettings?: unknown): AuthlintSettings | undefined {
  if (!configuresAuthlint(rules)) return undefined;
  const entries = rules as Record<string, unknown>;
  const severity = {} as Record<RuleId, SeverityName>;
  const options = {} as Record<RuleId, Record<string, unknown>>;
  for (const id of RULE_IDS) {
    const entry = readEntry(entries[qualifiedRuleName(id)]);
    severity[id] = entry?.severity ?? 'off';
    options[id] = Object.fromEntries(editorOptionsOf(id).map(([name, option]) => {
      const value = entry?.options[name];
      return [name, value !== undefined && fitsOption(option.schema, value) ? value : option.schema.default];
    }));
  }
  const own = eslintSettings && typeof eslintSettings === 'object' ? (eslintSettings as { authlint?: unknown }).authlint : undefined;
  const { vocabulary } = readVocabularySetting(own && typeof own === 'object' ? (own as { vocabulary?: unknown }).vocabulary : undefined, 'settings.authlint.vocabulary');
  return { ...settings, severity, options: options as unknown as AuthlintSettings['options'], vocabulary };
}
