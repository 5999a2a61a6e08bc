import type { TextEdit } from '../finding.js';
import type { HeaderEdits } from './header-edits.js';
import { quote } from './text-edits.js';

const RETRY_AFTER = 'Retry-After';

/** A value no source holds: the header idioms quote it, and the quoted form is then replaced by the expression. */
const PLACEHOLDER = 'authlint:retry-after-seconds';

/**
 * The edits that send `Retry-After`, a number of seconds or computed at run time (`String(Math.ceil(rej.msBeforeNext / 1000))`),
 * in the framework's own idiom: the site's header edits take a literal value, so they are built with
 * a placeholder whose quoted form is swapped for the expression. Undefined where any edit holds the
 * placeholder in another form than quoted.
 */
export function retryAfterEdits(build: HeaderEdits, secondsExpression: string): TextEdit[] | undefined {
  // A number of seconds known now is written as it is: `'60'`.
  if (/^\d+$/.test(secondsExpression)) {
    const edits = build(RETRY_AFTER, secondsExpression);
    return edits && edits.length > 0 ? [...edits] : undefined;
  }
  const edits = build(RETRY_AFTER, PLACEHOLDER);
  if (!edits || edits.length === 0) return undefined;
  const quoted = quote(PLACEHOLDER);
  const value = `String(${secondsExpression})`;
  const replaced = edits.map((e) => ({ ...e, text: e.text.split(quoted).join(value) }));
  return replaced.some((e) => e.text.includes(PLACEHOLDER)) ? undefined : replaced;
}
