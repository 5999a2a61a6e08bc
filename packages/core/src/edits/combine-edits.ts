import type { TextEdit } from '../finding.js';
import { applyEdits, sortEdits } from './text-edits.js';

const isInsertion = (edit: TextEdit) => edit.range[0] === edit.range[1];

/** Does `inner` change text that `outer` replaces (an insertion at either end of `outer` does not)? */
function changesInside(inner: TextEdit, outer: TextEdit): boolean {
  const [start, end] = inner.range;
  if (start < outer.range[0] || end > outer.range[1]) return false;
  return !isInsertion(inner) || (start > outer.range[0] && start < outer.range[1]);
}

/**
 * `outer` with `inner` applied to the copy of the original text that it writes back: a header edit
 * that wraps `ctx.status = 403;` in braces, with `403` -> `401` inside. Undefined unless `outer`'s text
 * holds the text it replaces exactly once (else there is no telling where the inner edits belong).
 */
function composeInto(outer: TextEdit, inner: readonly TextEdit[], source: string): TextEdit | undefined {
  const original = source.slice(outer.range[0], outer.range[1]);
  const at = outer.text.indexOf(original);
  if (at < 0 || outer.text.indexOf(original, at + 1) >= 0 || overlapping(inner)) return undefined;
  const rewritten = applyEdits(original, inner, outer.range[0]);
  return { range: outer.range, text: outer.text.slice(0, at) + rewritten + outer.text.slice(at + original.length) };
}

function overlapping(edits: readonly TextEdit[]): boolean {
  const sorted = sortEdits(edits);
  return sorted.some((edit, i) => i > 0 && edit.range[0] < sorted[i - 1]!.range[1]);
}

const sameEdit = (a: TextEdit, b: TextEdit) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

/**
 * One suggestion's edits made of several edit sets (use 401, then add the header), as ESLint would
 * apply them: the same edit given twice counts once; an edit that lies inside another's replaced
 * text is applied to that text; edits that touch are merged into one. Undefined where two edits
 * still overlap: they disagree about the same text, and no combination is right.
 */
export function combineEdits(source: string, ...sets: readonly (readonly TextEdit[])[]): TextEdit[] | undefined {
  let edits: TextEdit[] = [];
  for (const edit of sets.flat()) if (!edits.some((e) => sameEdit(e, edit))) edits.push(edit);
  for (let composed = true; composed;) {
    composed = false;
    for (const outer of edits) {
      const inner = edits.filter((e) => e !== outer && changesInside(e, outer));
      const merged = inner.length > 0 ? composeInto(outer, inner, source) : undefined;
      if (!merged) continue;
      edits = [...edits.filter((e) => e !== outer && !inner.includes(e)), merged];
      composed = true;
      break;
    }
  }
  if (overlapping(edits)) return undefined;
  const result: TextEdit[] = [];
  for (const edit of sortEdits(edits)) {
    const last = result[result.length - 1];
    if (last && edit.range[0] === last.range[1]) {
      result[result.length - 1] = { range: [last.range[0], edit.range[1]], text: last.text + edit.text };
    } else result.push(edit);
  }
  return result;
}
