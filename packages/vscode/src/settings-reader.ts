import * as vscode from 'vscode';
import { readSettings, SETTINGS_SECTION, type AuthlintSettings } from './pipeline/index.js';

/** The settings that apply to one document (they are resource-scoped: folders may differ). */
export function settingsFor(uri: vscode.Uri | undefined): AuthlintSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri);
  return readSettings((key) => config.get(key));
}

/** A stable key for a settings value, so a cached analysis is reused only under the same settings. */
export function settingsKey(settings: AuthlintSettings): string {
  return JSON.stringify(settings);
}
