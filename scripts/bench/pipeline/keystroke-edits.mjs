// @ts-check
// A seeded sequence of single keystrokes in a file's function bodies, as a person types them: the
// texts after each keystroke, in order, each one edit away from the one before.
// At each of `sites` handler body lines: type a character at the end of an identifier and delete it again;
// Enter at the end of the line; type `audit(req);` one character at a time (the editor closes the
// parenthesis, so every state parses); then delete the new line. Used by bench-pipeline.mjs.
import { seededRandom } from '../stats.mjs';

const NOT_IDENTIFIERS = new Set(['const', 'let', 'var', 'return', 'if', 'else', 'await', 'async', 'new', 'typeof', 'for', 'of', 'in',
  'throw', 'true', 'false', 'null', 'undefined', 'function', 'export', 'import', 'from', 'this', 'as', 'try', 'catch']);
const TYPED = ['a', 'au', 'aud', 'audi', 'audit', 'audit()', 'audit(r)', 'audit(re)', 'audit(req)', 'audit(req);'];

/**
 * Lines inside a body (indented) that end a statement, as [start offset, end offset, indent]: those
 * of handlers (they name the request or response) when there are any.
 */
function bodyLines(text) {
  const all = [...text.matchAll(/^( {2,})\S[^\n]*;$/gm)].map((m) => [m.index, m.index + m[0].length, m[1]]);
  const inHandlers = all.filter(([start, end]) => /\b(?:req|res|ctx|request|response)\b/.test(text.slice(start, end)));
  return inHandlers.length > 0 ? inHandlers : all;
}

export function keystrokeTexts(text, { sites, seed }) {
  const rand = seededRandom(seed);
  const lines = bodyLines(text);
  const texts = [];
  let current = text;
  // Sites from the end of the file backwards, so that earlier offsets stay valid as the text grows and shrinks.
  const chosen = [...new Set(Array.from({ length: sites }, () => Math.floor(rand() * lines.length)))].sort((a, b) => b - a);
  for (const index of chosen) {
    const [start, end, indent] = lines[index];
    const words = [...current.slice(start, end).matchAll(/[A-Za-z_$][\w$]*/g)].filter((m) => !NOT_IDENTIFIERS.has(m[0]));
    if (words.length > 0) {
      const word = words[Math.floor(rand() * words.length)];
      const at = start + word.index + word[0].length;
      texts.push(`${current.slice(0, at)}x${current.slice(at)}`);
      texts.push(current);
    }
    const before = current.slice(0, end);
    const after = current.slice(end);
    for (const typed of ['', ...TYPED]) texts.push(`${before}\n${indent}${typed}${after}`);
    texts.push(current);
  }
  return texts;
}
