/** The `challenge` option both rules take, with one schema: the challenge a suggested WWW-Authenticate header carries. */
export const challengeOptionSchema = {
  type: 'string' as const,
  minLength: 1,
  description: 'The challenge the suggested header carries, e.g. "Bearer", \'Basic realm="api"\'.',
};
