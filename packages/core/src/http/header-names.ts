/** Header names the checks ask about, spelled as RFC 9110 spells them; header names compare case-insensitively. */
export const WWW_AUTHENTICATE = 'WWW-Authenticate';
export const ALLOW = 'Allow';
export const LOCATION = 'Location';
export const RETRY_AFTER = 'Retry-After';

/** Do two header names name the same header? */
export function sameHeaderName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
