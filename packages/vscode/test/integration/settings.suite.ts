import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER } from './diagnostics.suite.js';
import { closeAll, codeActions, diagnosticsWhen, hoverTexts, openUntitled, positionOf, ruleOf, withSetting } from './helpers.js';

export function settingsSuite(): void {
  describe('settings', () => {
    let restore: (() => Promise<void>)[] = [];
    const set = async (key: string, value: unknown) => restore.push(await withSetting(key, value));

    afterEach(async () => {
      for (const undo of restore.reverse()) await undo();
      restore = [];
      await closeAll();
    });

    it('authlint.severity.<rule> changes the severity, and off removes the rule', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      await set('severity.no-403-for-unauthenticated', 'error');
      await diagnosticsWhen(document, 'the 403 finding as an error', (d) =>
        d.some((x) => ruleOf(x) === 'no-403-for-unauthenticated' && x.severity === vscode.DiagnosticSeverity.Error));
      await set('severity.require-www-authenticate', 'off');
      const left = await diagnosticsWhen(document, 'only the 403 finding', (d) => d.length === 1);
      assert.equal(ruleOf(left[0]!), 'no-403-for-unauthenticated');
    });

    it('authlint.challenge goes into the message and the fix', async () => {
      await set('challenge', 'Basic realm="api"');
      const document = await openUntitled(SERVER);
      const diagnostics = await diagnosticsWhen(document, 'the Basic challenge', (d) => d.length === 2 && d.some((x) => x.message.includes('Basic realm="api"')));
      const www = diagnostics.find((d) => ruleOf(d) === 'require-www-authenticate')!;
      const fix = (await codeActions(document, www.range)).find((a) => a.isPreferred)!;
      await vscode.workspace.applyEdit(fix.edit!);
      assert.ok(document.getText().includes(`res.set('WWW-Authenticate', 'Basic realm="api"').status(401)`), document.getText());
    });

    it('authlint.enable: false clears everything', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      await set('enable', false);
      await diagnosticsWhen(document, 'no diagnostics', (d) => d.length === 0);
      assert.deepEqual((await hoverTexts(document, positionOf(document, '403'))).filter((t) => t.startsWith('**403')), []);
    });

    it('authlint.hover.enabled: false turns the hover off, not the diagnostics', async () => {
      await set('hover.enabled', false);
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      assert.deepEqual((await hoverTexts(document, positionOf(document, '403'))).filter((t) => t.startsWith('**403')), []);
    });

    it('authlint.maxFileSize skips longer files', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      await set('maxFileSize', 100);
      await diagnosticsWhen(document, 'no diagnostics for a skipped file', (d) => d.length === 0);
      assert.deepEqual((await hoverTexts(document, positionOf(document, '403'))).filter((t) => t.startsWith('**403')), []);
      await set('maxFileSize', 500000);
      await diagnosticsWhen(document, 'two diagnostics again', (d) => d.length === 2);
    });
  });
}
