import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (h3)', rule, {
  valid: [
    `import { defineEventHandler, sendRedirect } from 'h3';
export default defineEventHandler((event) => sendRedirect(event, '/b', 302));`,
    `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';
export default defineEventHandler((event) => { setResponseHeader(event, 'Location', '/b'); setResponseStatus(event, 301); return ''; });`,
  ],
  invalid: [
    {
      code: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  const url = '/new';
  setResponseStatus(event, 302);
  return null;
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 4, column: 28,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  const url = '/new';
  setResponseHeader(event, 'Location', url);
  setResponseStatus(event, 302);
  return null;
});` },
          ],
        },
      ],
    },
  ],
});
