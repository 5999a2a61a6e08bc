import type { RuleId } from '../finding.js';
import { NO_403_FOR_UNAUTHENTICATED_OPTIONS } from './no-403-for-unauthenticated.js';
import type { OptionsOf, RuleOptionTable } from './option-schema.js';
import { REQUIRE_WWW_AUTHENTICATE_OPTIONS } from './require-www-authenticate.js';
import { NO_401_FOR_FORBIDDEN_OPTIONS } from './no-401-for-forbidden.js';
import { NO_403_FOR_RATE_LIMIT_OPTIONS } from './no-403-for-rate-limit.js';
import { REQUIRE_LOCATION_OPTIONS } from './require-location.js';
import { REQUIRE_ALLOW_OPTIONS } from './require-allow.js';
import { NO_BODY_WITH_204_304_OPTIONS } from './no-body-with-204-304.js';
import type { SharedSettings } from './vocabulary-setting.js';

/** Each rule's options: the one declaration the ESLint plugin's schema and the editor's settings come from. */
export const RULE_OPTIONS = {
  'no-403-for-unauthenticated': NO_403_FOR_UNAUTHENTICATED_OPTIONS,
  'require-www-authenticate': REQUIRE_WWW_AUTHENTICATE_OPTIONS,
  'no-401-for-forbidden': NO_401_FOR_FORBIDDEN_OPTIONS,
  'no-403-for-rate-limit': NO_403_FOR_RATE_LIMIT_OPTIONS,
  'require-location': REQUIRE_LOCATION_OPTIONS,
  'require-allow': REQUIRE_ALLOW_OPTIONS,
  'no-body-with-204-304': NO_BODY_WITH_204_304_OPTIONS,
} as const satisfies { readonly [K in RuleId]: RuleOptionTable };

export type RuleOptionsById = { readonly [K in RuleId]: OptionsOf<(typeof RULE_OPTIONS)[K]> };

/** What each check takes: its rule's options, and the settings every rule shares (the vocabulary), which the host adds. */
export type CheckOptionsById = { readonly [K in RuleId]: RuleOptionsById[K] & SharedSettings };
