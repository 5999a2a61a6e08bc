// @ts-check
// The edits the scaffold makes to the files that list every rule. Each edit finds one anchor in the
// file's current text and inserts beside it; a missing anchor stops the scaffold with the file, the
// anchor and what to do, before any file is written.

import { messagesEntry, quoted, readmeRow } from './templates.mjs';

/** @typedef {import('./templates.mjs').RuleSpec} RuleSpec */

/** An anchor that is not in a file: the file changed shape, and the scaffold must follow it. */
export class MissingAnchorError extends Error {
  /**
   * @param {string} file
   * @param {string} anchor
   */
  constructor(file, anchor) {
    super(`${file}: the scaffold's anchor is missing: ${anchor}. The file changed shape; update scripts/new-rule/registry-edits.mjs, or make this edit by hand.`);
    this.name = 'MissingAnchorError';
  }
}

/**
 * The text with `insertion` placed after the last match of `line` (a whole-line pattern).
 * @param {string} file
 * @param {string} text
 * @param {RegExp} line
 * @param {string} insertion whole lines, ending in a newline
 */
function afterLastLine(file, text, line, insertion) {
  const matches = [...text.matchAll(new RegExp(`^${line.source}$\\n`, 'gm'))];
  const last = matches.at(-1);
  if (!last || last.index === undefined) throw new MissingAnchorError(file, `a line matching /${line.source}/`);
  const end = last.index + last[0].length;
  return text.slice(0, end) + insertion + text.slice(end);
}

/**
 * The text with `insertion` placed before the first line matching `closing` that follows the line
 * matching `opening`: the end of one object literal.
 * @param {string} file
 * @param {string} text
 * @param {RegExp} opening
 * @param {RegExp} closing
 * @param {string} insertion
 */
function beforeClosingLine(file, text, opening, closing, insertion) {
  const open = new RegExp(`^${opening.source}.*$`, 'm').exec(text);
  if (!open) throw new MissingAnchorError(file, `a line starting /${opening.source}/`);
  const rest = text.slice(open.index + open[0].length);
  const close = new RegExp(`^${closing.source}$`, 'm').exec(rest);
  if (!close) throw new MissingAnchorError(file, `a line /${closing.source}/ closing the object that /${opening.source}/ opens`);
  const at = open.index + open[0].length + close.index;
  return text.slice(0, at) + insertion + text.slice(at);
}

/**
 * @param {string} file
 * @param {string} text
 * @param {RegExp} pattern with one group: the list to extend
 * @param {(list: string) => string} extend
 */
function replaceOnce(file, text, pattern, extend) {
  const match = pattern.exec(text);
  if (!match || match.index === undefined) throw new MissingAnchorError(file, `/${pattern.source}/`);
  const whole = match[0];
  return text.slice(0, match.index) + whole.replace(match[1], extend(match[1])) + text.slice(match.index + whole.length);
}

/**
 * One registry: the file it lives in, and how the new rule is added to its text.
 * @typedef {object} RegistryEdit
 * @property {string} file repository-relative path
 * @property {(text: string, spec: RuleSpec, file: string) => string} edit
 */

