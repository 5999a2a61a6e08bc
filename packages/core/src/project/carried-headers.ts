import { WWW_AUTHENTICATE } from '../http/header-names.js';
import type { CarriedHeaders } from '../sites/project-view.js';

/**
 * Which headers the source of an error class (or of the factory that makes it) can put on its
 * responses, read from its text: the challenge named anywhere in it, else any mention of headers
 * (a `headers` field, `setHeader`) makes it unknown, else none.
 */
export function headersInSource(source: string): CarriedHeaders {
  if (/www-authenticate/i.test(source)) return [WWW_AUTHENTICATE];
  if (/headers?\b|setHeader|\.set\(/i.test(source)) return 'unknown';
  return 'none';
}

/** An error carries what its own class carries and what its base carries. */
export function combineCarried(own: CarriedHeaders, base: CarriedHeaders): CarriedHeaders {
  if (own !== 'none' && own !== 'unknown') return base !== 'none' && base !== 'unknown' ? [...new Set([...own, ...base])] : own;
  if (base !== 'none' && base !== 'unknown') return base;
  return own === 'unknown' || base === 'unknown' ? 'unknown' : 'none';
}
