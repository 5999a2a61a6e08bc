import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (hono)', rule, {
  valid: [
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/a', (c) => c.body(null, 204));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/a', (c) => c.json(result, 204));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/a', (c) => c.newResponse(null, 204));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/a', (c) => c.json({ ok: true }, 200));`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/a', (c) => { c.status(204); return c.body(null); });`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  return c.body(null);
});`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  if (gone) {
    c.status(204);
  }
  return c.json({ deleted: true });
});`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  c.status(200);
  return c.json({ deleted: true });
});`,
    `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  return c.json({ deleted: true }, 200);
});`,
  ],
  invalid: [
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => c.json({ deleted: true }, 204));`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 59,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => c.body(null, 204));` },
            { messageId: 'suggestUse200', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => c.json({ deleted: true }, 200));` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  return c.text('Deleted', 204);
});`,
      errors: [
        {
          messageId: 'contentThrows', line: 4, column: 28,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  return c.body(null, 204);
});` },
            { messageId: 'suggestUse200', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  return c.text('Deleted', 200);
});` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.body('cached', { status: 304 }));`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 57,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.body(null, { status: 304 }));` },
            { messageId: 'suggestUse200', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.body('cached', { status: 200 }));` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.json({ ok: 1 }, { status: 204, headers: { 'X-A': '1' } }));`,
      errors: [
        {
          messageId: 'contentThrows', line: 3, column: 58,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.body(null, { status: 204, headers: { 'X-A': '1' } }));` },
            { messageId: 'suggestUse200', output: `import { Hono } from 'hono';
const app = new Hono();
app.get('/items/:id', (c) => c.json({ ok: 1 }, { status: 200, headers: { 'X-A': '1' } }));` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  return c.json({ deleted: true });
});`,
      errors: [
        {
          messageId: 'contentThrows', line: 4, column: 12,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  return c.body(null);
});` },
            { messageId: 'suggestUse200', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(200);
  return c.json({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  c.header('X-Deleted', '1');
  return c.text('deleted');
});`,
      errors: [
        {
          messageId: 'contentThrows', line: 4, column: 12,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(204);
  c.header('X-Deleted', '1');
  return c.body(null);
});` },
            { messageId: 'suggestUse200', output: `import { Hono } from 'hono';
const app = new Hono();
app.delete('/items/:id', (c) => {
  c.status(200);
  c.header('X-Deleted', '1');
  return c.text('deleted');
});` },
          ],
        },
      ],
    },
  ],
});
