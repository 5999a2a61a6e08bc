import { CHALLENGE_OPTION } from './challenge.js';
import { nameListOption, type OptionsOf } from './option-schema.js';

export const NO_403_FOR_UNAUTHENTICATED_OPTIONS = {
  identityNames: nameListOption('More names that hold the requester\'s identity or credentials (a missing one means 401), e.g. "account", "member".'),
  permissionNames: nameListOption('More names of role, permission or ownership checks (a failing one means 403), e.g. "entitled", "hasLicense".'),
  challenge: CHALLENGE_OPTION,
} as const;

export type No403ForUnauthenticatedOptions = OptionsOf<typeof NO_403_FOR_UNAUTHENTICATED_OPTIONS>;
