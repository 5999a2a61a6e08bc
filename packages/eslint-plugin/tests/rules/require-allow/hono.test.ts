import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (hono)', rule, {
  valid: [
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/a', (c) => c.body(null, 405, { Allow: 'GET' }));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/a', (c) => { c.header('Allow', 'GET'); return c.text('no', 405); });`,
    `import { Hono } from 'hono';
const app = new Hono();
app.all('/a', (c) => c.json({}, 405, headers));`,
  ],
  invalid: [
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', show);
app.all('/a', (c) => c.text('no', 405));`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 35,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', show);
app.all('/a', (c) => c.text('no', 405, { 'Allow': 'GET, HEAD' }));` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('/a', (c) => {
  if (c.req.method !== 'POST') return c.body(null, 405);
  return c.json({});
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 52,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import { Hono } from 'hono';
const app = new Hono();
app.all('/a', (c) => {
  if (c.req.method !== 'POST') return c.body(null, 405, { 'Allow': 'POST' });
  return c.json({});
});` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.all('/b', (c) => c.json({ error: 'method' }, 405));`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 3, column: 50, suggestions: [] },
      ],
    },
  ],
});
