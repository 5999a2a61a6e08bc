import { checkNo403ForUnauthenticated, DEFAULT_CHALLENGE, MESSAGES, prepareFile } from '@authlint/core';
import { createRule } from '../create-rule.js';
import { challengeOptionSchema } from '../challenge-option.js';
import { findingsOrFailure, reportFindings } from '../report-findings.js';

export type Options = [{ identityNames?: string[]; permissionNames?: string[]; challenge?: string }];
export type MessageIds = keyof (typeof MESSAGES)['no-403-for-unauthenticated'] & string;

const nameList = (description: string) => ({
  type: 'array' as const,
  items: { type: 'string' as const, minLength: 1 },
  uniqueItems: true,
  description,
});

export default createRule<Options, MessageIds>({
  name: 'no-403-for-unauthenticated',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow 403 Forbidden where the requester is not authenticated (that is 401 Unauthorized)',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: MESSAGES['no-403-for-unauthenticated'] as Record<MessageIds, string>,
    schema: [{
      type: 'object',
      additionalProperties: false,
      properties: {
        identityNames: nameList('More names that hold the requester\'s identity or credentials (a missing one means 401), e.g. "account", "member".'),
        permissionNames: nameList('More names of role, permission or ownership checks (a failing one means 403), e.g. "entitled", "hasLicense".'),
        challenge: challengeOptionSchema,
      },
    }],
    defaultOptions: [{ identityNames: [], permissionNames: [], challenge: DEFAULT_CHALLENGE }],
  },
  create(context, [options]) {
    return {
      'Program:exit'(program) {
        // The core caches the prepared file per Program, so both rules share one analysis.
        const findings = findingsOrFailure(context, () => checkNo403ForUnauthenticated(prepareFile(program, context.sourceCode.text), options));
        reportFindings(context, findings);
      },
    };
  },
});
