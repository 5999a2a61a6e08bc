import { STATUS_CODES } from './status-codes.js';

/** Names the status libraries still use for a code besides its RFC 9110 phrase (http-status-codes' MOVED_TEMPORARILY). */
const OLDER_NAMES: Readonly<Record<number, readonly string[]>> = {
  302: ['Moved Temporarily'],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `[mM][oO][vV][eE][dD]`: a word in any case, so that one pattern can also hold case-sensitive parts. */
function anyCase(word: string): string {
  return [...escapeRegExp(word)].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}

/**
 * A name as status constants spell it (`METHOD_NOT_ALLOWED`, `MethodNotAllowed`, `methodNotAllowed`), in any case.
 * A one-word name (`Found`) only as a constant spells it: `FOUND`, or `.Found` as a member of a status enum
 * (axios's `HttpStatusCode.Found`). In any case and as a whole word, the "not found" of every error message
 * would pass: on the application corpus that doubled the files analysed.
 */
function namePattern(name: string): string {
  const words = name.split(/\s+/);
  if (words.length > 1) return words.map(anyCase).join('[_ ]?');
  const word = escapeRegExp(words[0]!);
  return `(?:\\.(?:${word.toUpperCase()}|${word})|(?<![\\w$])${word.toUpperCase()})(?![\\w$])`;
}

/**
 * A check's prefilter for the statuses `codes`: their numbers (not inside a longer number, such as
 * 1405) and their names. A file without any of them cannot send one of those statuses.
 */
export function statusWords(codes: readonly number[]): RegExp {
  const names = codes.flatMap((code) => [STATUS_CODES.get(code)?.phrase ?? [], OLDER_NAMES[code] ?? []].flat());
  return new RegExp([`(?<!\\d)(?:${codes.join('|')})(?!\\d)`, ...names.map(namePattern)].join('|'));
}
