import rule from '../../../src/rules/no-403-for-rate-limit.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-403-for-rate-limit (hapi)', rule, {
  valid: [
    `server.ext('onRequest', async (request, h) => { if (await isRateLimited(request.info.remoteAddress)) throw Boom.tooManyRequests('slow down'); return h.continue; });`,
  ],
  invalid: [
    {
      // Boom: forbidden becomes tooManyRequests.
      code: `import Boom from '@hapi/boom';
server.ext('onRequest', async (request, h) => {
  if (await isRateLimited(request.info.remoteAddress)) throw Boom.forbidden('slow down');
  return h.continue;
});`,
      errors: [
        {
          messageId: 'rateLimited', line: 3, column: 67,
          suggestions: [
            { messageId: 'suggestUse429', output: `import Boom from '@hapi/boom';
server.ext('onRequest', async (request, h) => {
  if (await isRateLimited(request.info.remoteAddress)) throw Boom.tooManyRequests('slow down');
  return h.continue;
});` },
          ],
        },
      ],
    },
  ],
});
