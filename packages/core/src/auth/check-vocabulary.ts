import { vocabularyFor, type SharedSettings } from '../options/vocabulary-setting.js';
import type { VocabularyExtension } from '../options/vocabulary-options.js';
import { createVocabulary, type AuthVocabulary } from './vocabulary.js';

/*
 * The vocabulary each check classifies with, compiled once per options object: a host hands the same
 * object to every file of a config (the ESLint plugin keeps one per rule options and shared settings).
 */

const byCheckOptions = new WeakMap<object, AuthVocabulary>();
const bySharedVocabulary = new WeakMap<object, AuthVocabulary>();
const NO_SHARED_VOCABULARY = {};

/** The vocabulary a check classifies with: the shared setting's names and the rule's own (vocabularyFor), compiled. */
export function checkVocabulary(options: SharedSettings & VocabularyExtension): AuthVocabulary {
  let vocabulary = byCheckOptions.get(options);
  if (!vocabulary) byCheckOptions.set(options, (vocabulary = createVocabulary(vocabularyFor(options))));
  return vocabulary;
}

/** The vocabulary of the shared setting alone: what another rule's check sees of it (require-www-authenticate asks no-401-for-forbidden's question). */
export function sharedVocabulary(options: SharedSettings): AuthVocabulary {
  const key = options.vocabulary ?? NO_SHARED_VOCABULARY;
  let vocabulary = bySharedVocabulary.get(key);
  if (!vocabulary) bySharedVocabulary.set(key, (vocabulary = createVocabulary(options.vocabulary)));
  return vocabulary;
}
