import { CHALLENGE_OPTION } from './challenge.js';
import { booleanOption, type OptionsOf } from './option-schema.js';

export const REQUIRE_WWW_AUTHENTICATE_OPTIONS = {
  challenge: CHALLENGE_OPTION,
  errorHandlerAddsChallenge: booleanOption(
    'The app adds WWW-Authenticate to every 401 error in one central error handler, so 401 errors thrown or passed to next() are not reported.',
  ),
  resourceMetadataUrl: {
    schema: {
      type: 'string',
      description: 'For MCP servers: the absolute URL of the protected-resource metadata (RFC 9728) that the suggested WWW-Authenticate names in resource_metadata. Empty: the URL the file shows, if any.',
      default: '',
    },
    host: 'all',
  },
  // The editor's "Fix all" (source.fixAll.authlint) already applies the safe add-header edit.
  autofix: booleanOption('Apply the add-header suggestion with --fix instead of offering it only as a suggestion.', 'eslint'),
} as const;

export type RequireWwwAuthenticateOptions = OptionsOf<typeof REQUIRE_WWW_AUTHENTICATE_OPTIONS>;
