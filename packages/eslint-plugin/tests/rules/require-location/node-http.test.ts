import rule from '../../../src/rules/require-location.js';
import { createRuleTester } from '../../rule-tester.js';

createRuleTester().run('require-location (node-http)', rule, {
  valid: [
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(302, { Location: '/b' }); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(301, { location: '/b', 'Content-Type': 'text/plain' }); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.statusCode = 302; res.setHeader('Location', '/b'); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(307, headers); res.end(); });`,
    `import http from 'node:http';
http.createServer((req, res) => { res.writeHead(308, ['Location', '/b']); res.end(); });`,
  ],
  invalid: [
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(302);
  res.end();
});`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 17, suggestions: [] },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  const location = '/home';
  res.statusCode = 301;
  res.end();
});`,
      errors: [
        {
          messageId: 'missingLocation', line: 4, column: 20,
          suggestions: [
            { messageId: 'suggestAddLocation', output: `import http from 'node:http';
http.createServer((req, res) => {
  const location = '/home';
  res.setHeader('Location', location);
  res.statusCode = 301;
  res.end();
});` },
          ],
        },
      ],
    },
    {
      code: `import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(307, { 'Content-Type': 'text/plain' });
  res.end('moved');
});`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 17, suggestions: [] },
      ],
    },
    {
      code: `import { createServer } from 'node:http';
createServer((req, res) => {
  res.statusCode = 308;
  res.setHeader('Cache-Control', 'no-cache');
  res.end();
});`,
      errors: [
        { messageId: 'missingLocation', line: 3, column: 20, suggestions: [] },
      ],
    },
  ],
});
