import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER } from './diagnostics.suite.js';
import { closeAll, codeActions, diagnosticsWhen, openUntitled, positionOf, ruleOf } from './helpers.js';

export function codeActionsSuite(): void {
  describe('code actions', () => {
    afterEach(closeAll);

    async function actionsAt(document: vscode.TextDocument, needle: string) {
      const diagnostics = await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const at = positionOf(document, needle);
      const diagnostic = diagnostics.find((d) => d.range.start.isEqual(at))!;
      assert.ok(diagnostic, `a diagnostic at ${needle}`);
      return { diagnostic, actions: await codeActions(document, diagnostic.range) };
    }

    it('offer the suggestion (preferred), disable-for-this-line and documentation for a 403', async () => {
      const document = await openUntitled(SERVER);
      const { actions } = await actionsAt(document, '403');
      const titles = actions.map((a) => a.title);
      const fix = actions.find((a) => a.title.endsWith('(authlint/no-403-for-unauthenticated)') && a.title.includes('401'));
      assert.ok(fix, `a 401 fix among ${JSON.stringify(titles)}`);
      assert.equal(fix.isPreferred, true);
      assert.equal(fix.kind?.value, 'quickfix');
      assert.ok(titles.includes('Disable authlint/no-403-for-unauthenticated for this line'), JSON.stringify(titles));
      const docs = actions.find((a) => a.title === 'Show documentation for authlint/no-403-for-unauthenticated');
      assert.equal(docs?.command?.command, 'authlint.showRuleDocumentation');
      assert.deepEqual(docs?.command?.arguments, ['no-403-for-unauthenticated']);
    });

    it('apply the preferred suggestion: 401 with its challenge, and both rules are satisfied there', async () => {
      const document = await openUntitled(SERVER);
      const { actions } = await actionsAt(document, '403');
      const fix = actions.find((a) => a.isPreferred)!;
      assert.equal(fix.title, 'Use 401 Unauthorized (401) and send WWW-Authenticate: Bearer (authlint/no-403-for-unauthenticated)');
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.equal(document.getText(), SERVER.replace('res.status(403)', `res.set('WWW-Authenticate', 'Bearer').status(401)`));
      // Only the other handler's 401 without a challenge is left.
      await diagnosticsWhen(document, 'only the other 401', (d) => d.length === 1 && ruleOf(d[0]!) === 'require-www-authenticate');
    });

    it('apply the plain "use 401": the 403 finding goes, the new 401 asks for its challenge', async () => {
      const document = await openUntitled(SERVER);
      const { actions } = await actionsAt(document, '403');
      const fix = actions.find((a) => a.title === 'Use 401 Unauthorized (401) (authlint/no-403-for-unauthenticated)');
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.equal(document.getText(), SERVER.replace('res.status(403)', 'res.status(401)'));
      await diagnosticsWhen(document, 'no 403 finding', (d) => d.length === 2 && !d.some((x) => ruleOf(x) === 'no-403-for-unauthenticated'));
    });

    it('add the WWW-Authenticate header', async () => {
      const document = await openUntitled(SERVER);
      const { actions } = await actionsAt(document, '401');
      const fix = actions.find((a) => a.title.endsWith('(authlint/require-www-authenticate)') && a.title.includes('Bearer'))!;
      assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(fix.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.equal(document.getText(), SERVER.replace('res.status(401)', `res.set('WWW-Authenticate', 'Bearer').status(401)`));
      await diagnosticsWhen(document, 'only the 403 finding', (d) => d.length === 1 && ruleOf(d[0]!) === 'no-403-for-unauthenticated');
    });

    it('disable the rule for the line', async () => {
      const document = await openUntitled(SERVER);
      const { actions } = await actionsAt(document, '403');
      const disable = actions.find((a) => a.title === 'Disable authlint/no-403-for-unauthenticated for this line')!;
      assert.ok(await vscode.workspace.applyEdit(disable.edit!));
      assert.equal(document.getText(), SERVER.replace(
        '  if (!req.user) return res.status(403)',
        '  // eslint-disable-next-line authlint/no-403-for-unauthenticated\n  if (!req.user) return res.status(403)',
      ));
      await diagnosticsWhen(document, 'the 403 finding gone', (d) => d.length === 1 && ruleOf(d[0]!) === 'require-www-authenticate');
    });

    it('fix all safe problems with source.fixAll.authlint', async () => {
      const document = await openUntitled(`${SERVER}app.get('/x', (req, res) => { res.statusCode = 401; res.end(); });\n`);
      await diagnosticsWhen(document, 'three diagnostics', (d) => d.length === 3);
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await codeActions(document, whole, 'source.fixAll.authlint');
      assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(actions[0]!.kind?.value, 'source.fixAll.authlint');
      assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
      const text = document.getText();
      assert.ok(text.includes(`res.set('WWW-Authenticate', 'Bearer').status(401)`), text);
      assert.ok(text.includes(`res.setHeader('WWW-Authenticate', 'Bearer');`), text);
      assert.ok(text.includes('res.status(403)'), 'the unsafe 403 -> 401 change is not part of fix all');
      await diagnosticsWhen(document, 'only the 403 finding', (d) => d.length === 1 && ruleOf(d[0]!) === 'no-403-for-unauthenticated');
    });

    it('offer nothing where there is no finding', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const actions = await codeActions(document, new vscode.Range(positionOf(document, 'express()'), positionOf(document, 'express()', 1, 3)));
      assert.deepEqual(actions.filter((a) => a.title.includes('authlint')).map((a) => a.title), []);
    });
  });
}
