import { CHALLENGE_OPTION } from './challenge.js';
import type { OptionsOf } from './option-schema.js';
import { vocabularyOption } from './vocabulary-options.js';

export const NO_403_FOR_UNAUTHENTICATED_OPTIONS = {
  identityNames: vocabularyOption('identityNames'),
  permissionNames: vocabularyOption('permissionNames'),
  challenge: CHALLENGE_OPTION,
} as const;

export type No403ForUnauthenticatedOptions = OptionsOf<typeof NO_403_FOR_UNAUTHENTICATED_OPTIONS>;
