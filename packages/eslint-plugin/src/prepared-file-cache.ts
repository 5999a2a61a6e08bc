import { prepareFile, type PreparedFile } from '@authlint/core';
import type { TSESTree } from '@typescript-eslint/utils';

/** Both rules read the same prepared file: the index and the response sites are computed once per lint. */
const cache = new WeakMap<TSESTree.Program, PreparedFile>();

export function preparedFileFor(program: TSESTree.Program, text: string): PreparedFile {
  let file = cache.get(program);
  if (!file) {
    file = prepareFile(program as never, text);
    cache.set(program, file);
  }
  return file;
}
