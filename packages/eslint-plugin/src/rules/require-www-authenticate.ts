import { checkRequireWwwAuthenticate, DEFAULT_CHALLENGE, MESSAGES, prepareFile } from '@authlint/core';
import { createRule } from '../create-rule.js';
import { challengeOptionSchema } from '../challenge-option.js';
import { findingsOrFailure, reportFindings } from '../report-findings.js';

export type Options = [{ challenge?: string; errorHandlerAddsChallenge?: boolean; autofix?: boolean }];
export type MessageIds = keyof (typeof MESSAGES)['require-www-authenticate'] & string;

export default createRule<Options, MessageIds>({
  name: 'require-www-authenticate',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a WWW-Authenticate header on every 401 Unauthorized response (RFC 9110, section 15.5.2)',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    fixable: 'code',
    messages: MESSAGES['require-www-authenticate'] as Record<MessageIds, string>,
    schema: [{
      type: 'object',
      additionalProperties: false,
      properties: {
        challenge: challengeOptionSchema,
        errorHandlerAddsChallenge: {
          type: 'boolean',
          description: 'The app adds WWW-Authenticate to every 401 error in one central error handler, so 401 errors thrown or passed to next() are not reported.',
        },
        autofix: {
          type: 'boolean',
          description: 'Apply the add-header suggestion with --fix instead of offering it only as a suggestion.',
        },
      },
    }],
    defaultOptions: [{ challenge: DEFAULT_CHALLENGE, errorHandlerAddsChallenge: false, autofix: false }],
  },
  create(context, [options]) {
    return {
      'Program:exit'(program) {
        // The core caches the prepared file per Program, so both rules share one analysis.
        const findings = findingsOrFailure(context, () => checkRequireWwwAuthenticate(prepareFile(program, context.sourceCode.text), options));
        reportFindings(context, findings, { fixSafeSuggestions: options.autofix === true });
      },
    };
  },
});
