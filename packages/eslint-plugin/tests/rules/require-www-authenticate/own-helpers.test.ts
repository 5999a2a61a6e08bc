import { fileURLToPath } from 'node:url';
import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * The application's own response helpers, given the status at the call (issue 9 item 4): each call is
 * a site. A helper declared in the file (also nested in a handler) or imported from the project
 * (tests/fixtures/own-errors/src/respond.ts).
 */
const routes = fileURLToPath(new URL('../../fixtures/own-errors/src/routes.js', import.meta.url));

createRuleTester().run('require-www-authenticate (the application\'s own response helpers)', rule, {
  valid: [
    // The helper sets the challenge.
    `function deny(res, status) { return res.set('WWW-Authenticate', 'Bearer').status(status).end(); }
app.get('/', (req, res) => { if (!req.user) return deny(res, 401); res.json(req.user); });`,
    // Headers the summary cannot read: handed in, or built.
    `function reply(status, body, headers) { return new Response(body, { status, headers }); }
export async function GET(req) { if (!req.headers.get('authorization')) return reply(401, 'no', challengeHeaders); }`,
    // Set on the response before the helper answers on it.
    `function sendError(res, status, message) { return res.status(status).json({ error: message }); }
app.get('/', (req, res) => { if (!req.user) { res.set('WWW-Authenticate', 'Bearer'); return sendError(res, 401, 'login'); } });`,
    // The response is kept and may get its headers later.
    `function errorResponse(status, message) { return new Response(message, { status }); }
export async function GET(req) { const r = errorResponse(401, 'no'); r.headers.set('WWW-Authenticate', 'Bearer'); return r; }`,
    // A status that is not the helper's status parameter.
    `function log(res, level, message) { console.log(level, message); }
app.get('/', (req, res) => { log(res, 401, 'x'); res.json({}); });`,
    // Imported: the helper sets the challenge itself.
    { code: `import { challenge } from './respond';\napp.get('/', (req, res) => { if (!req.user) return challenge(res, 401, 'Bearer'); });`, filename: routes },
    // Not resolvable: nothing is known.
    { code: `import { sendError } from './missing';\napp.get('/', (req, res) => { if (!req.user) return sendError(res, 401, 'login'); });`, filename: routes },
  ],
  invalid: [
    {
      code: `function sendError(res, status, message) { return res.status(status).json({ error: message }); }
app.get('/', (req, res) => { if (!req.user) return sendError(res, 401, 'login'); res.json(req.user); });`,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 67, suggestions: [] }],
    },
    {
      // Nested in the handler, status first, a Response built (chat-ui's `errorResponse`).
      code: `export const handle = async ({ event, resolve }) => {
  function errorResponse(status, message) {
    const asJson = event.request.headers.get('accept')?.includes('application/json');
    return new Response(asJson ? JSON.stringify({ error: message }) : message, { status, headers: { 'content-type': asJson ? 'application/json' : 'text/plain' } });
  }
  if (event.request.headers.get('authorization') !== expected) return errorResponse(401, 'Unauthorized');
  return resolve(event);
};`,
      errors: [{ messageId: 'missingChallenge', line: 6, column: 85, suggestions: [] }],
    },
    {
      // An options parameter (Dub's `logAndRespond`), imported from the project.
      code: `import { jsonError } from './respond';
export async function POST(req) {
  if (!req.headers.get('x-signature')) return jsonError('no signature', { status: 401 });
  return new Response('ok');
}`,
      filename: routes,
      errors: [{ messageId: 'missingChallenge', line: 3, column: 83, suggestions: [] }],
    },
    {
      code: `const { sendError } = require('./respond');
app.use((req, res, next) => { if (!req.session) { sendError(res, 401, 'login'); return; } next(); });`,
      filename: routes,
      errors: [{ messageId: 'missingChallenge', line: 2, column: 66, suggestions: [] }],
    },
  ],
});
