/** A zero-based line and UTF-16 character, as VS Code's `Position`. */
export interface PositionData {
  readonly line: number;
  readonly character: number;
}

export interface RangeData {
  readonly start: PositionData;
  readonly end: PositionData;
}

/**
 * Offset <-> position mapping with VS Code's line breaks (`\r\n`, `\n`, `\r`; not U+2028/U+2029,
 * which ESLint counts but the editor does not). Built once per text, then O(log lines) per lookup.
 */
export class LineIndex {
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  /** Offset of the first character of each line; found on first use (a hover-less, finding-less text never needs it). */
  private get starts(): number[] {
    this.lineStarts ??= lineStartsOf(this.text);
    return this.lineStarts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where `line` starts (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line]!;
  }

  /** Offset where `line`'s content ends, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1]!;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStart(line));
  }

  /** The zero-based line holding `offset` (offsets are clamped to the text). */
  lineOf(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): PositionData {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const line = this.lineOf(clamped);
    // An offset between \r and \n belongs to the end of the line, as in VS Code.
    return { line, character: Math.min(clamped, this.lineEnd(line)) - this.starts[line]! };
  }

  offsetAt(position: PositionData): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  rangeAt(range: readonly [number, number]): RangeData {
    return { start: this.positionAt(range[0]), end: this.positionAt(range[1]) };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, with the engine's own search for each line break: several times faster on a
    // large file than looking at every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}
