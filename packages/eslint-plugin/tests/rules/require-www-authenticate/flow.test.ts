import rule from '../../../src/rules/require-www-authenticate.js';
import { createRuleTester } from '../../rule-tester.js';

// Issue 9, item 3: a call that receives the response may add the header only when it runs before
// the 401 is sent, on a path that reaches it.
createRuleTester().run('require-www-authenticate (flow-sensitive receivers)', rule, {
  valid: [
    // Before, in the same block.
    `app.post('/refresh', (req, res) => { setCookies(res, user); if (!token) return res.sendStatus(401); res.end(); });`,
    // Before, awaited.
    `app.post('/refresh', async (req, res) => { await addChallenge(res); if (!token) return res.sendStatus(401); res.end(); });`,
    // Inside a loop around the site: a later iteration runs it first.
    `app.post('/batch', (req, res) => { for (const t of tokens) { if (!t) return res.sendStatus(401); tag(res, t); } res.end(); });`,
    // After the status, before the response leaves: the site's path does not end at its statement.
    `app.post('/refresh', (req, res) => { res.status(401); setCookies(res, user); res.end(); });`,
    // In a callback: it may run at any time.
    `app.post('/refresh', (req, res) => { onAuth(() => setCookies(res)); if (!token) return res.sendStatus(401); res.end(); });`,
    // The site in a callback, the call in the handler after it: it may run first.
    `app.post('/refresh', (req, res) => { db.find(id, (err, user) => { if (!user) return res.sendStatus(401); }); setCookies(res); });`,
    // A header set after the status and before the send still counts.
    `app.post('/refresh', (req, res) => { if (!token) { res.status(401); res.set('WWW-Authenticate', 'Bearer'); return res.end(); } res.end(); });`,
    // After a return inside a try with a finally: the finally runs after the return.
    `app.post('/refresh', (req, res) => { try { if (!token) return res.sendStatus(401); } finally { setCookies(res); } });`,
  ],
  invalid: [
    {
      // After: the 401 has returned before the call.
      code: `app.post('/refresh', async (req, res) => { if (!token) return res.sendStatus(401); return setCookies(res, user); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 78,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', async (req, res) => { if (!token) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401); return setCookies(res, user); });`,
        }],
      }],
    },
    {
      // Another branch: the else of the returning one.
      code: `app.post('/refresh', (req, res) => { if (!token) { return res.status(401).end(); } else { setCookies(res); } });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 70,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', (req, res) => { if (!token) { return res.set('WWW-Authenticate', 'Bearer').status(401).end(); } else { setCookies(res); } });`,
        }],
      }],
    },
    {
      // A branch that returned before the site.
      code: `app.post('/refresh', (req, res) => { if (cached) { setCookies(res); return res.end(); } if (!token) return res.sendStatus(401); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 123,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', (req, res) => { if (cached) { setCookies(res); return res.end(); } if (!token) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401); });`,
        }],
      }],
    },
    {
      // After, when a return follows the site.
      code: `app.post('/refresh', (req, res) => { if (!token) { res.sendStatus(401); return; } await finish(res); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 67,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', (req, res) => { if (!token) { res.set('WWW-Authenticate', 'Bearer').sendStatus(401); return; } await finish(res); });`,
        }],
      }],
    },
    {
      // After, inside the try of an async handler: the return leaves the function.
      code: `app.post('/refresh', async (req, res, next) => { try { if (!token) return res.status(401).json({}); await setCookies(res); } catch (e) { next(e); } });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 86,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', async (req, res, next) => { try { if (!token) return res.set('WWW-Authenticate', 'Bearer').status(401).json({}); await setCookies(res); } catch (e) { next(e); } });`,
        }],
      }],
    },
    {
      // A header set after the 401 has returned does not reach it.
      code: `app.post('/refresh', (req, res) => { if (!token) return res.sendStatus(401); res.set('WWW-Authenticate', 'Bearer'); res.end(); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 72,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', (req, res) => { if (!token) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401); res.set('WWW-Authenticate', 'Bearer'); res.end(); });`,
        }],
      }],
    },
    {
      // A thrown error, the call after it.
      code: `app.post('/refresh', (req, res) => { if (!token) throw createError(401); setCookies(res); });`,
      errors: [{
        messageId: 'missingChallenge', line: 1, column: 68,
        suggestions: [{
          messageId: 'suggestAddChallenge',
          output: `app.post('/refresh', (req, res) => { if (!token) throw createError(401, { headers: { 'WWW-Authenticate': 'Bearer' } }); setCookies(res); });`,
        }],
      }],
    },
  ],
});
