import type { AstIndex } from '../ast/ast-index.js';
import type { ConstantTable } from '../ast/constant-values.js';
import type { NameResolver } from '../ast/name-resolver.js';

/** What the edits read about a file; `sites/` knows it as `SiteContext`. */
export interface EditContext {
  readonly index: AstIndex;
  readonly constants: ConstantTable;
  readonly text: string;
  /** Module specifiers imported or required by the file: 'express', '@nestjs/common', 'next/server'. */
  readonly imports: ReadonlySet<string>;
  /** Local name -> module it was imported from: `import { forbidden } from 'next/navigation'`. */
  readonly importedFrom: ReadonlyMap<string, string>;
  /** What a name refers to, from a scope analysis run on the first question (see NameResolver). */
  readonly names: NameResolver;
}
