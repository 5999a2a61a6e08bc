import { describe, expect, it } from 'vitest';
import { fitsOption } from './option-schema.js';
import { RULE_OPTIONS } from './rule-options.js';
import { unionVocabulary, VOCABULARY_OPTIONS, vocabularyOption } from './vocabulary-options.js';
import { readVocabularySetting, VOCABULARY_SETTING_SCHEMA, vocabularyFor } from './vocabulary-setting.js';

const WHERE = 'settings.authlint.vocabulary';

describe('VOCABULARY_SETTING_SCHEMA', () => {
  it('is a closed object with one name list per vocabulary option, without defaults', () => {
    expect(VOCABULARY_SETTING_SCHEMA.type).toBe('object');
    expect(VOCABULARY_SETTING_SCHEMA.additionalProperties).toBe(false);
    expect(Object.keys(VOCABULARY_SETTING_SCHEMA.properties)).toEqual(VOCABULARY_OPTIONS.map((o) => o.option));
    for (const property of Object.values(VOCABULARY_SETTING_SCHEMA.properties)) {
      expect(property).toEqual({ type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: expect.stringMatching(/, e\.g\. ".+"\.$/) });
    }
  });

  it('declares each list as the rules that take it as their own option declare it', () => {
    for (const [ruleId, table] of Object.entries(RULE_OPTIONS)) {
      for (const [name, option] of Object.entries(table)) {
        if (!(name in VOCABULARY_SETTING_SCHEMA.properties)) continue;
        const { default: _default, ...schema } = option.schema;
        expect(schema, `${ruleId}.${name}`).toEqual(VOCABULARY_SETTING_SCHEMA.properties[name as keyof typeof VOCABULARY_SETTING_SCHEMA.properties]);
      }
    }
  });
});

describe('readVocabularySetting', () => {
  it('takes every list that fits', () => {
    expect(readVocabularySetting({ identityNames: ['member'], permissionNames: ['entitled', 'hasLicense'] }, WHERE)).toEqual({
      vocabulary: { identityNames: ['member'], permissionNames: ['entitled', 'hasLicense'] },
      problems: [],
    });
  });

  it('takes no setting as an empty vocabulary', () => {
    expect(readVocabularySetting(undefined, WHERE)).toEqual({ vocabulary: {}, problems: [] });
    expect(readVocabularySetting(null, WHERE)).toEqual({ vocabulary: {}, problems: [] });
    expect(readVocabularySetting({}, WHERE)).toEqual({ vocabulary: {}, problems: [] });
  });

  it.each([
    ['a string', 'member', 'settings.authlint.vocabulary should be an object of name lists (e.g. { permissionNames: [\'entitled\'] }), not "member"'],
    ['a list', ['member'], 'settings.authlint.vocabulary should be an object of name lists (e.g. { permissionNames: [\'entitled\'] }), not ["member"]'],
    ['a number', 3, 'settings.authlint.vocabulary should be an object of name lists (e.g. { permissionNames: [\'entitled\'] }), not 3'],
  ])('names a setting that is %s, and takes nothing from it', (_name, value, problem) => {
    expect(readVocabularySetting(value, WHERE)).toEqual({ vocabulary: {}, problems: [problem] });
  });

  it('leaves out a list that does not fit or is unknown, names it, and keeps the others', () => {
    const { vocabulary, problems } = readVocabularySetting({
      identityNames: ['member'], permissionNames: 'entitled', authMiddlewareNames: ['gate', 'gate'], rateLimitNames: ['', 'x'], lockoutNames: [1], permisionNames: ['typo'],
    }, WHERE);
    expect(vocabulary).toEqual({ identityNames: ['member'] });
    expect(problems).toEqual([
      'settings.authlint.vocabulary.permissionNames should be a list of distinct, non-empty names, not "entitled"',
      'settings.authlint.vocabulary.authMiddlewareNames should be a list of distinct, non-empty names, not ["gate","gate"]',
      'settings.authlint.vocabulary.rateLimitNames should be a list of distinct, non-empty names, not ["","x"]',
      'settings.authlint.vocabulary.lockoutNames should be a list of distinct, non-empty names, not [1]',
      expect.stringMatching(/^settings\.authlint\.vocabulary\.permisionNames is not a vocabulary list \(known: identityNames, .*permissionNames, /),
    ]);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.identityNames = cyclic;
    for (const value of [Symbol('x'), () => 1, 10n, new Map(), cyclic, { identityNames: undefined }, Object.create(null)]) {
      expect(() => readVocabularySetting(value, WHERE)).not.toThrow();
    }
  });

  it('shortens a long value in its problem', () => {
    const [problem] = readVocabularySetting({ identityNames: 'x'.repeat(200) }, WHERE).problems;
    expect(problem).toBe(`settings.authlint.vocabulary.identityNames should be a list of distinct, non-empty names, not "${'x'.repeat(58)}…`);
  });
});

describe('vocabularyFor and unionVocabulary', () => {
  it('adds a rule\'s own list options to the shared setting, without repeats', () => {
    expect(vocabularyFor({ vocabulary: { permissionNames: ['entitled'], identityNames: ['member'] }, permissionNames: ['hasLicense', 'entitled'], authMiddlewareNames: ['gatekeeper'] })).toEqual({
      identityNames: ['member'], permissionNames: ['entitled', 'hasLicense'], authMiddlewareNames: ['gatekeeper'],
    });
  });

  it('ignores options that are no vocabulary lists (challenge)', () => {
    expect(vocabularyFor({ challenge: 'Basic' } as never)).toEqual({});
    expect(unionVocabulary(undefined, {}, { identityNames: [] })).toEqual({});
  });
});

describe('vocabularyOption', () => {
  it('describes a list with its row\'s examples, and its default fits its schema', () => {
    const option = vocabularyOption('identityNames');
    expect(option.schema.description).toBe('More names that hold the requester\'s identity or credentials (a missing one means 401), e.g. "account", "member".');
    expect(fitsOption(option.schema, option.schema.default)).toBe(true);
    expect(option.host).toBe('all');
  });
});
