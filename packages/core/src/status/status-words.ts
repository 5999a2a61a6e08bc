import { STATUS_CODES } from './status-codes.js';

/** Names the status libraries still use for a code besides its RFC 9110 phrase (http-status-codes' MOVED_TEMPORARILY). */
const OLDER_NAMES: Readonly<Record<number, readonly string[]>> = {
  302: ['Moved Temporarily'],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A name as status constants spell it (`METHOD_NOT_ALLOWED`, `MethodNotAllowed`, `methodNotAllowed`).
 * A one-word name (`Found`) only as a whole word, or every `NOT_FOUND` and "not found" would pass.
 */
function namePattern(name: string): string {
  const words = name.split(/\s+/).map(escapeRegExp);
  return words.length === 1 ? `(?<![\\w$])${words[0]!}(?![\\w$])` : words.join('[_ ]?');
}

/**
 * A check's prefilter for the statuses `codes`: their numbers (not inside a longer number, such as
 * 1405) and their names, case-insensitive. A file without any of them cannot send one of those statuses.
 */
export function statusWords(codes: readonly number[]): RegExp {
  const names = codes.flatMap((code) => [STATUS_CODES.get(code)?.phrase ?? [], OLDER_NAMES[code] ?? []].flat());
  return new RegExp([`(?<!\\d)(?:${codes.join('|')})(?!\\d)`, ...names.map(namePattern)].join('|'), 'i');
}
