import type { TSESTree } from '@typescript-eslint/types';
import type { StatusHover } from './status-hover.js';

// Placeholder: the position detector is being written.
export function describeStatusAt(_program: TSESTree.Program, _text: string, _offset: number): StatusHover | undefined {
  return undefined;
}
