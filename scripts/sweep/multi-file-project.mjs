// @ts-check
// The sweep's multi-file case: a generated project whose imports the project model must survive, run
// through both hosts with imports followed: the real ESLint class with the plugin (which follows
// imports of files on disk) and the editor pipeline with a project place over the core's file host
// (as the extension does in a `file:` workspace). Import cycles (two modules re-exporting each other,
// classes extending each other across them, a module importing itself), unresolvable imports (missing
// files, packages that are not installed, tsconfig paths to nothing), a module that does not parse,
// a re-export chain longer than the graph follows and a generated module over its size limit: no
// exception, no failed analysis, within the budget.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importCore, importPlugin } from '../bench/product/built-packages.mjs';
import { bundlePipeline, PIPELINE_BUNDLE } from '../bench/product/pipeline.mjs';

export const MULTI_FILE_PROJECT_BUDGET_MS = 120_000;

const CHAIN = 30;

/** The generated project, file by file. */
function projectFiles() {
  /** @type {Record<string, string>} */
  const files = {
    'package.json': JSON.stringify({ name: 'sweep-app', type: 'module' }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'], '~nothing/*': ['missing/*'] } } }),
    'src/a.ts': `import { BaseError } from './b';\nexport * from './b';\nexport class AuthError extends BaseError { status = 401; }\n`,
    'src/b.ts': `import { AuthError } from './a';\nexport * from './a';\nexport class BaseError extends AuthError {}\nexport { AuthError as LoopError } from './a';\n`,
    'src/self.ts': `export * from './self';\nexport { SelfError } from './self';\nimport { SelfError } from './self';\nexport class OwnError extends SelfError {}\n`,
    'src/broken.ts': 'export class BrokenError extends (',
    'src/generated.ts': `export class HugeError extends Error { status = 401; }\n${'export const x = [' + '1,'.repeat(520_000) + '];\n'}`,
    'src/routes.ts': [
      `import { AuthError, BaseError, LoopError } from '@/a';`,
      `import { OwnError, SelfError } from './self';`,
      `import { BrokenError } from './broken';`,
      `import { MissingError } from './missing';`,
      `import { PackageError } from 'not-installed-anywhere';`,
      `import { NowhereError } from '~nothing/errors';`,
      `import { HugeError } from './generated';`,
      `import { ChainError } from './chain/c0';`,
      `import * as errors from './a';`,
      ...['AuthError', 'BaseError', 'LoopError', 'OwnError', 'SelfError', 'BrokenError', 'MissingError', 'PackageError', 'NowhereError', 'HugeError', 'ChainError', 'errors.AuthError']
        .map((name, i) => `app.get('/r${i}', (req, res) => { if (!req.user) throw new ${name}(401); res.end(); });`),
      `app.get('/plain', (req, res) => { if (!req.user) return res.status(401).end(); res.end(); });`,
      '',
    ].join('\n'),
  };
  for (let i = 0; i < CHAIN; i++) files[`src/chain/c${i}.ts`] = i === CHAIN - 1 ? `export class ChainError extends Error { status = 401; }\n` : `export * from './c${i + 1}';\n`;
  return files;
}

function writeProject() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'authlint-sweep-project-'));
  for (const [file, text] of Object.entries(projectFiles())) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Runs the project through both hosts; `{ ok, detail }` as every sweep check. */
export async function multiFileProjectCheck() {
  const root = writeProject();
  const problems = [];
  const outcomes = [];
  try {
    const sources = Object.keys(projectFiles()).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f));

    const { ESLint } = await import('eslint');
    const { eslintConfig } = await import('../bench/eslint/eslint-configs.mjs');
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: eslintConfig('b', { plugin: await importPlugin() }), ignore: false });
    let messages = 0;
    for (const result of await eslint.lintFiles(sources)) {
      const failure = result.messages.find((m) => m.ruleId === null && !m.fatal) ?? result.messages.find((m) => /analysisFailed/.test(m.messageId ?? ''));
      if (failure) problems.push(`ESLint on ${path.relative(root, result.filePath)}: ${failure.message}`);
      const fatal = result.messages.find((m) => m.fatal);
      if (fatal && !result.filePath.endsWith('broken.ts')) problems.push(`ESLint could not parse ${path.relative(root, result.filePath)}: ${fatal.message}`);
      messages += result.messages.filter((m) => m.ruleId?.startsWith('authlint/')).length;
    }
    outcomes.push(`ESLint: ${sources.length} files, ${messages} authlint messages`);

    if (!fs.existsSync(PIPELINE_BUNDLE)) await bundlePipeline();
    const pipeline = await import(pathToFileURL(PIPELINE_BUNDLE).href);
    const core = await importCore();
    const { createFileProjectHost } = await import('@authlint/core/file-project-host');
    const { parse } = await import('@typescript-eslint/typescript-estree');
    const host = createFileProjectHost({
      parse(text, file) {
        try {
          return parse(text, { range: true, loc: true, jsx: !/\.[cm]?ts$/.test(file), filePath: file });
        } catch {
          return undefined;
        }
      },
    });
    const graph = new core.ProjectGraph(host);
    let diagnostics = 0;
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8');
      const settings = pipeline.settingsFrom({ maxFileSize: 10 * 1024 * 1024 });
      const analysis = pipeline.analyzeDocument({ text, fileName: file }, settings, undefined, { graph, fileName: file });
      const expected = file.endsWith('broken.ts') ? 'parse-error' : 'analyzed';
      if (analysis.status !== expected) problems.push(`the pipeline on ${path.relative(root, file)}: ${analysis.status} (${String(analysis.reason).split('\n')[0]})`);
      diagnostics += analysis.diagnostics.length;
    }
    outcomes.push(`pipeline: ${sources.length} files, ${diagnostics} diagnostics, ${graph.size} module summaries`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return { ok: problems.length === 0, detail: problems.length ? problems.join('; ') : outcomes.join('; ') };
}
