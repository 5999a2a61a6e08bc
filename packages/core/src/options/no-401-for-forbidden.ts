import { CHALLENGE_OPTION } from './challenge.js';
import type { OptionsOf } from './option-schema.js';
import { vocabularyOption } from './vocabulary-options.js';

export const NO_401_FOR_FORBIDDEN_OPTIONS = {
  identityNames: vocabularyOption('identityNames'),
  permissionNames: vocabularyOption('permissionNames'),
  authMiddlewareNames: vocabularyOption('authMiddlewareNames'),
  challenge: CHALLENGE_OPTION,
} as const;

export type No401ForForbiddenOptions = OptionsOf<typeof NO_401_FOR_FORBIDDEN_OPTIONS>;
