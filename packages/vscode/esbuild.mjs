// Bundles the extension with esbuild (options in esbuild.config.mjs).
//
//   node esbuild.mjs               development build, with source maps
//   node esbuild.mjs --production  minified, no source maps (what the .vsix ships)
//   node esbuild.mjs --watch       rebuild on change (the default build task in .vscode/tasks.json)
//
// Outputs (dist/):
//   extension.cjs               the extension for desktop VS Code; requires parser.cjs on the first
//                               analysis, so activation does not load TypeScript
//   parser.cjs                  @typescript-eslint/typescript-estree, with TypeScript
//   project-host.cjs            the core's file host (enhanced-resolve, get-tsconfig), required on the
//                               first analysis of a `file:` document, to follow its imports
//   web/extension.cjs           the extension for the web worker host (vscode.dev), parser inside
//   pipeline.cjs                the vscode-free pipeline for Node: require('./dist/pipeline.cjs')
//   test/integration/index.cjs  the in-host Mocha suite, exporting run()
//   docs/rules/<rule>.md        the rules' pages, for "Show Rule Documentation" (scripts/bundle-rule-docs.mjs)
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allBuilds, here } from './esbuild.config.mjs';
import { bundleRuleDocs } from './scripts/bundle-rule-docs.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const builds = allBuilds({ production });
bundleRuleDocs();

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
  const { publisher, name, version } = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
  console.log(`built ${publisher}.${name} ${version}${production ? ' (production)' : ''}`);
}
