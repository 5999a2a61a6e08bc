/** Every command the extension registers, in one place (no `vscode` import: the pipeline names them too). */
export const enum CommandId {
  /** Opens a rule's documentation page; argument: the rule id. */
  ShowRuleDocumentation = 'authlint.showRuleDocumentation',
  /** Shows the authlint output channel. */
  ShowOutput = 'authlint.showOutput',
  /** Re-reads settings and re-analyses every open document. */
  Revalidate = 'authlint.revalidate',
}
