import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { EslintDeferral } from '../../src/eslint-deferral.js';
import { closeAll } from './helpers.js';

export function eslintDeferralSuite(): void {
  describe('deferring to the ESLint extension', () => {
    let root: string;
    const disposables: vscode.Disposable[] = [];

    before(() => {
      // A project outside the workspace (the fixtures are never written to).
      root = mkdtempSync(path.join(tmpdir(), 'authlint-defer-'));
      mkdirSync(path.join(root, 'with-plugin', 'src'), { recursive: true });
      mkdirSync(path.join(root, 'without-plugin', 'src'), { recursive: true });
      writeFileSync(path.join(root, 'with-plugin', 'package.json'), JSON.stringify({ devDependencies: { eslint: '^9', 'eslint-plugin-authlint': '^0.1.0' } }));
      writeFileSync(path.join(root, 'without-plugin', 'package.json'), JSON.stringify({ devDependencies: { eslint: '^9' } }));
      for (const dir of ['with-plugin', 'without-plugin']) writeFileSync(path.join(root, dir, 'src', 'server.ts'), `res.status(403).end();\n`);
    });

    after(async () => {
      for (const d of disposables.splice(0)) d.dispose();
      await closeAll();
      rmSync(root, { recursive: true, force: true });
    });

    const open = (dir: string) => vscode.workspace.openTextDocument(vscode.Uri.file(path.join(root, dir, 'src', 'server.ts')));

    it('defers when the nearest package.json lists eslint-plugin-authlint and ESLint is active', async () => {
      const deferral = new EslintDeferral(() => true);
      disposables.push(deferral);
      assert.equal(await deferral.shouldDefer(await open('with-plugin'), true), true);
      assert.equal(await deferral.shouldDefer(await open('without-plugin'), true), false);
    });

    it('does not defer when the setting is off or the ESLint extension is not active', async () => {
      const active = new EslintDeferral(() => true);
      const inactive = new EslintDeferral(() => false);
      disposables.push(active, inactive);
      assert.equal(await active.shouldDefer(await open('with-plugin'), false), false);
      assert.equal(await inactive.shouldDefer(await open('with-plugin'), true), false);
    });

    it('never defers for an untitled document', async () => {
      const deferral = new EslintDeferral(() => true);
      disposables.push(deferral);
      const untitled = await vscode.workspace.openTextDocument({ language: 'typescript', content: 'res.status(403).end();' });
      assert.equal(await deferral.shouldDefer(untitled, true), false);
    });
  });
}
