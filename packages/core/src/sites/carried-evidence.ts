import { sameHeaderName } from '../http/header-names.js';
import type { HeaderEvidence } from './header-evidence.js';
import type { CarriedHeaders } from './project-view.js';

/** What a summary's headers (an error class, a response helper) say about header `name`. */
export function carriedEvidence(headers: CarriedHeaders, name: string): HeaderEvidence {
  if (headers === 'none') return 'absent';
  if (headers === 'unknown') return 'unknown';
  return headers.some((h) => sameHeaderName(h, name)) ? 'present' : 'absent';
}
