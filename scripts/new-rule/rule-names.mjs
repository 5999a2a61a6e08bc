// @ts-check
// The spellings of one rule name that the scaffold writes into the sources.

/** A rule name: lower-case words and numbers joined by single hyphens (`no-403-for-rate-limit`). */
const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * @param {string} name
 * @returns {boolean}
 */
export function isKebabCase(name) {
  return KEBAB_CASE.test(name);
}

/**
 * @typedef {object} RuleNames
 * @property {string} rule the rule id, as written: `no-toy-status`
 * @property {string} camel `noToyStatus` (the plugin's import name, the first message id)
 * @property {string} pascal `NoToyStatus`
 * @property {string} check the core check's function: `checkNoToyStatus`
 * @property {string} optionsType the options' TS type: `NoToyStatusOptions`
 * @property {string} optionsTable the options table's constant: `NO_TOY_STATUS_OPTIONS`
 * @property {string} words the check's prefilter constant: `NO_TOY_STATUS_WORDS`
 */

/**
 * @param {string} rule a kebab-case rule name
 * @returns {RuleNames}
 */
export function namesOf(rule) {
  const words = rule.split('-');
  const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return {
    rule,
    camel: pascal[0].toLowerCase() + pascal.slice(1),
    pascal,
    check: `check${pascal}`,
    optionsType: `${pascal}Options`,
    optionsTable: `${words.join('_').toUpperCase()}_OPTIONS`,
    words: `${words.join('_').toUpperCase()}_WORDS`,
  };
}
