import type { RuleOption, StringOptionSchema } from './option-schema.js';

export const DEFAULT_CHALLENGE = 'Bearer';

/** The option both rules take: the challenge a suggested WWW-Authenticate header carries. */
export const CHALLENGE_OPTION: RuleOption<StringOptionSchema> = {
  schema: {
    type: 'string',
    minLength: 1,
    description: 'The challenge the suggested header carries, e.g. "Bearer", \'Basic realm="api"\'.',
    default: DEFAULT_CHALLENGE,
  },
  host: 'all',
};
