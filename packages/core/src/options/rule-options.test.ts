import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../analyze.js';
import { DEFAULT_CHALLENGE } from './challenge.js';
import { defaultsOf, fitsOption, ruleJsonSchema, type RuleOptionTable } from './option-schema.js';
import { RULE_OPTIONS } from './rule-options.js';

describe.each(RULE_IDS)('the options of %s', (ruleId) => {
  const table: RuleOptionTable = RULE_OPTIONS[ruleId];

  it('describe every option, and each default fits its own schema', () => {
    for (const [name, option] of Object.entries(table)) {
      expect(option.schema.description, name).toMatch(/\S{10,}/);
      expect(fitsOption(option.schema, option.schema.default), name).toBe(true);
    }
  });

  it('give ESLint one closed object schema without defaults, and defaults for every option', () => {
    const [schema] = ruleJsonSchema(table);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(table));
    for (const property of Object.values(schema.properties)) expect(property).not.toHaveProperty('default');
    expect(Object.keys(defaultsOf(table))).toEqual(Object.keys(table));
  });
});

describe('RULE_OPTIONS', () => {
  it('has a table for every rule, and both rules share the challenge option and its default', () => {
    expect(Object.keys(RULE_OPTIONS).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_OPTIONS['no-403-for-unauthenticated'].challenge).toBe(RULE_OPTIONS['require-www-authenticate'].challenge);
    expect(defaultsOf(RULE_OPTIONS['require-www-authenticate'])).toEqual({ challenge: DEFAULT_CHALLENGE, errorHandlerAddsChallenge: false, resourceMetadataUrl: '', autofix: false });
    expect(defaultsOf(RULE_OPTIONS['no-403-for-unauthenticated'])).toEqual({ identityNames: [], permissionNames: [], challenge: DEFAULT_CHALLENGE });
  });
});

describe('fitsOption', () => {
  const { identityNames } = RULE_OPTIONS['no-403-for-unauthenticated'];
  const { challenge, errorHandlerAddsChallenge } = RULE_OPTIONS['require-www-authenticate'];

  it.each([
    ['a name list', identityNames.schema, ['account', 'member'], true],
    ['an empty name list', identityNames.schema, [], true],
    ['a name list with an empty name', identityNames.schema, ['account', ''], false],
    ['a name list with a repeated name', identityNames.schema, ['account', 'account'], false],
    ['a name list with a number', identityNames.schema, ['account', 1], false],
    ['a string for a name list', identityNames.schema, 'account', false],
    ['a challenge', challenge.schema, 'Basic realm="api"', true],
    ['an empty challenge', challenge.schema, '', false],
    ['null for a challenge', challenge.schema, null, false],
    ['a boolean', errorHandlerAddsChallenge.schema, true, true],
    ['a string for a boolean', errorHandlerAddsChallenge.schema, 'true', false],
    ['undefined for a boolean', errorHandlerAddsChallenge.schema, undefined, false],
  ] as const)('%s', (_name, schema, value, fits) => {
    expect(fitsOption(schema, value)).toBe(fits);
  });
});
