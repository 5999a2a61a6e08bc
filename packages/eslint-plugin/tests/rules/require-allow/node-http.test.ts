import rule from '../../../src/rules/require-allow.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-allow (node-http)', rule, {
  valid: [
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(405, { Allow: 'GET' }); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(405, ['Allow', 'GET']); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.statusCode = 405; res.setHeader('Allow', 'GET'); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(405, headers); res.end(); });`,
  ],
  invalid: [
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.method !== 'GET') {
    res.writeHead(405);
    return res.end();
  }
  res.end('ok');
});`,
      errors: [
        {
          messageId: 'missingAllow', line: 4, column: 19,
          suggestions: [
            { messageId: 'suggestAddAllow', output: `import http from 'node:http';
http.createServer((req, res) => {
  if (req.method !== 'GET') {
    res.writeHead(405, { 'Allow': 'GET' });
    return res.end();
  }
  res.end('ok');
});` },
          ],
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.statusCode = 405;
  res.end();
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 3, column: 20, suggestions: [] },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(405, { 'Content-Type': 'text/plain' });
  res.end('Method Not Allowed');
});`,
      errors: [
        { messageId: 'missingAllowUnknownMethods', line: 3, column: 17, suggestions: [] },
      ],
    },
  ],
});
