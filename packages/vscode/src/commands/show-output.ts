import * as vscode from 'vscode';
import { CommandId } from '../pipeline/command-id.js';

export function registerShowOutput(log: vscode.OutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ShowOutput, () => log.show(true));
}