/** @type {readonly RegistryEdit[]} */
export const REGISTRY_EDITS = [
  {
    file: 'packages/core/src/finding.ts',
    edit: (text, { names }, file) => replaceOnce(file, text, /^export type RuleId = ([^;]+);$/m, (ids) => `${ids} | '${names.rule}'`),
  },
  {
    file: 'packages/core/src/analyze.ts',
    edit: (text, { names }, file) => beforeClosingLine(file, beforeClosingLine(file,
      afterLastLine(file, text, /import \{ check\w+(?:, [A-Z0-9_]+_WORDS)? \} from '\.\/checks\/[\w-]+\.js';/,
        `import { ${names.check}, ${names.words} } from './checks/${names.rule}.js';\n`),
      /export const CHECKS\b/, /\};/, `  '${names.rule}': ${names.check},\n`),
      /export const CHECK_WORDS\b/, /\};/, `  '${names.rule}': ${names.words},\n`),
  },
  {
    file: 'packages/core/src/checks/messages.ts',
    edit: (text, spec, file) => beforeClosingLine(file, text, /export const MESSAGES\b/, /\};/, messagesEntry(spec)),
  },
  {
    // The one-line summary: the plugin rule's `meta.docs.description` (createCoreRule reads it) and the editor's hovers.
    file: 'packages/core/src/checks/rule-docs.ts',
    edit: (text, { names, description }, file) => beforeClosingLine(file, text, /export const RULE_SUMMARIES\b/, /\};/,
      `  ${quoted(names.rule)}: ${quoted(description)},\n`),
  },
  {
    file: 'packages/core/src/options/rule-options.ts',
    edit: (text, { names }, file) => beforeClosingLine(file,
      afterLastLine(file, text, /import \{ \w+_OPTIONS \} from '\.\/[\w-]+\.js';/, `import { ${names.optionsTable} } from './${names.rule}.js';\n`),
      /export const RULE_OPTIONS\b/, /\} as const satisfies .*/, `  '${names.rule}': ${names.optionsTable},\n`),
  },
  {
    file: 'packages/core/src/index.ts',
    edit: (text, { names }, file) => afterLastLine(file, text, /export type \{ \w+Options \} from '\.\/options\/[\w-]+\.js';/,
      `export type { ${names.optionsType} } from './options/${names.rule}.js';\n`),
  },
  {
    file: 'packages/eslint-plugin/src/rules/index.ts',
    edit: (text, { names }, file) => beforeClosingLine(file,
      afterLastLine(file, text, /import \w+ from '\.\/[\w-]+\.js';/, `import ${names.camel} from './${names.rule}.js';\n`),
      /export const rules\b/, /\};/, `  '${names.rule}': ${names.camel},\n`),
  },
  {
    file: 'packages/eslint-plugin/src/index.ts',
    edit: (text, { names }, file) => replaceOnce(file, text, /^export type \{ ([\w, ]+Options) \} from '@authlint\/core';$/m,
      (types) => `${types}, ${names.optionsType}`),
  },
  {
    file: 'packages/vscode/package.json',
    edit: (text, spec, file) => withSeveritySetting(file, text, spec),
  },
  {
    // The oxlint test runs exactly the rules listed here, and ESLint with the same list beside it.
    file: 'test/oxlint/.oxlintrc.json',
    edit: (text, { names }, file) => beforeClosingLine(file, text, /  "rules": \{/, /  \}/,
      `    "authlint/${names.rule}": "warn"\n`).replace(/("authlint\/[\w-]+": "warn")\n(    "authlint\/[\w-]+": "warn"\n  \})/, '$1,\n$2'),
  },
  {
    file: 'test/oxlint/oxlint-configs.ts',
    edit: (text, { names }, file) => beforeClosingLine(file, text, /export const AUTHLINT_ONLY\b/, /  \} satisfies Linter\.RulesRecord,/,
      `    'authlint/${names.rule}': 'warn',\n`),
  },
  {
    file: 'README.md',
    edit: (text, spec, file) => afterLastLine(file, text, /\| \[`authlint\/[\w-]+`\]\(packages\/eslint-plugin\/docs\/rules\/[\w-]+\.md\) \|.*/, readmeRow(spec)),
  },
];

/**
 * The extension's manifest with `authlint.severity.<rule>` after the last rule's severity setting,
 * made like it (its enum, descriptions and scope). The rule's options have no settings because a new
 * rule has no options; each option added later needs one (packages/vscode/src/manifest-settings.test.ts).
 * @param {string} file
 * @param {string} text
 * @param {RuleSpec} spec
 */
function withSeveritySetting(file, text, { names, description }) {
  /** @type {{ contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } }} */
  const manifest = JSON.parse(text);
  const properties = Object.entries(manifest.contributes?.configuration?.properties ?? {});
  const lastSeverity = properties.findLastIndex(([key]) => key.startsWith('authlint.severity.'));
  if (lastSeverity === -1) throw new MissingAnchorError(file, 'a setting "authlint.severity.<rule>" in contributes.configuration.properties');
  const [, model] = properties[lastSeverity];
  const url = `https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/${names.rule}.md`;
  const setting = {
    ...model,
    markdownDescription: `How findings of [\`authlint/${names.rule}\`](${url}) are shown: ${description[0].toLowerCase()}${description.slice(1)}.`,
  };
  properties.splice(lastSeverity + 1, 0, [`authlint.severity.${names.rule}`, setting]);
  manifest.contributes.configuration.properties = Object.fromEntries(properties);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
