import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { authlintDiagnostics, closeAll, diagnosticsWhen, hoverTexts, ruleOf } from './helpers.js';

interface Expected { ruleId: string; messageId: string; line: number; column: number }

const SOURCE_FILE = /\.(m|c)?(j|t)sx?$/;
const MULTI_FILE = 'multi-file';

/** Every framework fixture of the opened workspace folder (test/fixtures), with its expected.json. */
async function fixtureFiles(): Promise<{ name: string; uri: vscode.Uri; expected: Expected[] | undefined }[]> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'a workspace folder is open (test/fixtures)');
  const out: { name: string; uri: vscode.Uri; expected: Expected[] | undefined }[] = [];
  // The multi-file apps (multi-file/<family>/) each have their own expected.json, found with their imports followed.
  const frameworks: string[] = [];
  for (const [folder, type] of await vscode.workspace.fs.readDirectory(root)) {
    if (type !== vscode.FileType.Directory) continue;
    if (folder !== MULTI_FILE) frameworks.push(folder);
    else for (const [family, kind] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, folder))) if (kind === vscode.FileType.Directory) frameworks.push(`${folder}/${family}`);
  }
  for (const framework of frameworks) {
    const dir = vscode.Uri.joinPath(root, framework);
    let expected: Record<string, Expected[]> = {};
    try {
      expected = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, 'expected.json'))));
    } catch {
      // no expected.json: the diagnostics are still checked for consistency
    }
    const walk = async (folder: vscode.Uri, prefix: string): Promise<void> => {
      for (const [entry, kind] of await vscode.workspace.fs.readDirectory(folder)) {
        const uri = vscode.Uri.joinPath(folder, entry);
        if (kind === vscode.FileType.Directory) await walk(uri, `${prefix}${entry}/`);
        else if (SOURCE_FILE.test(entry)) out.push({ name: `${framework}/${prefix}${entry}`, uri, expected: expected[`${prefix}${entry}`] });
      }
    };
    await walk(dir, '');
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export function fixturesSuite(): void {
  describe('the fixture apps in the workspace', () => {
    after(closeAll);

    it('show what expected.json lists, at its lines and columns, with a hover on each flagged status', async function () {
      this.timeout(300_000);
      const files = await fixtureFiles();
      assert.ok(files.length > 0, 'fixture files in the workspace');
      let compared = 0;
      let hoversWithFinding = 0;
      const problems: string[] = [];
      for (const file of files) {
        const document = await vscode.workspace.openTextDocument(file.uri);
        await vscode.window.showTextDocument(document, { preview: true });
        const count = file.expected?.length;
        // Waits for as many diagnostics as expected; on a mismatch, compares what is there after the wait.
        const diagnostics = await diagnosticsWhen(document, `${file.name} analysed`,
          (d) => count === undefined || d.length === count, 15_000).catch(() => authlintDiagnostics(document.uri));
        if (file.expected) {
          compared++;
          const actual = diagnostics.map((d) => `${ruleOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
          const wanted = file.expected.map((e) => `${e.ruleId} ${e.line}:${e.column}`).sort();
          if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${file.name}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
        }
        for (const d of diagnostics) {
          assert.equal(d.source, 'authlint');
          const texts = await hoverTexts(document, d.range.start);
          if (texts.some((t) => t.includes(`[authlint/${ruleOf(d)}]`))) hoversWithFinding++;
        }
      }
      assert.deepEqual(problems, []);
      assert.ok(compared > 0, 'at least one fixture has an expected.json entry');
      assert.ok(hoversWithFinding > 0, 'the hover on a flagged status shows the finding');
    });
  });
}
