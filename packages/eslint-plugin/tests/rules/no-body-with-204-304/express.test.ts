import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (express)', rule, {
  valid: [
    // Directus's conditional GET: the 304 is ended without content.
    `app.get('/assets/:id', (req, res) => {
  if (req.headers['if-none-match'] === etag) {
    res.setHeader('ETag', etag);
    res.status(304);
    return res.end();
  }
  res.json(asset);
});`,
    `app.delete('/a', (req, res) => { res.status(204).end(); });`,
    `app.delete('/a', (req, res) => { res.status(204).send(); });`,
    `app.delete('/a', (req, res) => { res.sendStatus(204); });`,
    `app.get('/a', (req, res) => { res.status(304).end(); });`,
    `app.delete('/a', (req, res) => { res.status(204).json(null); });`,
    `app.delete('/a', (req, res) => { res.status(204).send(''); });`,
    `app.delete('/a', (req, res) => { res.status(204).send(undefined); });`,
    `// A variable may hold nothing: not known to be content.
app.delete('/a', (req, res) => { res.status(204).json(result); });`,
    `app.delete('/a', async (req, res) => { res.status(204).send(await render()); });`,
    `app.post('/a', (req, res) => { res.status(201).json({ ok: true }); });`,
    `app.delete('/a', (req, res) => { res.status(204); if (req.query.v) return res.json({ v: 1 }); res.end(); });`,
    `app.delete('/a', (req, res) => { res.status(204); res.status(200); res.json({ ok: true }); });`,
    `app.delete('/a', (req, res) => { res.status(code).json({ ok: true }); });`,
    `// The JSON before the status is another response's chain: nothing says it is sent with the 204.
app.delete('/a', (req, res) => { res.json({ ok: true }).status(204); });`,
    `if (res.status === 204) console.log({ empty: true });`,
    `app.delete('/items/:id', (req, res) => {
  res.send(204, body);
});`,
  ],
  invalid: [
    {
      code: `app.delete('/items/:id', async (req, res) => {
  await items.remove(req.params.id);
  res.status(204).json({ deleted: true });
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/items/:id', async (req, res) => {
  await items.remove(req.params.id);
  res.status(204).end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/items/:id', async (req, res) => {
  await items.remove(req.params.id);
  res.status(200).json({ deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `app.put('/items/:id', (req, res) => {
  res.status(204).send('Updated');
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.put('/items/:id', (req, res) => {
  res.status(204).end();
});` },
            { messageId: 'suggestUse200', output: `app.put('/items/:id', (req, res) => {
  res.status(200).send('Updated');
});` },
          ],
        },
      ],
    },
    {
      code: `app.get('/items/:id', (req, res) => {
  if (fresh(req)) return res.status(304).json({ cached: true });
  res.json(item);
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 37,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.get('/items/:id', (req, res) => {
  if (fresh(req)) return res.status(304).end();
  res.json(item);
});` },
            { messageId: 'suggestUse200', output: `app.get('/items/:id', (req, res) => {
  if (fresh(req)) return res.status(200).json({ cached: true });
  res.json(item);
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/a', (req, res) => {
  res.status(204);
  res.json({ ok: true });
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/a', (req, res) => {
  res.status(204);
  res.end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/a', (req, res) => {
  res.status(200);
  res.json({ ok: true });
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/a', (req, res) => {
  const body = { ok: true };
  res.status(204).json(body);
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/a', (req, res) => {
  const body = { ok: true };
  res.status(204).end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/a', (req, res) => {
  const body = { ok: true };
  res.status(200).json(body);
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/a', (req, res) => {
  res.status(204).set('X-Done', '1').send(JSON.stringify({ ok: true }));
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/a', (req, res) => {
  res.status(204).set('X-Done', '1').end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/a', (req, res) => {
  res.status(200).set('X-Done', '1').send(JSON.stringify({ ok: true }));
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/a', (req, res) => {
  res.status(204);
  res.set('X-Done', '1');
  return res.send(\`Deleted \${req.params.id}\`);
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/a', (req, res) => {
  res.status(204);
  res.set('X-Done', '1');
  return res.end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/a', (req, res) => {
  res.status(200);
  res.set('X-Done', '1');
  return res.send(\`Deleted \${req.params.id}\`);
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/a', (req, res) => {
  res.status(204).end('done');
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/a', (req, res) => {
  res.status(204).end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/a', (req, res) => {
  res.status(200).end('done');
});` },
          ],
        },
      ],
    },
    {
      code: `import { StatusCodes } from 'http-status-codes';
app.delete('/a', (req, res) => {
  res.status(StatusCodes.NO_CONTENT).json([]);
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestDropContent', output: `import { StatusCodes } from 'http-status-codes';
app.delete('/a', (req, res) => {
  res.status(StatusCodes.NO_CONTENT).end();
});` },
            { messageId: 'suggestUse200', output: `import { StatusCodes } from 'http-status-codes';
app.delete('/a', (req, res) => {
  res.status(StatusCodes.OK).json([]);
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/a', (req, res) => res.status(204).jsonp({ ok: 1 }));`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 1, column: 43,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/a', (req, res) => res.status(204).end());` },
            { messageId: 'suggestUse200', output: `app.delete('/a', (req, res) => res.status(200).jsonp({ ok: 1 }));` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/items/:id', (req, res) => {
  res.send(204, 'deleted');
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 12,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/items/:id', (req, res) => {
  res.status(204).end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/items/:id', (req, res) => {
  res.send(200, 'deleted');
});` },
          ],
        },
      ],
    },
    {
      code: `app.delete('/items/:id', (req, res) => {
  res.json(204, { deleted: true });
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 12,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.delete('/items/:id', (req, res) => {
  res.status(204).end();
});` },
            { messageId: 'suggestUse200', output: `app.delete('/items/:id', (req, res) => {
  res.json(200, { deleted: true });
});` },
          ],
        },
      ],
    },
    {
      code: `app.get('/items/:id', (req, res) => {
  res.json({ cached: true }, 304);
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 30,
          suggestions: [
            { messageId: 'suggestDropContent', output: `app.get('/items/:id', (req, res) => {
  res.status(304).end();
});` },
            { messageId: 'suggestUse200', output: `app.get('/items/:id', (req, res) => {
  res.json({ cached: true }, 200);
});` },
          ],
        },
      ],
    },
  ],
});
