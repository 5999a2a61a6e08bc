import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers.js';

export function extensionSuite(): void {
  describe('the extension', () => {
    it('activates and declares what it supports', async () => {
      await activateExtension();
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      assert.equal(extension.isActive, true);
      const manifest = extension.packageJSON as { capabilities: unknown; activationEvents: string[] } & Record<string, unknown>;
      assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
      assert.deepEqual([...manifest.activationEvents].sort(), [
        'onLanguage:javascript', 'onLanguage:javascriptreact', 'onLanguage:typescript', 'onLanguage:typescriptreact',
      ]);
      assert.equal(manifest.main, './dist/extension.cjs');
      assert.equal(manifest.browser, './dist/web/extension.cjs');
    });

    it('registers its commands', async () => {
      await activateExtension();
      const commands = await vscode.commands.getCommands(true);
      for (const id of ['authlint.showRuleDocumentation', 'authlint.showOutput', 'authlint.revalidate']) {
        assert.ok(commands.includes(id), `${id} is registered`);
      }
    });

    it('contributes its settings with their defaults', () => {
      const config = vscode.workspace.getConfiguration('authlint');
      assert.equal(config.inspect('enable')?.defaultValue, true);
      assert.equal(config.inspect('severity.no-403-for-unauthenticated')?.defaultValue, 'warning');
      assert.equal(config.inspect('severity.require-www-authenticate')?.defaultValue, 'warning');
      assert.equal(config.inspect('challenge')?.defaultValue, 'Bearer');
      assert.equal(config.inspect('hover.enabled')?.defaultValue, true);
      assert.equal(config.inspect('maxFileSize')?.defaultValue, 500000);
      assert.equal(config.inspect('deferToESLint')?.defaultValue, true);
    });
  });
}
