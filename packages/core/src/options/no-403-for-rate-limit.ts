import { nameListOption, type OptionsOf } from './option-schema.js';

export const NO_403_FOR_RATE_LIMIT_OPTIONS = {
  rateLimitNames: nameListOption('More words for rate-limit counters, limiters and quotas, e.g. "budget".'),
  lockoutNames: nameListOption('More words for lockouts after too many failed attempts (a refusal there is 429), e.g. "cooldown".'),
  planLimitNames: nameListOption('More words for plan or resource limits, whose refusal is a permission (403) or 402, not a rate limit, e.g. "allowance".'),
} as const;

export type No403ForRateLimitOptions = OptionsOf<typeof NO_403_FOR_RATE_LIMIT_OPTIONS>;
