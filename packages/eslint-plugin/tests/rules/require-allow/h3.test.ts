import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (h3)', rule, {
  valid: [
    `import { defineEventHandler, setResponseStatus, setResponseHeader } from 'h3';
export default defineEventHandler((event) => { setResponseHeader(event, 'Allow', 'GET'); setResponseStatus(event, 405); return ''; });`,
    `import { defineEventHandler, createError } from 'h3';
export default defineEventHandler(() => { throw createError({ statusCode: 405 }); });`,
  ],
  invalid: [
  ],
});
