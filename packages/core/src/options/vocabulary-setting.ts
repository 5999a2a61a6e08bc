import { fitsOption, schemaWithoutDefault, type NameListOptionSchema, type RuleOption } from './option-schema.js';
import { unionVocabulary, VOCABULARY_OPTIONS, vocabularyOption, type VocabularyExtension, type VocabularyOptionName } from './vocabulary-options.js';

/**
 * The shared vocabulary: one setting that every rule reads (ESLint `settings.authlint.vocabulary`, the
 * editor's `authlint.vocabulary`), so that a name a team teaches authlint reaches every classifier,
 * including require-www-authenticate's check that a 401 is no-401-for-forbidden's site. In ESLint a rule
 * cannot read another rule's options; it can read `settings`.
 */

/** What a host hands every check beside the rule's own options. */
export interface SharedSettings {
  /** The shared vocabulary, already read (readVocabularySetting). */
  readonly vocabulary?: VocabularyExtension;
}

const VOCABULARY_SETTING_DESCRIPTION
  = 'Names a team adds to authlint\'s vocabulary, for every rule: an object whose keys are the word lists (identityNames, permissionNames, authMiddlewareNames, ...) and whose values are lists of names. A rule\'s own list options add to these.';

/** Each list's option, as a rule's own list option declares it too. */
const LIST_OPTIONS: ReadonlyMap<string, RuleOption<NameListOptionSchema>> = new Map(VOCABULARY_OPTIONS.map(({ option }) => [option, vocabularyOption(option)]));

/** The setting as JSON Schema: a closed object, one name list per vocabulary option (the same schemas as the rules' own list options). */
export const VOCABULARY_SETTING_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  description: VOCABULARY_SETTING_DESCRIPTION,
  properties: Object.fromEntries([...LIST_OPTIONS].map(([name, option]) => [name, schemaWithoutDefault(option.schema)])) as Record<VocabularyOptionName, Omit<NameListOptionSchema, 'default'>>,
} as const;

interface VocabularySetting {
  /** The lists that fit the schema; the others are left out. */
  readonly vocabulary: VocabularyExtension;
  /** One line per value that does not fit, naming it and what it should be; empty when all fit. */
  readonly problems: readonly string[];
}

/**
 * The setting as given (anything: it comes from a config file or the editor's settings), checked
 * against the schema. Never throws: a value that does not fit is left out and named in `problems`,
 * and the rest still applies. `where` names the setting in the problems (`settings.authlint.vocabulary`).
 */
export function readVocabularySetting(value: unknown, where: string): VocabularySetting {
  if (value === undefined || value === null) return { vocabulary: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { vocabulary: {}, problems: [`${where} should be an object of name lists (e.g. { permissionNames: ['entitled'] }), not ${describe(value)}`] };
  }
  const vocabulary: Partial<Record<VocabularyOptionName, readonly string[]>> = {};
  const problems: string[] = [];
  for (const [key, names] of Object.entries(value)) {
    const option = LIST_OPTIONS.get(key);
    if (!option) {
      problems.push(`${where}.${key} is not a vocabulary list (known: ${[...LIST_OPTIONS.keys()].join(', ')})`);
    } else if (!fitsOption(option.schema, names)) {
      problems.push(`${where}.${key} should be a list of distinct, non-empty names, not ${describe(names)}`);
    } else {
      vocabulary[key as VocabularyOptionName] = names as readonly string[];
    }
  }
  return { vocabulary, problems };
}

/** A value as a problem shows it; JSON where it can be (a BigInt or a cycle cannot). */
function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = typeof value === 'object' ? 'an object that is not JSON' : String(value);
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The names a check classifies with: the shared setting's, and the rule's own list options added to them. */
export function vocabularyFor(options: SharedSettings & VocabularyExtension): VocabularyExtension {
  const own: Partial<Record<VocabularyOptionName, readonly string[] | undefined>> = {};
  for (const { option } of VOCABULARY_OPTIONS) own[option] = options[option];
  return unionVocabulary(options.vocabulary, own);
}
