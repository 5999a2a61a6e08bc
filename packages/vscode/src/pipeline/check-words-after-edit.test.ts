import { CHECK_WORDS } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { answerWords, answerWordsAfterEdit, PREFILTERS, prefiltersAreBounded } from './check-words-after-edit.js';
import { changedSpan } from './incremental-parse.js';

const AUTH = CHECK_WORDS['require-www-authenticate'];
const LOCATION = CHECK_WORDS['require-location'];

/** The answer after the edit from `before` to `after`, read around the edit, beside the whole text's answer. */
function both(pattern: RegExp, before: string, after: string) {
  return { incremental: answerWordsAfterEdit(pattern, answerWords(pattern, before), after, changedSpan(before, after)), whole: answerWords(pattern, after) };
}

const filler = (n: number) => 'const a = b;\n'.repeat(n);

describe('answerWordsAfterEdit', () => {
  it('is answered from the window for every prefilter the checks have', () => {
    expect(PREFILTERS.length).toBe(new Set(Object.values(CHECK_WORDS)).size);
    expect(prefiltersAreBounded()).toBe(true);
  });

  it('finds a match typed far from the start of a text that had none', () => {
    const before = `${filler(500)}res.status(40);\n${filler(500)}`;
    const { incremental, whole } = both(AUTH, before, before.replace('status(40)', 'status(401)'));
    expect(whole.matched).toBe(true);
    expect(incremental).toEqual(whole);
  });

  it('loses a match that the edit removes, and keeps one that lies well before the edit', () => {
    const before = `${filler(50)}res.status(401);\n${filler(50)}`;
    expect(both(AUTH, before, before.replace('401', '40')).incremental).toEqual({ matched: false, firstMatchEnd: -1 });
    const kept = both(AUTH, before, `${before}x`);
    expect(kept.incremental).toEqual(kept.whole);
    expect(kept.incremental.matched).toBe(true);
  });

  it('finds a word completed by the edit, which starts well before it', () => {
    const before = `${filler(100)}throw new Unauthoriz();\n${filler(100)}`;
    const { incremental, whole } = both(AUTH, before, before.replace('Unauthoriz(', 'UnauthorizedError('));
    expect(whole.matched).toBe(true);
    expect(incremental).toEqual(whole);
  });

  it('reads the lookarounds in the whole text, not at the edges of the window', () => {
    // 1401 is no 401, wherever the window around the edit starts or ends: the 1 may be outside it.
    const reachOfAuth = AUTH.source.length;
    for (let gap = 0; gap <= 3 * reachOfAuth; gap += 1) {
      const before = `${filler(60)}const code = 1401;${' '.repeat(gap)}const b = 0;\n${filler(60)}`;
      const after = before.replace('const b = 0;', 'const b = 10;');
      expect({ gap, ...both(AUTH, before, after) }).toEqual({ gap, incremental: { matched: false, firstMatchEnd: -1 }, whole: { matched: false, firstMatchEnd: -1 } });
      const ahead = `${filler(60)}const b = 0;${' '.repeat(gap)}const code = 4011;\n${filler(60)}`;
      expect({ gap, ...both(AUTH, ahead, ahead.replace('const b = 0;', 'const b = 10;')).incremental }).toEqual({ gap, matched: false, firstMatchEnd: -1 });
    }
  });

  it('gives the whole text\'s answer for random edits near the prefilters\' words', () => {
    const pieces = ['401', '403', '301', '4', '0', '1', 'Unauthorized', 'Unauthoriz', 'FOUND', '.Found', 'moved_permanently', 'x', ' ', '\n', 'a1', '204', 'no_content', '$', 'Unauthor', 'ized', 'ed', 'moved_perm', 'anently'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let text = filler(30);
    for (let step = 0; step < 1500; step++) {
      const at = Math.floor(random() * (text.length + 1));
      const cut = random() < 0.4 ? Math.floor(random() * 6) : 0;
      const insert = random() < 0.8 ? pieces[Math.floor(random() * pieces.length)]! : '';
      const next = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + cut));
      for (const pattern of PREFILTERS) {
        const { incremental, whole } = both(pattern, text, next);
        expect({ step, pattern: pattern.source.slice(0, 20), ...incremental }).toEqual({ step, pattern: pattern.source.slice(0, 20), ...whole });
      }
      text = next;
    }
    expect(answerWords(LOCATION, text).matched || answerWords(AUTH, text).matched).toBe(true);
  });
});
