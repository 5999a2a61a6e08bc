import rule from '../../../src/rules/no-body-with-204-304.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('no-body-with-204-304 (node-http)', rule, {
  valid: [
    `http.createServer((req, res) => { res.writeHead(204); res.end(); });`,
    `http.createServer((req, res) => { res.statusCode = 304; res.end(); });`,
    `http.createServer((req, res) => { res.writeHead(204); res.end(data); });`,
    `http.createServer((req, res) => { res.writeHead(204); if (x) { res.end('x'); } });`,
    `http.createServer((req, res) => { res.statusCode = 204; res.statusCode = 200; res.end('x'); });`,
  ],
  invalid: [
    {
      code: `http.createServer((req, res) => {
  res.writeHead(204, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ ok: true }));
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 17,
          suggestions: [
            { messageId: 'suggestDropContent', output: `http.createServer((req, res) => {
  res.writeHead(204, { 'Content-Type': 'application/json' });
  res.end();
});` },
            { messageId: 'suggestUse200', output: `http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ ok: true }));
});` },
          ],
        },
      ],
    },
    {
      code: `http.createServer((req, res) => {
  res.statusCode = 304;
  res.setHeader('ETag', etag);
  res.end('not modified');
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 20,
          suggestions: [
            { messageId: 'suggestDropContent', output: `http.createServer((req, res) => {
  res.statusCode = 304;
  res.setHeader('ETag', etag);
  res.end();
});` },
            { messageId: 'suggestUse200', output: `http.createServer((req, res) => {
  res.statusCode = 200;
  res.setHeader('ETag', etag);
  res.end('not modified');
});` },
          ],
        },
      ],
    },
    {
      code: `http.createServer((req, res) => {
  res.writeHead(204).end('bye');
});`,
      errors: [
        {
          messageId: 'contentOnNoContentStatus', line: 2, column: 17,
          suggestions: [
            { messageId: 'suggestDropContent', output: `http.createServer((req, res) => {
  res.writeHead(204).end();
});` },
            { messageId: 'suggestUse200', output: `http.createServer((req, res) => {
  res.writeHead(200).end('bye');
});` },
          ],
        },
      ],
    },
  ],
});
