import type { OptionsOf } from './option-schema.js';
import { vocabularyOption } from './vocabulary-options.js';

export const NO_403_FOR_RATE_LIMIT_OPTIONS = {
  rateLimitNames: vocabularyOption('rateLimitNames'),
  lockoutNames: vocabularyOption('lockoutNames'),
  planLimitNames: vocabularyOption('planLimitNames'),
} as const;

export type No403ForRateLimitOptions = OptionsOf<typeof NO_403_FOR_RATE_LIMIT_OPTIONS>;
