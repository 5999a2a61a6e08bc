// @ts-check
// Parsing as the core's hosts do: typescript-estree with range and loc (no type information).
import { parse } from '@typescript-eslint/typescript-estree';

/** Parses a file's text; `jsx` for .jsx/.tsx. Throws a parse error as typescript-estree does. */
export function parseForCore(text, ext = '.ts') {
  return parse(text, { range: true, loc: true, jsx: /x$/.test(ext), comment: false, tokens: false });
}

/**
 * Appended to a file's text to make every check's prefilter (the 401/403 words, a redirect status, 405, 204)
 * let the file through, so the whole analysis runs. After the last character: no range moves.
 */
export const FORCE_ANALYSIS_MARKER = '\n// authlint-bench: 401 403 forbidden unauthorized 301 405 204\n';
