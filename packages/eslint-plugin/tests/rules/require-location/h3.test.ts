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
  ],
});
