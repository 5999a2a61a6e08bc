import { CHECK_WORDS } from '@authlint/core';
import type { TextChange } from './incremental-parse.js';

/** A check's prefilter (`CHECK_WORDS`) on one text: whether it matches, and where its first match ends. */
export interface WordsAnswer {
  readonly matched: boolean;
  /** -1 when there is no match. */
  readonly firstMatchEnd: number;
}

/** The prefilters, each once (the four 401/403 checks share one). */
export const PREFILTERS: readonly RegExp[] = [...new Set(Object.values(CHECK_WORDS))];

/**
 * The most characters a match of `pattern`, with what its lookarounds read, can span; undefined when
 * nothing bounds it. Without `*`, `+` or `{` (outside escapes and classes), no back-references,
 * every piece of the source matches at most one character, so the source's length bounds it.
 */
function reachOf(pattern: RegExp): number | undefined {
  const bare = pattern.source.replace(/\\./g, 'e').replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
  return /[*+{]/.test(bare) || /\\\d/.test(pattern.source) ? undefined : pattern.source.length;
}

const reaches = new Map<RegExp, number | undefined>();
const copies = new Map<string, RegExp>();

/** `pattern` with the `g` or the `y` flag, made once. */
function withFlag(pattern: RegExp, flag: 'g' | 'y'): RegExp {
  const flags = pattern.flags.replace(/[gy]/g, '') + flag;
  const key = `${flags}/${pattern.source}`;
  let copy = copies.get(key);
  if (!copy) {
    copy = new RegExp(pattern.source, flags);
    copies.set(key, copy);
  }
  return copy;
}

function reach(pattern: RegExp): number | undefined {
  if (!reaches.has(pattern)) reaches.set(pattern, reachOf(pattern));
  return reaches.get(pattern);
}

/** Whether every prefilter has a bounded reach, so that an edit is answered from a window around it. */
export function prefiltersAreBounded(): boolean {
  return PREFILTERS.every((p) => reach(p) !== undefined);
}

export function answerWords(pattern: RegExp, text: string): WordsAnswer {
  const global = withFlag(pattern, 'g');
  global.lastIndex = 0;
  const match = global.exec(text);
  return match ? { matched: true, firstMatchEnd: match.index + match[0].length } : { matched: false, firstMatchEnd: -1 };
}

/** Does `pattern` match `text` at exactly `at` (with its lookarounds reading the whole text)? */
function matchEndAt(pattern: RegExp, text: string, at: number): number | undefined {
  const y = withFlag(pattern, 'y');
  y.lastIndex = at;
  const match = y.exec(text);
  return match ? at + match[0].length : undefined;
}

/**
 * `answerWords(pattern, text)` for a text one change away from the one `previous` answers, reading
 * only the text around the change where it can: a first match that ends well before the change is
 * still there, and a match the old text did not have must lie within the pattern's reach of the change.
 */
export function answerWordsAfterEdit(pattern: RegExp, previous: WordsAnswer, text: string, change: TextChange): WordsAnswer {
  const span = reach(pattern);
  if (span === undefined) return answerWords(pattern, text);
  if (previous.matched) return previous.firstMatchEnd + span <= change.start ? previous : answerWords(pattern, text);
  // No match before the edit, so none lies wholly before the window (its lookarounds read the same text).
  const from = Math.max(0, change.start - 2 * span);
  const to = Math.min(text.length, change.newEnd + 2 * span);
  const window = text.slice(from, to);
  const found = withFlag(pattern, 'g');
  found.lastIndex = 0;
  for (let hit = found.exec(window); hit; hit = found.exec(window)) {
    // A hit at the window's edges may lean on a lookaround that the whole text answers otherwise.
    const end = matchEndAt(pattern, text, from + hit.index);
    if (end !== undefined) return { matched: true, firstMatchEnd: end };
    found.lastIndex = hit.index + 1;
  }
  return previous;
}
