import { messageFor, ruleDocsUrl, type Finding, type RuleId } from '@authlint/core';
import type { LineIndex, RangeData } from './positions.js';
import type { AuthlintSettings, SeverityName } from './settings.js';

export type DiagnosticSeverityName = Exclude<SeverityName, 'off'>;

/** A diagnostic as plain data; the extension turns it into a `vscode.Diagnostic` one to one. */
export interface DiagnosticData {
  readonly range: RangeData;
  /** The same range as offsets into the text. */
  readonly offsets: readonly [number, number];
  readonly message: string;
  readonly severity: DiagnosticSeverityName;
  /** The rule id, linked to its documentation page. */
  readonly code: { readonly value: RuleId; readonly target: string };
  readonly source: 'authlint';
}

export const DIAGNOSTIC_SOURCE = 'authlint';

/** One finding as a diagnostic, or undefined when its rule is off. */
export function toDiagnostic(finding: Finding, lines: LineIndex, settings: Pick<AuthlintSettings, 'severity'>): DiagnosticData | undefined {
  const severity = settings.severity[finding.ruleId];
  if (severity === undefined || severity === 'off') return undefined;
  return {
    range: lines.rangeAt(finding.range),
    offsets: [finding.range[0], finding.range[1]],
    message: messageFor(finding.ruleId, finding.messageId, finding.data),
    severity,
    code: { value: finding.ruleId, target: ruleDocsUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
  };
}
