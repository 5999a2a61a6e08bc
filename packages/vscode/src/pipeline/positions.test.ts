import { describe, expect, it } from 'vitest';
import { LineIndex } from './positions.js';

/** VS Code's model, spelled out naively: lines split on \r\n, \r or \n. */
function naivePosition(text: string, offset: number) {
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  for (let line = 0; line < lines.length; line++) {
    const length = lines[line]!.length;
    const breakLength = text.startsWith('\r\n', start + length) ? 2 : start + length < text.length ? 1 : 0;
    if (offset <= start + length || line === lines.length - 1) return { line, character: Math.min(offset - start, length) };
    if (offset < start + length + breakLength) return { line, character: length };
    start += length + breakLength;
  }
  throw new Error('unreachable');
}

describe('LineIndex', () => {
  const texts = [
    '',
    'one line',
    'a\nbc\n\ndef\n',
    'crlf\r\nline two\r\n\r\nlast',
    'old mac\rline\rend',
    'mixed\r\n\n\r\rend',
    'emoji 😀 here\nnext 😀',
    'ESLint counts\u2028this as a break\u2029VS Code does not\nreal break',
  ];

  it.each(texts.map((t) => [JSON.stringify(t), t]))('maps every offset of %s as VS Code does', (_name, text) => {
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(lines.positionAt(offset), `offset ${offset}`).toEqual(naivePosition(text, offset));
    }
  });

  it.each(texts.map((t) => [JSON.stringify(t), t]))('round-trips offsets at character boundaries of %s', (_name, text) => {
    const lines = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      // Offsets between \r and \n have no position of their own.
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      expect(lines.offsetAt(lines.positionAt(offset))).toBe(offset);
    }
  });

  it('counts lines as VS Code does, not U+2028', () => {
    expect(new LineIndex('a\u2028b\u2029c').lineCount).toBe(1);
    expect(new LineIndex('a\r\nb\rc\nd').lineCount).toBe(4);
    expect(new LineIndex('trailing\n').lineCount).toBe(2);
  });

  it('clamps what is outside the text', () => {
    const lines = new LineIndex('ab\ncd');
    expect(lines.positionAt(-5)).toEqual({ line: 0, character: 0 });
    expect(lines.positionAt(99)).toEqual({ line: 1, character: 2 });
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(lines.offsetAt({ line: 7, character: 0 })).toBe(5);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
  });

  it('gives line starts and ends without the break', () => {
    const lines = new LineIndex('ab\r\ncd\nef');
    expect([lines.lineStart(1), lines.lineEnd(0), lines.lineEnd(1), lines.lineEnd(2)]).toEqual([4, 2, 6, 9]);
  });

  it('maps a range', () => {
    const text = 'res\n  .status(403)';
    expect(new LineIndex(text).rangeAt([text.indexOf('403'), text.indexOf('403') + 3])).toEqual({
      start: { line: 1, character: 10 },
      end: { line: 1, character: 13 },
    });
  });
});
