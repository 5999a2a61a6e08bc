import type { Finding } from '@authlint/core';
import type { TSESLint } from '@typescript-eslint/utils';

/** Reports core findings through ESLint: ranges to locations, suggestions to `suggest`, safe ones to `fix` when asked. */
export function reportFindings<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  findings: readonly Finding[],
  { fixSafeSuggestions = false }: { fixSafeSuggestions?: boolean } = {},
): void {
  const { sourceCode } = context;
  for (const finding of findings) {
    const toFix = (edits: Finding['suggestions'][number]['edits']) => (fixer: TSESLint.RuleFixer) =>
      edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
    const safe = fixSafeSuggestions ? finding.suggestions.find((s) => s.safe) : undefined;
    context.report({
      messageId: finding.messageId as MessageIds,
      data: finding.data,
      loc: {
        start: sourceCode.getLocFromIndex(finding.range[0]),
        end: sourceCode.getLocFromIndex(finding.range[1]),
      },
      ...(safe ? { fix: toFix(safe.edits) } : {}),
      suggest: finding.suggestions.map((suggestion) => ({
        messageId: suggestion.messageId as MessageIds,
        data: suggestion.data,
        fix: toFix(suggestion.edits),
      })),
    });
  }
}

/**
 * Runs a check without letting an analysis bug crash the lint run: a failure becomes one clear
 * message at the top of the file instead of an exception in ESLint.
 */
export function findingsOrFailure<MessageIds extends string>(
  context: Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>,
  check: () => readonly Finding[],
): readonly Finding[] {
  try {
    return check();
  } catch (error) {
    context.report({
      messageId: 'analysisFailed' as MessageIds,
      data: { error: String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200) },
      loc: { line: 1, column: 0 },
    });
    return [];
  }
}
