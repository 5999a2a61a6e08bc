import type { AstIndex } from '../ast/ast-index.js';
import type { NameResolver } from '../ast/name-resolver.js';
import type { AuthVocabulary } from './vocabulary.js';

/** What the classifiers read about a file: its index and text, the vocabulary, and the name resolver. */
export interface ClassifyContext {
  readonly index: AstIndex;
  readonly vocabulary: AuthVocabulary;
  readonly text: string;
  readonly names: NameResolver;
}
