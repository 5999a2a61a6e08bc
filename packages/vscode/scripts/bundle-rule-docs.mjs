// Copies the rules' documentation pages (packages/eslint-plugin/docs/rules/*.md) into the extension,
// as dist/docs/rules/<rule>.md, each with a link to its web page at the top: "Show Rule
// Documentation" opens them in the Markdown preview, offline and before the docs are published.
// Run by esbuild.mjs after every build; the .vsix ships dist/docs (see .vscodeignore).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RULE_DOCS_SOURCE = path.resolve(here, '../eslint-plugin/docs/rules');
export const BUNDLED_RULE_DOCS = path.join(here, 'dist', 'docs', 'rules');

/** Where a page lives on the web; the same address as the core's ruleDocsUrl (the bundle test compares them). */
const WEB_BASE_URL = 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/';

export function webUrlOf(fileName) {
  return `${WEB_BASE_URL}${fileName}`;
}

/** The page as the extension ships it: the web link first, then the page as written. */
export function withWebLink(markdown, fileName) {
  return `> Bundled with the authlint extension. [Open this page on the web](${webUrlOf(fileName)}) for the latest version.\n\n${markdown}`;
}

/** Writes every page into `outDir`; returns the file names written. */
export function bundleRuleDocs({ from = RULE_DOCS_SOURCE, outDir = BUNDLED_RULE_DOCS } = {}) {
  const pages = readdirSync(from).filter((name) => name.endsWith('.md')).sort();
  mkdirSync(outDir, { recursive: true });
  for (const name of pages) writeFileSync(path.join(outDir, name), withWebLink(readFileSync(path.join(from, name), 'utf8'), name));
  return pages;
}
