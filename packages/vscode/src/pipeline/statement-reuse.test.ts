import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateHandlerFile } from '../../../../scripts/bench/generate/handler-file.mjs';
// @ts-expect-error: a plain .mjs script without types
import { keystrokeTexts } from '../../../../scripts/bench/pipeline/keystroke-edits.mjs';
import { parseAt } from './parse-source.js';
import { analyzeDocument, type DocumentAnalysis } from './analyze-document.js';
import { outwardFingerprint, topLevelNames } from './statement-reuse.js';

const FILE = '/t/server.ts';

/**
 * Edits of one statement that change the findings of another: each must be checked again in full,
 * which a reuse of the other statements' findings that ignored what they read would get wrong.
 */
const CROSS_STATEMENT_EDITS: Record<string, readonly [before: string, after: string]> = {
  'the inline error handler sends the challenge: the 401 passed to it is no longer reported': [
`import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/a', (req, res, next) => {
  if (!req.headers.authorization) return next(createError(401, 'login'));
  res.json({});
});
app.use((err, req, res, next) => {
  res.status(err.status ?? 500).json({ error: err.message });
});
`,
`import express from 'express';
import createError from 'http-errors';
const app = express();
app.get('/a', (req, res, next) => {
  if (!req.headers.authorization) return next(createError(401, 'login'));
  res.json({});
});
app.use((err, req, res, next) => {
  if (err.status === 401) res.set('WWW-Authenticate', 'Bearer');
  res.status(err.status ?? 500).json({ error: err.message });
});
`],
  "the helper's body sets the challenge: its caller's 401 is no longer reported": [
`import express from 'express';
const app = express();
function sendError(res, status, message) {
  res.status(status).json({ error: message });
}
app.get('/a', (req, res) => {
  if (!req.user) return sendError(res, 401, 'login');
  res.json({});
});
`,
`import express from 'express';
const app = express();
function sendError(res, status, message) {
  if (status === 401) res.set('WWW-Authenticate', 'Bearer');
  res.status(status).json({ error: message });
}
app.get('/a', (req, res) => {
  if (!req.user) return sendError(res, 401, 'login');
  res.json({});
});
`],
  "app.get('/x') becomes app.post('/x'): the Allow suggested at the 405 elsewhere changes": [
`import express from 'express';
const app = express();
app.get('/x', (req, res) => res.json({}));
app.all('/x', (req, res) => res.status(405).end());
`,
`import express from 'express';
const app = express();
app.post('/x', (req, res) => res.json({}));
app.all('/x', (req, res) => res.status(405).end());
`],
  'app.use(requireAuth) mounted before the route: its 401 on a permission test is a no-401-for-forbidden finding': [
`import express from 'express';
import { requireAuth } from './auth';
const app = express();
app.use(express.json());
app.get('/a', (req, res) => {
  if (!canEdit(req)) return res.status(401).json({ error: 'no' });
  res.json({});
});
`,
`import express from 'express';
import { requireAuth } from './auth';
const app = express();
app.use(requireAuth);
app.get('/a', (req, res) => {
  if (!canEdit(req)) return res.status(401).json({ error: 'no' });
  res.json({});
});
`],
  'the top-level constant used as a status becomes 401: another rule reports it': [
`import express from 'express';
const app = express();
const DENIED = 403;
app.get('/a', (req, res) => {
  if (!req.user) return res.status(DENIED).json({ error: 'login' });
  res.json({});
});
`,
`import express from 'express';
const app = express();
const DENIED = 401;
app.get('/a', (req, res) => {
  if (!req.user) return res.status(DENIED).json({ error: 'login' });
  res.json({});
});
`],
};

function expectSameAsFresh(text: string, previous: DocumentAnalysis): DocumentAnalysis {
  const incremental = analyzeDocument({ text, fileName: FILE }, undefined, previous);
  const fresh = analyzeDocument({ text, fileName: FILE });
  expect(incremental.findings).toEqual(fresh.findings);
  expect(incremental.suppressed).toEqual(fresh.suppressed);
  expect(incremental.diagnostics).toEqual(fresh.diagnostics);
  return incremental;
}

