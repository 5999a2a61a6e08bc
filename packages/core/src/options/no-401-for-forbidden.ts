import { CHALLENGE_OPTION } from './challenge.js';
import { nameListOption, type OptionsOf } from './option-schema.js';

export const NO_401_FOR_FORBIDDEN_OPTIONS = {
  identityNames: nameListOption('More names that hold the requester\'s identity or credentials (a missing one means 401), e.g. "account", "member".'),
  permissionNames: nameListOption('More names of role, permission or ownership checks (a failing one means 403), e.g. "entitled", "hasLicense".'),
  authMiddlewareNames: nameListOption('More names of middleware or Nest guards that authenticate the request, so that a handler behind one knows its requester, e.g. "gatekeeper".'),
  challenge: CHALLENGE_OPTION,
} as const;

export type No401ForForbiddenOptions = OptionsOf<typeof NO_401_FOR_FORBIDDEN_OPTIONS>;
