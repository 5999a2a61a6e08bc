import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (hono)', rule, {
  valid: [
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => c.redirect('/b'));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => c.redirect('/b', 301));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => { c.header('Location', '/b'); return c.body(null, 302); });`,
    `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => c.body(null, 307, { Location: '/b' }));`,
  ],
  invalid: [
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => c.body(null, 301));`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 35, suggestions: [] },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const url = '/b';
  return c.body(null, 302);
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 23,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const url = '/b';
  return c.redirect(url, 302);
});` },
            { messageId: 'suggestAddLocation', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const url = '/b';
  return c.body(null, 302, { 'Location': url });
});` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  c.status(307);
  return c.body(null);
});`,
      errors: [
        { messageId: 'missingLocation', line: 4, column: 12, suggestions: [] },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => c.text('moved', 308));`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 38, suggestions: [] },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const url = '/b';
  return c.body(null, 302, { 'Cache-Control': 'no-store' });
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 23,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const url = '/b';
  return c.body(null, 302, { 'Cache-Control': 'no-store', 'Location': url });
});` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const location = c.req.query('next');
  return c.newResponse(null, 301);
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 5, column: 30,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const location = c.req.query('next');
  return c.redirect(location, 301);
});` },
            { messageId: 'suggestAddLocation', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  const location = c.req.query('next');
  return c.newResponse(null, 301, { 'Location': location });
});` },
          ],
        },
      ],
    },
  ],
});
