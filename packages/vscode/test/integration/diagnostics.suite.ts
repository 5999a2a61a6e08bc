import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, openUntitled, positionOf, ruleOf } from './helpers.js';

export const SERVER = [
  `import express from 'express';`,
  `const app = express();`,
  `app.get('/me', (req, res) => {`,
  `  if (!req.user) return res.status(401).json({ error: 'login' });`,
  `  res.json(req.user);`,
  `});`,
  `app.get('/admin', (req, res) => {`,
  `  if (!req.user) return res.status(403).end();`,
  `  res.end();`,
  `});`,
  ``,
].join('\n');

const DOCS = 'https://github.com/authlint/authlint/blob/main/packages/eslint-plugin/docs/rules/';

export function diagnosticsSuite(): void {
  describe('diagnostics', () => {
    afterEach(closeAll);

    it('are published on open, with rule id, doc link, source, severity and range', async () => {
      const document = await openUntitled(SERVER);
      const diagnostics = await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const [www, no403] = diagnostics.sort((a, b) => a.range.start.line - b.range.start.line);
      assert.equal(ruleOf(www!), 'require-www-authenticate');
      assert.equal(ruleOf(no403!), 'no-403-for-unauthenticated');
      assert.deepEqual(www!.range, new vscode.Range(positionOf(document, '401'), positionOf(document, '401', 1, 3)));
      assert.deepEqual(no403!.range, new vscode.Range(positionOf(document, '403'), positionOf(document, '403', 1, 3)));
      for (const d of diagnostics) {
        assert.equal(d.source, 'authlint');
        assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
        const code = d.code as { value: string; target: vscode.Uri };
        assert.equal(code.target.toString(true), `${DOCS}${code.value}.md`);
      }
      assert.match(www!.message, /no WWW-Authenticate header.*Bearer/);
      assert.match(no403!.message, /^403 Forbidden is sent here because the requester is not authenticated/);
    });

    it('follow edits: a fixed 403 goes, a new problem comes', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const edit = new vscode.WorkspaceEdit();
      const at = positionOf(document, '403');
      edit.replace(document.uri, new vscode.Range(at, at.translate(0, 3)), '401');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const after = await diagnosticsWhen(document, 'the 403 finding replaced by a second 401 finding',
        (d) => d.length === 2 && d.every((x) => ruleOf(x) === 'require-www-authenticate'));
      assert.equal(after.length, 2);
    });

    it('are debounced: a burst of edits is analysed once it pauses, and ends right', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      // Type a new route character by character, without waiting.
      const route = `\napp.get('/x', (req, res) => { if (!req.user) return res.sendStatus(403); });`;
      for (const ch of route) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.positionAt(document.getText().length), ch);
        await vscode.workspace.applyEdit(edit);
      }
      const after = await diagnosticsWhen(document, 'three diagnostics', (d) => d.length === 3);
      assert.deepEqual(after.map(ruleOf).sort(), ['no-403-for-unauthenticated', 'no-403-for-unauthenticated', 'require-www-authenticate']);
    });

    it('turn into none while the file does not parse, and come back', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const broken = new vscode.WorkspaceEdit();
      broken.insert(document.uri, document.positionAt(document.getText().length), 'app.get(');
      await vscode.workspace.applyEdit(broken);
      await diagnosticsWhen(document, 'no diagnostics while the syntax is broken', (d) => d.length === 0);
      const fixed = new vscode.WorkspaceEdit();
      const end = document.positionAt(document.getText().length);
      fixed.delete(document.uri, new vscode.Range(end.translate(0, -'app.get('.length), end));
      await vscode.workspace.applyEdit(fixed);
      await diagnosticsWhen(document, 'the diagnostics back', (d) => d.length === 2);
    });

    it('are cleared when the document closes', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const uri = document.uri;
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await diagnosticsWhen({ uri } as vscode.TextDocument, 'no diagnostics after close', (d) => d.length === 0);
    });

    for (const [language, content] of [
      ['javascript', SERVER],
      ['javascriptreact', `${SERVER}\nexport const Page = () => <div>login</div>;\n`],
      ['typescriptreact', `${SERVER}\nexport const Page = () => <div>login</div>;\n`],
    ] as const) {
      it(`work in ${language}`, async () => {
        const document = await openUntitled(content, language);
        assert.equal(document.languageId, language);
        await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      });
    }

    it('honour eslint-disable comments', async () => {
      const document = await openUntitled(SERVER.replace('  if (!req.user) return res.status(403)', '  // eslint-disable-next-line authlint/no-403-for-unauthenticated\n  if (!req.user) return res.status(403)'));
      const diagnostics = await diagnosticsWhen(document, 'one diagnostic', (d) => d.length === 1);
      assert.equal(ruleOf(diagnostics[0]!), 'require-www-authenticate');
    });
  });
}
