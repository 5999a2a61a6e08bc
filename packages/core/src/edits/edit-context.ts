import type { AstIndex } from '../ast/ast-index.js';
import type { ConstantTable } from '../ast/constant-values.js';

/** What the edits read about a file (a recognizer's SiteContext has all of it). */
export interface EditContext {
  readonly index: AstIndex;
  readonly constants: ConstantTable;
  readonly text: string;
  /** Module specifiers imported or required by the file. */
  readonly imports: ReadonlySet<string>;
  /** Local name -> module it was imported from. */
  readonly importedFrom: ReadonlyMap<string, string>;
}
