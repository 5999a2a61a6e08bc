import * as assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import { describeOptionsSource, EslintConfigOptions } from '../../src/eslint-config-options.js';
import { closeAll, codeActions, diagnosticsWhen, ruleOf } from './helpers.js';

/**
 * A project whose eslint.config.js sets authlint's options (test/e2e/fixtures/eslint-project): its
 * `eslint` and `eslint-plugin-authlint` resolve from the repo's node_modules, as a project's own do.
 * The suite file is loaded from packages/vscode/dist/test/integration/ under both launchers.
 */
const PROJECT = path.resolve(__dirname, '../../../../../test/e2e/fixtures/eslint-project');
const SERVER_FILE = path.join(PROJECT, 'server.js');

export function eslintConfigSuite(): void {
  describe('options from the project\'s ESLint config', () => {
    afterEach(closeAll);

    it('takes the rules\' severities and options from eslint.config.js, not from the settings', async () => {
      assert.equal(vscode.workspace.isTrusted, true, 'the launchers open a trusted workspace');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(SERVER_FILE));
      await vscode.window.showTextDocument(document);
      // The settings say warning for both rules and challenge Bearer; the config turns no-403 off,
      // makes require-www-authenticate an error and sets its challenge.
      const [www] = await diagnosticsWhen(document, 'only require-www-authenticate, as an error, with the config\'s challenge', (d) =>
        d.length === 1 && ruleOf(d[0]!) === 'require-www-authenticate' && d[0]!.severity === vscode.DiagnosticSeverity.Error,
      30_000);
      assert.match(www!.message, /Basic realm="from-eslint-config"/);
      const fix = (await codeActions(document, www!.range)).find((a) => a.isPreferred);
      assert.ok(fix?.edit, 'the add-header fix');
      const [edit] = fix.edit.get(document.uri);
      assert.match(edit!.newText, /'WWW-Authenticate', 'Basic realm="from-eslint-config"'/);
    });

    it('says where the options came from: the config file and the ESLint version', async () => {
      const lines: string[] = [];
      const log = { info: (line: string) => lines.push(line) } as unknown as vscode.LogOutputChannel;
      const options = new EslintConfigOptions(log);
      try {
        const document = await vscode.workspace.openTextDocument(vscode.Uri.file(SERVER_FILE));
        const source = await options.ready(document);
        assert.equal(source.from, 'eslint', JSON.stringify(source));
        assert.equal(source.from === 'eslint' && path.basename(source.configFile), 'eslint.config.js');
        assert.match(describeOptionsSource(source), /^authlint: options from .*eslint\.config\.js \(ESLint 10\.\d+\.\d+\)$/);
        assert.deepEqual(lines, [describeOptionsSource(source)]);
        // An untitled document has no config: the settings apply.
        const untitled = await vscode.workspace.openTextDocument({ language: 'javascript', content: 'res.status(401).end();' });
        assert.equal((await options.ready(untitled)).from, 'settings');
      } finally {
        options.dispose();
      }
    });
  });
}
