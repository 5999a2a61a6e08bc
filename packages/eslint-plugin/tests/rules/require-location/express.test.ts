import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (express)', rule, {
  valid: [
    `app.get('/a', (req, res) => { res.redirect('/b'); });`,
    `app.get('/a', (req, res) => { res.redirect(301, '/b'); });`,
    `app.get('/a', (req, res) => { res.status(301).redirect('/b'); });`,
    `app.get('/a', (req, res) => { res.location('/b'); res.sendStatus(302); });`,
    `app.get('/a', (req, res) => { res.location('/b').status(303).end(); });`,
    `app.get('/a', (req, res) => { res.set('Location', '/b'); res.status(302).end(); });`,
    `app.get('/a', (req, res) => { res.status(302).set('Location', '/b').end(); });`,
    `app.get('/a', (req, res) => { res.status(301).set({ Location: '/b' }).end(); });`,
    `app.get('/a', (req, res) => { res.header('location', '/b'); res.status(307).end(); });`,
    `app.get('/a', (req, res) => { res.setHeader('Location', target); res.status(308).end(); });`,
    `// The header may be set by code we cannot see.
app.get('/a', (req, res) => { applyRedirect(res); res.status(302).end(); });`,
    `app.get('/a', (req, res) => { res.set(redirectHeaders); res.status(302).end(); });`,
    `// Not a redirect: 300 and 304 are not this rule's.
app.get('/a', (req, res) => { res.status(304).end(); res.status(300).end(); });`,
    `app.get('/a', (req, res) => { res.status(code).end(); });`,
    `app.get('/a', (req, res) => { res.json({ status: 302 }); });`,
    `if (res.statusCode === 302) follow();`,
    `await request(app).get('/old').expect(301);`,
  ],
  invalid: [
    {
      code: `app.get('/old', (req, res) => {
  res.status(301).end();
});`,
      errors: [
        { messageId: 'missingLocation', line: 2, column: 14, suggestions: [] },
      ],
    },
    {
      code: `app.get('/old', (req, res) => {
  const url = '/new';
  res.status(301).end();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `app.get('/old', (req, res) => {
  const url = '/new';
  res.redirect(301, url);
});` },
            { messageId: 'suggestAddLocation', output: `app.get('/old', (req, res) => {
  const url = '/new';
  res.set('Location', url).status(301).end();
});` },
          ],
        },
      ],
    },
    {
      code: `app.post('/login', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  res.status(303).send();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `app.post('/login', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  res.redirect(303, returnTo);
});` },
            { messageId: 'suggestAddLocation', output: `app.post('/login', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  res.set('Location', returnTo).status(303).send();
});` },
          ],
        },
      ],
    },
    {
      code: `app.get('/tmp', (req, res) => {
  res.sendStatus(302);
});`,
      errors: [
        { messageId: 'missingLocation', line: 2, column: 18, suggestions: [] },
      ],
    },
    {
      code: `app.get('/tmp', (req, res) => {
  const redirectUrl = buildUrl(req);
  res.status(307).json({ moved: true });
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `app.get('/tmp', (req, res) => {
  const redirectUrl = buildUrl(req);
  res.set('Location', redirectUrl).status(307).json({ moved: true });
});` },
          ],
        },
      ],
    },
    {
      code: `router.get('/a', function (req, res) {
  res.status(308);
  res.end();
});`,
      errors: [
        { messageId: 'missingLocation', line: 2, column: 14, suggestions: [] },
      ],
    },
    {
      code: `app.get('/x', (req, res) => {
  res.set('Cache-Control', 'no-store');
  res.status(302).end();
});`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 14, suggestions: [] },
      ],
    },
    {
      code: `app.get('/x', (req, res) => {
  if (req.query.old) {
    const location = '/new';
    return res.status(301).end();
  }
  res.json({});
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 4, column: 23,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `app.get('/x', (req, res) => {
  if (req.query.old) {
    const location = '/new';
    return res.redirect(301, location);
  }
  res.json({});
});` },
            { messageId: 'suggestAddLocation', output: `app.get('/x', (req, res) => {
  if (req.query.old) {
    const location = '/new';
    return res.set('Location', location).status(301).end();
  }
  res.json({});
});` },
          ],
        },
      ],
    },
    {
      code: `app.get('/y', (req, res) => {
  const url = new URL('/next', 'https://example.com');
  res.status(302).end();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 14,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `app.get('/y', (req, res) => {
  const url = new URL('/next', 'https://example.com');
  res.redirect(302, url.href);
});` },
            { messageId: 'suggestAddLocation', output: `app.get('/y', (req, res) => {
  const url = new URL('/next', 'https://example.com');
  res.set('Location', url.href).status(302).end();
});` },
          ],
        },
      ],
    },
    {
      code: `app.get('/tmp', (req, res) => {
  const url = '/new';
  res.sendStatus(302);
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 18,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `app.get('/tmp', (req, res) => {
  const url = '/new';
  res.redirect(302, url);
});` },
            { messageId: 'suggestAddLocation', output: `app.get('/tmp', (req, res) => {
  const url = '/new';
  res.set('Location', url).sendStatus(302);
});` },
          ],
        },
      ],
    },
    {
      code: `app.get('/tmp', (req, res) => {
  const url = '/new';
  res.set('Cache-Control', 'no-store').status(302).end();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 3, column: 47,
          suggestions: [
            { messageId: 'suggestRedirectHelper', output: `app.get('/tmp', (req, res) => {
  const url = '/new';
  res.set('Cache-Control', 'no-store').redirect(302, url);
});` },
            { messageId: 'suggestAddLocation', output: `app.get('/tmp', (req, res) => {
  const url = '/new';
  res.set('Location', url).set('Cache-Control', 'no-store').status(302).end();
});` },
          ],
        },
      ],
    },
  ],
});
