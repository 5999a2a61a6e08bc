// The manifest's settings against the core's option tables: every rule has a severity setting,
// every option the editor honours has a setting with the schema's type, default and description,
// and nothing else sits under a rule's prefix. A rule or option added to the core without its
// setting fails here.
import { DEFAULT_CHALLENGE, DEFAULT_MAX_FILE_SIZE, RULE_IDS, RULE_OPTIONS, VOCABULARY_SETTING_SCHEMA, type RuleOptionTable } from '@authlint/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorOptionsOf, optionSettingKey, SETTINGS_SECTION, SEVERITY_NAMES } from './pipeline/settings.js';

interface ManifestSetting {
  type: string | string[];
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  scope?: string;
  enum?: string[];
  items?: unknown;
  uniqueItems?: boolean;
  minLength?: number;
  properties?: unknown;
  additionalProperties?: boolean;
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, ManifestSetting> } };
};
const settings = manifest.contributes.configuration.properties;
const settingOf = (key: string) => settings[`${SETTINGS_SECTION}.${key}`];

describe('the manifest declares a setting for every rule and every option', () => {
  it.each(RULE_IDS)('%s has a severity setting', (ruleId) => {
    const setting = settingOf(`severity.${ruleId}`);
    expect(setting, `authlint.severity.${ruleId}`).toBeDefined();
    expect(setting!.enum).toEqual([...SEVERITY_NAMES]);
    expect(setting!.scope).toBe('resource');
  });

  const options = RULE_IDS.flatMap((ruleId) => editorOptionsOf(ruleId).map(([name, option]) => ({ ruleId, name, option })));

  it('has options to check, so this cannot pass on nothing', () => {
    expect(options.length).toBeGreaterThanOrEqual(5);
  });

  it.each(options.map((o) => [`${o.ruleId}.${o.name}`, o] as const))('%s', (_key, { ruleId, name, option }) => {
    const key = optionSettingKey(ruleId, name);
    const setting = settingOf(key);
    expect(setting, `authlint.${key}`).toBeDefined();
    expect(setting!.scope).toBe('resource');
    const { default: schemaDefault, description, ...constraints } = option.schema;
    if (name === 'challenge') {
      // Unset (null), the rule takes the shared authlint.challenge, whose default is the schema's.
      expect(setting!.type).toEqual([option.schema.type, 'null']);
      expect(setting!.default).toBeNull();
      expect(setting!.description).toBe(`${description} Unset (null): authlint.challenge.`);
      expect(settingOf('challenge')!.default).toBe(schemaDefault);
      expect(schemaDefault).toBe(DEFAULT_CHALLENGE);
    } else {
      expect(setting!.type).toBe(option.schema.type);
      expect(setting!.default).toEqual(schemaDefault);
      expect(setting!.description).toBe(description);
    }
    const { type: _type, ...rest } = constraints;
    for (const [constraint, value] of Object.entries(rest)) expect(setting![constraint as keyof ManifestSetting], constraint).toEqual(value);
  });

  it('has no setting under a rule\'s prefix that is not one of its options the editor honours', () => {
    for (const ruleId of RULE_IDS) {
      const declared = Object.keys(settings).filter((key) => key.startsWith(`${SETTINGS_SECTION}.${ruleId}.`)).map((key) => key.split('.').pop());
      expect(declared.sort()).toEqual(editorOptionsOf(ruleId).map(([name]) => name).sort());
    }
  });

  it('leaves out only the options that steer ESLint alone', () => {
    const eslintOnly = RULE_IDS.flatMap((ruleId) => Object.entries(RULE_OPTIONS[ruleId] as RuleOptionTable).filter(([, o]) => o.host !== 'all').map(([name]) => `${ruleId}.${name}`));
    expect(eslintOnly).toEqual(['require-www-authenticate.autofix']);
  });
});

describe('authlint.vocabulary', () => {
  it('is the core\'s one schema of the shared vocabulary (ESLint\'s settings.authlint.vocabulary), every list of it', () => {
    const setting = settingOf('vocabulary');
    expect(setting, 'authlint.vocabulary').toBeDefined();
    expect(setting!.type).toBe(VOCABULARY_SETTING_SCHEMA.type);
    expect(setting!.additionalProperties).toBe(VOCABULARY_SETTING_SCHEMA.additionalProperties);
    expect(setting!.properties).toEqual(VOCABULARY_SETTING_SCHEMA.properties);
    expect(Object.keys(setting!.properties as object)).toContain('permissionNames');
    expect(setting!.default).toEqual({});
    expect(setting!.scope).toBe('resource');
    expect(setting!.markdownDescription).toContain(VOCABULARY_SETTING_SCHEMA.description);
  });
});

describe('authlint.maxFileSize', () => {
  it("defaults to the core's limit, which the ESLint plugin applies too (settings.authlint.maxFileSize), so that CI and the editor skip the same files", () => {
    expect(settingOf('maxFileSize')?.default).toBe(DEFAULT_MAX_FILE_SIZE);
  });
});
