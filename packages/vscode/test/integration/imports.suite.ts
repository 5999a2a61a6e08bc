import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsWhen, positionOf, ruleOf } from './helpers.js';

/**
 * The editor follows imports from the workspace (authlint.followImports): in the Express app of
 * test/fixtures/multi-file/, ApiError (errors.ts) takes the status, so `throw new ApiError(401, ...)`
 * in routes.ts sends a 401 without a challenge; adding the challenge to the class in errors.ts,
 * unsaved, removes the finding from routes.ts. The files on disk are never changed.
 */
export function importsSuite(): void {
  describe('imports followed from the workspace', () => {
    afterEach(closeAll);

    it('shows a finding that an imported class makes, and drops it when that class gains the challenge', async () => {
      const root = vscode.workspace.workspaceFolders?.[0]?.uri;
      assert.ok(root, 'a workspace folder is open (test/fixtures)');
      const app = vscode.Uri.joinPath(root, 'multi-file', 'express');
      const routes = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(app, 'routes.ts'));
      await vscode.window.showTextDocument(routes, { preview: false });
      const at401 = positionOf(routes, `ApiError(401`, 1, 'ApiError('.length);
      const finding = (d: vscode.Diagnostic[]) => d.some((x) => ruleOf(x) === 'require-www-authenticate' && x.range.start.isEqual(at401));
      await diagnosticsWhen(routes, 'the finding at ApiError(401) in routes.ts', finding);

      const errors = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(app, 'errors.ts'));
      await vscode.window.showTextDocument(errors, { preview: false });
      const edit = new vscode.WorkspaceEdit();
      edit.insert(errors.uri, positionOf(errors, '  status: number;\n', 1, '  status: number;\n'.length), `  headers = { 'WWW-Authenticate': 'Bearer' };\n`);
      assert.ok(await vscode.workspace.applyEdit(edit), 'errors.ts is edited');
      assert.ok(errors.isDirty, 'the edit is not saved');
      await diagnosticsWhen(routes, 'no finding at ApiError(401) once errors.ts sends the challenge', (d) => !finding(d));
    });
  });
}
