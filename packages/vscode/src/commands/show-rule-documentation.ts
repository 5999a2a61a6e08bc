import * as vscode from 'vscode';
import { qualifiedRuleName, RULE_IDS, type RuleId } from '@authlint/core';
import { CommandId } from '../pipeline/command-id.js';
import { bundledRuleDocPath, ruleDocumentationTarget, ruleNamed } from '../pipeline/rule-documentation.js';

async function isReadable(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a rule's documentation: the page bundled in the extension, in the Markdown preview; the web
 * page when the bundled one cannot be read or the preview cannot open. Without an argument, asks
 * which rule.
 */
export function registerShowRuleDocumentation(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ShowRuleDocumentation, async (ruleId?: unknown) => {
    let rule = ruleNamed(ruleId);
    if (!rule) {
      const picked = await vscode.window.showQuickPick(RULE_IDS.map((id) => ({ label: qualifiedRuleName(id), id })), {
        placeHolder: 'Show documentation for which authlint rule?',
      });
      rule = picked?.id as RuleId | undefined;
    }
    if (!rule) return false;
    const bundled = vscode.Uri.joinPath(extensionUri, ...bundledRuleDocPath(rule));
    const target = ruleDocumentationTarget(rule, await isReadable(bundled));
    if (target.kind === 'bundled') {
      try {
        await vscode.commands.executeCommand('markdown.showPreview', bundled);
        return true;
      } catch (error) {
        log.warn(`the Markdown preview of ${bundled.toString(true)} did not open (${error instanceof Error ? error.message : String(error)}): opening the web page`);
        return vscode.env.openExternal(vscode.Uri.parse(target.webUrl));
      }
    }
    return vscode.env.openExternal(vscode.Uri.parse(target.url));
  });
}