describe('analyzeDocument reusing the findings of the statements an edit did not touch', () => {
  for (const [name, [before, after]] of Object.entries(CROSS_STATEMENT_EDITS)) {
    it(`checks everything again when ${name}`, () => {
      const previous = analyzeDocument({ text: before, fileName: FILE });
      const incremental = expectSameAsFresh(after, previous);
      // The edit changed a finding outside the edited statement (else the case would prove nothing).
      expect(JSON.stringify(incremental.findings)).not.toBe(JSON.stringify(previous.findings));
      expect(incremental.timings.reused).toBeUndefined();
      // And back.
      expectSameAsFresh(before, incremental);
    });
  }

  it('checks only the edited statement while a call is typed into a handler, and finds what a fresh analysis finds', () => {
    const text = generateHandlerFile({ lines: 400, style: 'express', seed: 3 }) as string;
    let previous = analyzeDocument({ text, fileName: FILE });
    let reused = 0;
    const texts: string[] = keystrokeTexts(text, { sites: 3, seed: 5 });
    for (const next of texts) {
      previous = expectSameAsFresh(next, previous);
      if (previous.timings.reused) reused++;
    }
    expect(previous.findings.length).toBeGreaterThan(0);
    // Typing `audit(req);` (11 states, the line break and its removal) is inert; renaming a word in a line is not.
    expect(reused).toBeGreaterThanOrEqual(texts.length - 6);
  });

  it("moves a later statement's suggestion edits once, also those that are a node's own range", () => {
    // no-body-with-204-304's "drop the body" edit is the body argument's range; the incremental parse
    // moves that array with the tree, and a kept finding holding it would be moved twice.
    const before = `import { Hono } from 'hono';
const app = new Hono();
app.get('/a', (c) => {
  return c.json({ ok: true });
});
app.get('/b', (c) => {
  return c.body('gone', 204);
});
`;
    const previous = analyzeDocument({ text: before, fileName: FILE });
    expect(previous.findings.map((f) => f.ruleId)).toEqual(['no-body-with-204-304']);
    const incremental = expectSameAsFresh(before.replace('return c.json', 'audit(c);\n  return c.json'), previous);
    expect(incremental.timings.reused).toBe(true);
  });

  it('does not reuse across a change of the rules\' options', () => {
    const [before] = Object.values(CROSS_STATEMENT_EDITS)[0]!;
    const previous = analyzeDocument({ text: before, fileName: FILE });
    const edited = before.replace("res.json({});", "res.json({});\n  audit(req);");
    const off = analyzeDocument({ text: edited, fileName: FILE }, { ...previous.settings, severity: { ...previous.settings.severity, 'require-www-authenticate': 'off' } }, previous);
    expect(off.timings.reused).toBeUndefined();
    expect(off.findings).toEqual([]);
  });
});

describe('outwardFingerprint', () => {
  const fingerprint = (statement: string, rest = '') => {
    const text = `${rest}\n${statement}`;
    const parsed = parseAt(text, FILE, false);
    if (!parsed.ok) throw new Error(parsed.error);
    const program = parsed.program;
    return outwardFingerprint(program.body[program.body.length - 1]!, text, topLevelNames(program));
  };
  const handler = (line: string) => `app.get('/a', (req, res) => {\n  ${line}\n  res.json({});\n});`;

  it('ignores layout and calls of names that occur nowhere else, with names as arguments', () => {
    const plain = fingerprint(handler(''));
    expect(fingerprint(handler('audit(req);'))).toBe(plain);
    expect(fingerprint(handler('aud'))).toBe(plain);
    expect(fingerprint(`app.get('/a',   (req, res) => {\n\n  res.json({});\n});`)).toBe(plain);
  });

  it('keeps every call that another statement could read', () => {
    const plain = fingerprint(handler(''));
    expect(fingerprint(handler("audit('/mcp');"))).not.toBe(plain); // a string argument (routes, MCP endpoints)
    expect(fingerprint(handler('audit({ statusCode: 403 });'))).not.toBe(plain); // an object (limiter options)
    expect(fingerprint(handler('next(req);'))).not.toBe(plain); // a name whole-file scans look for
    expect(fingerprint(handler('audit(req);'), 'function audit(r) {}')).not.toBe(fingerprint(handler(''), 'function audit(r) {}')); // a declared helper
    expect(fingerprint(handler('audit(check);'), 'function check() {}')).not.toBe(fingerprint(handler(''), 'function check() {}')); // a declared function handed on
    expect(fingerprint(handler('audit(req);'), '// audit')).not.toBe(fingerprint(handler(''), '// audit')); // spelled elsewhere
    expect(fingerprint(handler('res.audit(req);'))).not.toBe(plain); // a method call
    expect(fingerprint(handler('res.status(401);'))).not.toBe(plain);
    expect(fingerprint('audit(req);')).not.toBe(fingerprint('audi(req);')); // at the top level, not in a function
    expect(fingerprint(handler('// strapi.'))).not.toBe(plain); // a comment (recognizers test the text)
    expect(fingerprint(handler("res.json({ error: 'a  b' });"))).not.toBe(fingerprint(handler("res.json({ error: 'a b' });"))); // white space in a string
  });
});
