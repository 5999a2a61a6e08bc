// @ts-check
// `npm run new:rule -- <rule-name> [--status <code>] [--description "<one line>"]`: everything a new
// rule needs so that it passes the meta-tests from its first commit (CONTRIBUTING.md, "Add a rule").
// It writes the new files, then adds the rule to each registry at a marked place (registry-edits.mjs).
// Every edit is made in memory first, so a name that exists or an anchor that moved writes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REGISTRY_EDITS } from './registry-edits.mjs';
import { isKebabCase, namesOf } from './rule-names.mjs';
import { checkSource, docPageSource, optionsSource, pluginRuleSource, ruleTestSource } from './templates.mjs';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = 'Usage: npm run new:rule -- <rule-name> [--status <code>] [--description "Disallow ..."]';

/**
 * The new files of a rule, by repository-relative path.
 * @param {import('./templates.mjs').RuleSpec} spec
 * @returns {[path: string, text: string][]}
 */
function newFiles(spec) {
  const { rule } = spec.names;
  return [
    [`packages/core/src/checks/${rule}.ts`, checkSource(spec)],
    [`packages/core/src/options/${rule}.ts`, optionsSource(spec)],
    [`packages/eslint-plugin/src/rules/${rule}.ts`, pluginRuleSource(spec)],
    [`packages/eslint-plugin/tests/rules/${rule}/express.test.ts`, ruleTestSource(spec)],
    [`packages/eslint-plugin/docs/rules/${rule}.md`, docPageSource(spec)],
  ];
}

/**
 * What is left to do by hand, in order. The meta-tests fail with these same words until it is done.
 * @param {import('./templates.mjs').RuleSpec} spec
 */
function remainingSteps({ names, status }) {
  const { rule } = names;
  const prefilter = status === undefined || status === 401 || status === 403 ? [] : [
    `0. The check's prefilter is statusWords([${status}]) (its _WORDS constant, in CHECK_WORDS of analyze.ts): packages/core/src/prepare-file.ts`,
    `   gives no sites to a check whose words a file lacks. Widen it if the mistake can stand in files without those words.`,
  ];
  return [...prefilter,
    `1. Write the invalid cases in packages/eslint-plugin/tests/rules/${rule}/express.test.ts, with exact suggestion outputs; see them fail.`,
    `   Then one file per framework module beside it (<id>.test.ts: koa, fastify, nest, ...): packages/core/src/sites/framework-registry.test.ts`,
    `   requires one for every rule and every framework that is not generic, and names the files that are missing.`,
    `2. Write the check's logic at TODO(${rule}) in packages/core/src/checks/${rule}.ts, and its message text in packages/core/src/checks/messages.ts.`,
    `   A suggestion's message id starts with "suggest" (and only a suggestion's does); status and header edits are suggestions, never fixes.`,
    `3. Add a fixture that the rule reports, with a suggestion: a file under test/fixtures/<framework>/ and its line in that folder's expected.json.`,
    `   test/fixtures.test.ts, test/cross-host.test.ts and the plugin's meta-test (packages/eslint-plugin/tests/meta.test.ts) require one for every rule.`,
    `   Also a case it reports in examples/src/ (test/sarif.test.ts and test/oxlint.test.ts), and one in the text of test/cross-host.test.ts's`,
    `   "links each rule to the same documentation page"; packages/vscode/src/pipeline/settings.test.ts spells out every rule's settings.`,
    `4. Fill the TODOs of packages/eslint-plugin/docs/rules/${rule}.md and the rule's row in README.md.`,
    `5. An option: add it to packages/core/src/options/${rule}.ts, give it a "### \`name\`" heading on the doc page and a setting`,
    `   "authlint.${rule}.<name>" in packages/vscode/package.json (packages/vscode/src/manifest-settings.test.ts says what it must hold).`,
    `6. npm test (and npm run lint).`,
  ].join('\n');
}

/**
 * @param {string[]} argv
 * @returns {import('./templates.mjs').RuleSpec}
 */
function specFrom(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { status: { type: 'string' }, description: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  const [rule] = positionals;
  if (!isKebabCase(rule)) throw new Error(`"${rule}" is not a kebab-case rule name (lower-case words and numbers joined by hyphens, e.g. no-403-for-rate-limit).`);
  const status = values.status === undefined ? undefined : Number(values.status);
  if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599)) {
    throw new Error(`--status ${values.status}: an HTTP status is a whole number from 100 to 599.`);
  }
  const description = (values.description ?? `TODO: what ${rule} reports, in one line`).trim().replace(/\.$/, '');
  if (description === '' || /[\n\r]/.test(description)) throw new Error('--description: one line of text.');
  return { names: namesOf(rule), description, status };
}

/**
 * Every file the rule adds or changes, with its new text; throws (writing nothing) if the rule exists or an anchor is missing.
 * @param {import('./templates.mjs').RuleSpec} spec
 * @returns {[path: string, text: string][]}
 */
function planFor(spec) {
  const { rule } = spec.names;
  const created = newFiles(spec);
  const existing = created.map(([path]) => path).filter((path) => existsSync(join(REPO_ROOT, path)));
  const ruleIds = readFileSync(join(REPO_ROOT, 'packages/core/src/finding.ts'), 'utf8');
  if (existing.length > 0 || ruleIds.includes(`'${rule}'`)) {
    throw new Error(`The rule ${rule} exists already${existing.length > 0 ? ` (${existing.join(', ')})` : ' (in RuleId)'}.`);
  }
  const edited = REGISTRY_EDITS.map(({ file, edit }) => /** @type {[string, string]} */ (
    [file, edit(readFileSync(join(REPO_ROOT, file), 'utf8'), spec, file)]
  ));
  return [...created, ...edited];
}

function main() {
  const spec = specFrom(process.argv.slice(2));
  const plan = planFor(spec);
  for (const [path, text] of plan) {
    mkdirSync(dirname(join(REPO_ROOT, path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, path), text);
  }
  process.stdout.write(`Scaffolded authlint/${spec.names.rule}:\n${plan.map(([path]) => `  ${path}`).join('\n')}\n\nLeft to do:\n${remainingSteps(spec)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`new:rule: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
