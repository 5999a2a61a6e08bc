/** Offsets into the source text, end exclusive (the same as ESTree `range`). */
export type Range = readonly [start: number, end: number];

/** One text replacement. An insertion has `range[0] === range[1]`. */
export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

export interface Suggestion {
  /** Message id of the suggestion's title; starts with `suggest`. */
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
  /**
   * True when applying the edit cannot change behaviour beyond what the finding asks for
   * (the editor offers these in `source.fixAll.authlint`; the plugin may promote them to `--fix`).
   */
  readonly safe: boolean;
}

/** A problem found by a check: plain data, shared by every host. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly range: Range;
  readonly suggestions: readonly Suggestion[];
}

/**
 * The finding with ranges of its own. A check often takes a range straight from a node
 * (`{ range: body.range, text: 'null' }`), and the editor moves a kept tree's ranges in place when an
 * edit before it shifts the text: a finding kept across keystrokes would move with the tree and
 * then again as a finding.
 */
export function detachedFinding(finding: Finding): Finding {
  return {
    ...finding,
    range: [finding.range[0], finding.range[1]],
    suggestions: finding.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ range: [e.range[0], e.range[1]], text: e.text })) })),
  };
}

export type RuleId = 'no-403-for-unauthenticated' | 'require-www-authenticate' | 'no-401-for-forbidden' | 'no-403-for-rate-limit' | 'require-location' | 'require-allow' | 'no-body-with-204-304';
