// @ts-check
// The files a new rule starts with, as template literals: one function per file, each taking the
// rule's names, its one-line description and the status it looks at (if any).

/**
 * @typedef {import('./rule-names.mjs').RuleNames} RuleNames
 * @typedef {object} RuleSpec
 * @property {RuleNames} names
 * @property {string} description one line, in the imperative of ESLint's rule docs ("Disallow ...")
 * @property {number | undefined} status the only status whose response sites the check looks at
 */

/** @param {string} text */
export const quoted = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** @param {RuleSpec} spec */
export function checkSource({ names, description, status }) {
  const statusFilter = status === undefined
    ? ''
    : `    if (site.status.code !== ${status}) continue;\n`;
  const authWords = status === undefined || status === 401 || status === 403;
  const wordsImport = authWords
    ? `import { MAY_HOLD_AUTH_STATUS } from '../prepare-file.js';\n`
    : `import { statusWords } from '../status/status-words.js';\n`;
  const words = authWords ? 'MAY_HOLD_AUTH_STATUS' : `statusWords([${status}])`;
  return `import type { Finding } from '../finding.js';
${wordsImport}import type { PreparedFile } from './check-context.js';

/** The prefilter (CHECK_WORDS in analyze.ts): a file without these words cannot hold the mistake, and gets no sites. */
export const ${names.words} = ${words};

/**
 * ${description}.
 * Takes \`options: ${names.optionsType}\` (options/${names.rule}.ts) as its second parameter once the rule has options.
 */
export function ${names.check}(file: PreparedFile): Finding[] {
  if (!file.context) return [];
  const findings: Finding[] = [];
  for (const site of file.sites) {
${statusFilter}    // TODO(${names.rule}): decide from \`site\` (its status, delivery, header evidence) and
    // \`file.context\` whether this is the mistake; then push a finding with a message id of
    // checks/messages.ts, e.g.
    //   findings.push({ ruleId: '${names.rule}', messageId: '${names.camel}', data: {}, range: [...site.status.node.range], suggestions: [] });
    // Precision first: report only what the code shows for certain.
${status === undefined ? '    void site;\n' : ''}  }
  return findings;
}
`;
}

/** @param {RuleSpec} spec */
export function optionsSource({ names }) {
  return `import type { OptionsOf } from './option-schema.js';

/**
 * The options of ${names.rule}: none yet. An option added here (see option-schema.ts: \`nameListOption\`,
 * \`booleanOption\`) reaches ESLint's schema and defaults by itself; it also needs its \`### \\\`name\\\`\`
 * heading on the rule's doc page and its setting in packages/vscode/package.json (the meta-tests say so).
 */
export const ${names.optionsTable} = {} as const;

export type ${names.optionsType} = OptionsOf<typeof ${names.optionsTable}>;
`;
}

/** @param {RuleSpec} spec */
export function messagesEntry({ names, description }) {
  return `  ${quoted(names.rule)}: {
    // TODO(${names.rule}): what the finding tells the user, and why; {{placeholders}} come from Finding.data.
    ${names.camel}: ${quoted(`${description}.`)},
    analysisFailed: 'authlint could not analyse this file, so it reports nothing here: {{error}}. Please report this with the file\\'s shape.',
  },
`;
}

/** @param {RuleSpec} spec The description comes from the core's RULE_SUMMARIES entry (registry-edits.mjs). */
export function pluginRuleSource({ names }) {
  return `import { createCoreRule } from '../create-core-rule.js';

export default createCoreRule(${quoted(names.rule)}, {
  type: 'problem',
  docs: { recommended: 'recommended' },
});
`;
}

/** @param {RuleSpec} spec */
export function ruleTestSource({ names, status }) {
  const otherStatus = status === 200 ? 204 : 200;
  return `import rule from '../../../src/rules/${names.rule}.js';
import { createRuleTester } from '../../rule-tester.js';

// One file per framework (tests/rules/<rule>/<framework>.test.ts); this one is Express.
createRuleTester().run('${names.rule} (express)', rule, {
  valid: [
    ${status === undefined
      ? '// A handler that sends no status.\n    `app.get(\'/\', (req, res) => { res.json({ ok: true }); });`,'
      : `// Another status than ${status} is not this rule's.\n    \`app.get('/', (req, res) => { res.status(${otherStatus}).end(); });\`,`}
    // Not a status: a body field, a comparison.
    \`app.get('/', (req, res) => { res.json({ status: ${status ?? 401} }); });\`,
    \`if (res.statusCode === ${status ?? 401}) retry();\`,
  ],
  invalid: [
    // TODO(${names.rule}): the cases the check reports, each with its messageId, line, column and, for every
    // suggestion, its messageId and exact output. Write them before the check's logic, and see them fail.
  ],
});
`;
}

/** @param {RuleSpec} spec */
export function docPageSource({ names, description, status }) {
  return `# authlint/${names.rule}

${description}.

💼 On in \`recommended\` (warn) and \`strict\` (error).

## What it catches

TODO(${names.rule}): the shapes it reports${status === undefined ? '' : `, on responses that send or throw ${status}`}, and what it reads to decide.

## Why

TODO(${names.rule}): the RFC or the framework's documentation that says so, quoted.

## Examples

### Incorrect

\`\`\`ts
// TODO(${names.rule})
\`\`\`

### Correct

\`\`\`ts
// TODO(${names.rule})
\`\`\`

## What it never reports

TODO(${names.rule}): what the rule leaves alone on purpose (precision before recall).

## Options

This rule has no options.

## When not to use it

TODO(${names.rule})

## Further reading

- TODO(${names.rule})
`;
}

/** @param {RuleSpec} spec */
export function readmeRow({ names, description }) {
  return `| [\`authlint/${names.rule}\`](packages/eslint-plugin/docs/rules/${names.rule}.md) | ${description} | recommended, strict | |\n`;
}
