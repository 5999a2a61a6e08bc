import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (h3)', rule, {
  valid: [
    `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => { setResponseStatus(event, 204); return null; });`,
    `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => { setResponseStatus(event, 204); return result; });`,
    `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => { setResponseStatus(event, 204); });`,
    `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => { setResponseStatus(event, 204); if (x) return; setResponseStatus(event, 200); return { ok: true }; });`,
  ],
  invalid: [
    {
      code: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 204);
  return { deleted: true };
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 28,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 204);
  return null;
});` },
            { messageId: 'suggestUse200', output: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler((event) => {
  setResponseStatus(event, 200);
  return { deleted: true };
});` },
          ],
        },
      ],
    },
    {
      code: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  await remove(event);
  setResponseStatus(event, 304, 'Not Modified');
  return 'cached';
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 4, column: 28,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  await remove(event);
  setResponseStatus(event, 304, 'Not Modified');
  return null;
});` },
            { messageId: 'suggestUse200', output: `import { defineEventHandler, setResponseStatus } from 'h3';
export default defineEventHandler(async (event) => {
  await remove(event);
  setResponseStatus(event, 200, 'OK');
  return 'cached';
});` },
          ],
        },
      ],
    },
  ],
});
