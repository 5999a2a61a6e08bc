import rule from '../../../src/rules/no-403-for-unauthenticated.js';
import { createRuleTester } from '../../rule-tester.js';

/*
 * Issue 10, missed true cases: the `catch` runs when a `throw` of its `try` does, so it denies
 * under that throw's conditions: `try { if (!req.user) throw ...; } catch (e) { res.status(403) }`.
 */
createRuleTester().run('no-403-for-unauthenticated (try, throw and catch)', rule, {
  valid: [
    // The throw is a permission check.
    `app.get('/x', (req, res) => {
      try { if (!req.user.isAdmin) throw new Error('admins only'); run(); }
      catch (e) { res.status(403).send(e.message); }
    });`,
    // An unguarded throw: the catch runs always, for whatever reason.
    `app.get('/x', (req, res) => {
      try { if (!req.user) throw new Error('not authenticated'); throw new Error('closed'); }
      catch (e) { res.status(403).send(e.message); }
    });`,
    // The try calls a permission check itself.
    `app.get('/x', (req, res) => {
      try { if (!req.user) throw new Error('not authenticated'); checkPermission(req.user, 'write'); }
      catch (e) { res.status(403).send(e.message); }
    });`,
    // The throw lands in a nested try's catch, or in another function.
    `app.get('/x', (req, res) => {
      try { try { if (!req.user) throw new Error('x'); } catch { log(); } run(); }
      catch (e) { res.status(403).send(e.message); }
    });`,
    `app.get('/x', (req, res) => {
      try { items.forEach((i) => { if (!i.user) throw new Error('x'); }); }
      catch (e) { res.status(403).send(e.message); }
    });`,
    // The 403 is in the try, not in the catch.
    `app.get('/x', (req, res) => {
      try { if (!req.user) throw new Error('x'); res.status(403).end(); }
      catch (e) { res.status(500).end(); }
    });`,
  ],
  invalid: [
    {
      // Express: the error's message is sent with the 403.
      code: `app.get('/x', (req, res) => {
  try {
    if (!req.user) throw new Error('not authenticated');
    run(req.user);
  } catch (e) {
    res.status(403).send(e.message);
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 16,
        data: { reason: '!req.user' },
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: `app.get('/x', (req, res) => {
  try {
    if (!req.user) throw new Error('not authenticated');
    run(req.user);
  } catch (e) {
    res.set('WWW-Authenticate', 'Bearer').status(401).send(e.message);
  }
});` },
          { messageId: 'suggestUse401', output: `app.get('/x', (req, res) => {
  try {
    if (!req.user) throw new Error('not authenticated');
    run(req.user);
  } catch (e) {
    res.status(401).send(e.message);
  }
});` },
        ],
      }],
    },
    {
      // Express: the caught error is handed on with a 403.
      code: `app.get('/x', (req, res, next) => {
  try {
    if (!req.session.userId) throw new Error('not authenticated');
    run();
  } catch (e) {
    e.status = 403;
    next(e);
  }
});`,
      errors: [{
        messageId: 'unauthenticated', line: 6, column: 16,
        data: { reason: '!req.session.userId' },
        suggestions: [
          { messageId: 'suggestUse401', output: `app.get('/x', (req, res, next) => {
  try {
    if (!req.session.userId) throw new Error('not authenticated');
    run();
  } catch (e) {
    e.status = 401;
    next(e);
  }
});` },
        ],
      }],
    },
    {
      // Mixed: the try throws for no user and for no admin.
      code: `app.get('/x', (req, res) => {
  try {
    if (!req.user) throw new Error('log in');
    if (!req.user.isAdmin) throw new Error('admins only');
  } catch (e) {
    return res.status(403).json({ error: e.message });
  }
});`,
      errors: [{
        messageId: 'mixedGuard', line: 6, column: 23,
        data: { unauthenticated: '!req.user', forbidden: '!req.user.isAdmin' },
        suggestions: [],
      }],
    },
  ],
});
