// The editor matches CI on the shared vocabulary: in a project whose eslint.config.js teaches authlint a
// permission name (settings.authlint.vocabulary), the project's own ESLint reports one finding, and the
// editor, taking the config through calculateConfigForFile (loadProjectEslint), reports the same one.
// Without the name, both would report the other rule on that line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './pipeline/analyze-document.js';
import { settingsWithEslintRules } from './pipeline/eslint-rules-config.js';
import { DEFAULT_SETTINGS } from './pipeline/settings.js';
import { loadProjectEslint } from './project-eslint.js';

const PROJECT = fileURLToPath(new URL('../../../test/e2e/fixtures/eslint-vocabulary-project/', import.meta.url));
const FILE = join(PROJECT, 'server.js');

interface LintMessage { line: number; column: number; ruleId: string | null }
interface EslintClass { new (options: Record<string, unknown>): { lintFiles(files: string[]): Promise<{ messages: LintMessage[] }[]> } }

/** The project's own ESLint, as CI runs it: `eslint server.js` in the project. */
async function ciFindings(options: Record<string, unknown> = {}): Promise<string[]> {
  const { ESLint } = createRequire(join(PROJECT, 'package.json'))('eslint') as { ESLint: EslintClass };
  const [result] = await new ESLint({ cwd: PROJECT, ...options }).lintFiles([FILE]);
  return result!.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
}

function editorFindings(rules: unknown, eslintSettings: unknown): string[] {
  const settings = settingsWithEslintRules(DEFAULT_SETTINGS, rules, eslintSettings)!;
  return analyzeDocument({ text: readFileSync(FILE, 'utf8'), fileName: FILE }, settings).diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} authlint/${d.code.value}`);
}

describe('settings.authlint.vocabulary from the project\'s ESLint config', () => {
  it('gives the editor the findings CI has, and they are the vocabulary\'s', async () => {
    const config = await loadProjectEslint(PROJECT).configFor(FILE);
    expect(config?.settings).toMatchObject({ authlint: { vocabulary: { permissionNames: ['entitled'] } } });
    const ci = await ciFindings();
    expect(ci).toEqual(['8:46 authlint/no-401-for-forbidden']);
    expect(editorFindings(config!.rules, config!.settings)).toEqual(ci);
  }, 60_000);

  it('without the name, both hosts report require-www-authenticate on that line instead', async () => {
    const config = await loadProjectEslint(PROJECT).configFor(FILE);
    const withoutVocabulary = await ciFindings({
      overrideConfigFile: true,
      overrideConfig: { files: ['**/*.js'], plugins: { authlint: (await import('eslint-plugin-authlint')).default }, rules: config!.rules },
    });
    expect(withoutVocabulary).toEqual(['8:46 authlint/require-www-authenticate']);
    expect(editorFindings(config!.rules, {})).toEqual(withoutVocabulary);
  }, 60_000);
});
