// @ts-check
// The layering of the packages, enforced by test/architecture.test.ts (drawn in docs/architecture.md).
//
// Today's code still breaks some of these rules (core review §3 finding 3). Those imports are the
// allow-list .dependency-cruiser-known-violations.json (written by `npm run layers:baseline`), 58 entries
// in December 2026:
//   - sites/frameworks/* -> edits/ (text-edits, error-props, use-401): 20 imports
//   - sites/find-sites.ts -> every framework: 17 (the list of recognizers must move above the frameworks)
//   - framework -> framework: 8 (trpc, h3, elysia -> nest; hono, next, remix, sveltekit -> web; custom-error -> node-http)
//   - check -> check: no-403-for-unauthenticated -> require-www-authenticate
//   - edits/split-guard.ts -> checks/check-context.ts; auth/deny-guard.ts -> sites/response-site.ts
//   - hover/status-tokens.ts -> prepare-file.ts (hover sits below the root files)
//   - vscode pipeline/code-actions.ts -> commands/command-id.ts
//   - the folder cycles these make (sites/edits/checks/auth): 8
// test/architecture.test.ts fails on any violation that is not in the list, and on any entry of the
// list that no longer occurs (so that a fix also deletes its entry). Run it alone: `npm run layers`.

const CORE = '^packages/core/src/';
const VSCODE = '^packages/vscode/src/';

/**
 * The core's layers, lowest first. A file may import its own layer and the layers below it, never one
 * above. Each `path` is a regular expression over the file's path from the repository root.
 * `http`, `options` may not exist yet: their rules then match nothing.
 */
const CORE_LAYERS = [
  { name: 'ast', path: `${CORE}ast/` },
  { name: 'status', path: `${CORE}status/` },
  { name: 'http', path: `${CORE}http/` },
  { name: 'options', path: `${CORE}options/` },
  { name: 'auth', path: `${CORE}auth/` },
  // The edit primitives and generic rewrites: recognizers say which idiom, edits spell it.
  { name: 'edits', path: `${CORE}edits/` },
  { name: 'sites', path: `${CORE}sites/(?!frameworks/|find-sites\\.|framework-registry\\.)` },
  { name: 'sites/frameworks', path: `${CORE}sites/frameworks/` },
  // The one place that lists the frameworks and decides which claims a node.
  { name: 'framework registry', path: `${CORE}sites/(find-sites|framework-registry)\\.` },
  // The project model: summaries of the application's own modules. The sites read it through the
  // type-only contract sites/project-view.ts, so nothing below imports this folder.
  { name: 'project', path: `${CORE}project/` },
  { name: 'prepare', path: `${CORE}prepare-file\\.` },
  { name: 'checks', path: `${CORE}checks/` },
  { name: 'hover', path: `${CORE}hover/` },
  // The entry points. finding.ts is not among them: it is a leaf type file that any layer may import.
  { name: 'root', path: `${CORE}(?!finding\\.|prepare-file\\.)[^/]+$` },
];

/** Modules under checks/ that every check shares; any other file (or folder) under checks/ is one check. */
const CHECKS_SHARED = ['messages', 'check-context', 'rule-docs'];

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const layerRules = CORE_LAYERS.slice(0, -1).map((layer, index) => ({
  name: `core-layer-${layer.name.replaceAll(/\W+/g, '-')}`,
  comment: `${layer.name} may not import a layer above it (${CORE_LAYERS.slice(index + 1).map((above) => above.name).join(', ')})`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: CORE_LAYERS.slice(index + 1).map((above) => above.path) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-module-cycle',
      comment: 'No circle of imports between modules of the core.',
      severity: 'error',
      from: { path: CORE },
      to: { circular: true },
    },
    {
      name: 'core-no-folder-cycle',
      comment: 'No circle of imports between folders of the core (two modules each way is enough).',
      severity: 'error',
      scope: 'folder',
      from: { path: CORE },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'core-framework-is-a-leaf',
      comment: 'A framework module imports no other framework module. Only the list of frameworks (sites/frameworks/index.ts, if it lives there) may import them all.',
      severity: 'error',
      from: { path: `${CORE}sites/frameworks/([^/.]+)`, pathNot: `${CORE}sites/frameworks/index\\.` },
      to: { path: `${CORE}sites/frameworks/`, pathNot: `${CORE}sites/frameworks/$1([.]|/)` },
    },
    {
      name: 'core-check-imports-no-check',
      comment: `A check imports no other check; the shared modules (${CHECKS_SHARED.join(', ')}) are open to all.`,
      severity: 'error',
      from: { path: `${CORE}checks/([^/.]+)` },
      to: {
        path: `${CORE}checks/`,
        pathNot: [`${CORE}checks/$1([.]|/)`, `${CORE}checks/(${CHECKS_SHARED.join('|')})[.]`],
      },
    },
    {
      name: 'core-no-host',
      comment: 'The core runs in both hosts, so it imports neither ESLint nor VS Code.',
      severity: 'error',
      from: { path: CORE },
      to: { path: ['^vscode$', '^eslint($|/)', '(^|/)node_modules/(eslint|vscode)/'] },
    },
    {
      name: 'vscode-pipeline-is-pure',
      comment: 'The pipeline is the editor logic without the editor: it imports neither `vscode` nor the adapter files around it (commands/, extension.ts, ...).',
      severity: 'error',
      from: { path: `${VSCODE}pipeline/` },
      to: { path: ['^vscode$', '(^|/)node_modules/vscode/', VSCODE], pathNot: `${VSCODE}pipeline/` },
    },
    {
      name: 'hosts-use-core-by-name',
      comment: 'The plugin and the extension reach the core only through `@authlint/core`, never by a relative path into it.',
      severity: 'error',
      from: { path: '^packages/(eslint-plugin|vscode)/' },
      to: { path: '^packages/core/', dependencyTypesNot: ['aliased'] },
    },
  ],
  options: {
    // Production code only: a test may reach across layers to build its inputs.
    exclude: { path: ['\\.test\\.ts$', '(^|/)node_modules/', '(^|/)dist/'] },
    doNotFollow: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Folder-scoped rules (core-no-folder-cycle) need the folder metrics.
    metrics: true,
  },
};
