import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (express)', rule, {
  valid: [
    `app.all('/a', (req, res) => { res.set('Allow', 'GET'); res.status(405).end(); });`,
    `app.all('/a', (req, res) => { res.status(405).set('Allow', 'GET, POST').end(); });`,
    `app.all('/a', (req, res) => res.set({ Allow: 'GET' }).status(405).end());`,
    `app.all('/a', (req, res) => { res.header('allow', 'GET'); res.sendStatus(405); });`,
    `app.all('/a', (req, res) => { res.setHeader('Allow', methods.join(', ')); res.status(405).end(); });`,
    `app.all('/a', (req, res) => { res.set(allowHeaders); res.status(405).end(); });`,
    `app.all('/a', (req, res) => { setAllow(res); res.status(405).end(); });`,
    `app.all('/a', (req, res) => { res.status(code).end(); });`,
    `app.all('/a', (req, res) => { res.json({ status: 405 }); });`,
    `if (res.statusCode === 405) retry();`,
    `await request(app).delete('/a').expect(405);`,
    `// Errors go to the error handler, which may set Allow.
app.all('/a', (req, res, next) => next(createError(405)));`,
    `app.get('/a', (req, res) => res.status(404).end());`,
    `app.all('/a', (req, res) => { res.status(500).end(); });`,
    `// 405 sent by a variable status the file cannot know.
app.all('/a', (req, res) => { const code = req.query.code; res.status(Number(code)).end(); });`,
    `app.all('/a', (req, res) => { res.append('Allow', 'GET'); res.status(405).end(); });`,
    `app.all('/a', (req, res) => { res.writeHead(405, { Allow: 'GET, HEAD' }); res.end(); });`,
  ],
  invalid: [
    {
      code: `app.get('/items', list);
app.post('/items', create);
app.all('/items', (req, res) => {
  res.status(405).end();
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 14,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `app.get('/items', list);
app.post('/items', create);
app.all('/items', (req, res) => {
  res.set('Allow', 'GET, HEAD, POST').status(405).end();
});` },
          ],
        },
      ],
    },
    {
      code: `app.route('/items')
  .get(list)
  .post(create)
  .all((req, res) => res.status(405).send('Method Not Allowed'));`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 33,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `app.route('/items')
  .get(list)
  .post(create)
  .all((req, res) => res.set('Allow', 'GET, HEAD, POST').status(405).send('Method Not Allowed'));` },
          ],
        },
      ],
    },
    {
      code: `app.all('/hook', (req, res) => {
  if (req.method !== 'POST') return res.status(405).end();
  res.json({ ok: true });
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 2, column: 48,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `app.all('/hook', (req, res) => {
  if (req.method !== 'POST') return res.set('Allow', 'POST').status(405).end();
  res.json({ ok: true });
});` },
          ],
        },
      ],
    },
    {
      code: `router.all('/a', (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return res.status(405).json({ error: 'method not allowed' });
  }
  res.send('a');
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 3, column: 23,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `router.all('/a', (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return res.set('Allow', 'GET, HEAD').status(405).json({ error: 'method not allowed' });
  }
  res.send('a');
});` },
          ],
        },
      ],
    },
    {
      code: `app.use('/api', (req, res) => {
  res.status(405).json({ error: 'Method Not Allowed' });
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 2, column: 14, suggestions: [] },
      ],
    },
    {
      code: `app.all('/x', (req, res) => {
  res.sendStatus(405);
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 2, column: 18, suggestions: [] },
      ],
    },
    {
      code: `router.get('/users', list);
router.delete('/users', (req, res) => {
  res.status(405).end();
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `router.get('/users', list);
router.delete('/users', (req, res) => {
  res.set('Allow', 'GET, HEAD').status(405).end();
});` },
          ],
        },
      ],
    },
    {
      code: `app.all('/x', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.status(405).end();
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 3, column: 14, suggestions: [] },
      ],
    },
  ],
});
