import type { Range } from '../finding.js';
import type { StatusInfo } from '../status/status-info.js';
import type { StatusForm } from '../status/resolve-status.js';

/** What the editor shows when the cursor rests on a status value: plain data, rendered by the host. */
export interface StatusHover {
  /** The status token under the cursor: `403`, `StatusCodes.FORBIDDEN`, `ForbiddenException`. */
  readonly range: Range;
  readonly code: number;
  readonly form: StatusForm;
  readonly info: StatusInfo;
  /** How the status is used there: sent or thrown by a handler, or compared (client code, tests). */
  readonly usage: 'response' | 'comparison';
}
