import * as vscode from 'vscode';
import { qualifiedRuleName, RULE_IDS, ruleDocsUrl, type RuleId } from '@authlint/core';
import { CommandId } from '../pipeline/command-id.js';

/** Opens a rule's documentation page; without an argument, asks which rule. */
export function registerShowRuleDocumentation(): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ShowRuleDocumentation, async (ruleId?: unknown) => {
    let rule = RULE_IDS.find((id) => id === ruleId || qualifiedRuleName(id) === ruleId);
    if (!rule) {
      const picked = await vscode.window.showQuickPick(RULE_IDS.map((id) => ({ label: qualifiedRuleName(id), id })), {
        placeHolder: 'Show documentation for which authlint rule?',
      });
      rule = picked?.id as RuleId | undefined;
    }
    if (!rule) return false;
    return vscode.env.openExternal(vscode.Uri.parse(ruleDocsUrl(rule)));
  });
}
