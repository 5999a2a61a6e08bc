// @ts-check
// Pathological inputs for the sweep, generated (never stored), the same text on every machine.
// Each: { name, ext, expect, budgetMs, build() -> string }. `budgetMs` is the fixed time one host (core,
// ESLint or pipeline) gets for the input, suggestions included. `expect` says what a clean outcome is:
//   'parses'      the text is valid: the core must parse and analyse it;
//   'parse-error' the text is invalid: a parse error is the clean outcome (never another exception);
//   'either'      the parser may accept or refuse it (deep nesting past a parser's own limit).
import { generateHandlerFile } from '../bench/generate/handler-file.mjs';
import { seededRandom } from '../bench/stats.mjs';

export const DEEP = 5000;
export const MINIFIED_BYTES = 5 * 1024 * 1024;

const repeat = (s, n) => s.repeat(n);

/** 5,000 nested blocks inside one handler, a 401 at the bottom: the deepest statement nesting. */
function deepBlocks() {
  return [
    "import express from 'express';",
    'const app = express();',
    "app.get('/deep', (req, res) => {",
    repeat('if (req.user) {\n', DEEP),
    "res.status(401).json({ error: 'deep' });",
    repeat('}\n', DEEP),
    '});',
    '',
  ].join('\n');
}

/** 5,000 nested arrow functions, each a handler, 403 for a missing user at the bottom. */
function deepFunctions() {
  return `const h = ${repeat('(req, res) => ', DEEP)}{ if (!req.user) return res.status(403).end(); };\n`;
}

/** 5,000-deep nested calls and arrays in one expression, status calls at the leaves. */
function deepExpressions() {
  return [
    `const calls = ${repeat('wrap(', DEEP)}res.status(401)${repeat(')', DEEP)};`,
    `const arrays = ${repeat('[', DEEP)}403${repeat(']', DEEP)};`,
    `const parens = ${repeat('(', DEEP)}res.sendStatus(403)${repeat(')', DEEP)};`,
    '',
  ].join('\n');
}

/** A 5,000-term left-deep chain: `a + a + ...` and `res.set(...).set(...)...status(401)`. */
function deepChains() {
  return [
    `const sum = a${repeat(' + a', DEEP)};`,
    `app.use((req, res) => { res${repeat(".set('X-A', '1')", DEEP)}.status(401).end(); });`,
    '',
  ].join('\n');
}

/** A 5 MB single-line file, as a minifier writes it, with handlers (401 and 403 sites) throughout. */
function minified() {
  const rand = seededRandom(5);
  const parts = [];
  let size = 0;
  let i = 0;
  while (size < MINIFIED_BYTES) {
    i++;
    const v = `a${i.toString(36)}`;
    const pick = Math.floor(rand() * 4);
    const part = pick === 0 ? `function ${v}(e,t,n){if(!e.user)return t.status(403).json({error:"login"});n()}`
      : pick === 1 ? `var ${v}=function(e,t){try{e.user=j.verify(e.headers.authorization)}catch(r){return t.status(401).end()}}`
        : pick === 2 ? `function ${v}(e,t){return e.map(function(n){return n*${i}+t}).filter(Boolean)}`
          : `var ${v}={k:${i},s:"${v}",f:function(e){return e&&e.role!=="admin"?403:200}}`;
    parts.push(part);
    size += part.length + 1;
  }
  return `${parts.join(';')};`;
}

/** A handler file with several syntax errors (unclosed call, stray brace, bad token). */
function syntaxErrors() {
  return [
    "import express from 'express';",
    'const app = express();',
    "app.get('/a', (req, res) => {",
    '  if (!req.user) return res.status(403',
    '});',
    '}}',
    'const = 5;',
    "app.get('/b', (req, res) => res.status(401).end();",
    '',
  ].join('\n');
}

/** 64 KB of seeded random bytes read as Latin-1: NULs, control characters, lone quotes. */
function binaryJunk() {
  const rand = seededRandom(7);
  const bytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
  return bytes.toString('latin1');
}

/** A valid handler file with its sites, behind a byte-order mark. */
function withBom() {
  return `\uFEFF${generateHandlerFile({ lines: 300, style: 'express', seed: 3 })}`;
}

/** The same with CRLF line ends throughout (ranges and suggestions must still line up). */
function withCrlf() {
  return generateHandlerFile({ lines: 300, style: 'koa', seed: 4 }).replace(/\n/g, '\r\n');
}

/** Only comments, 10k lines of them, mentioning 401 and 403 so the prefilter lets the file through. */
function onlyComments() {
  const lines = [];
  for (let i = 0; i < 10_000; i++) {
    lines.push(i % 3 === 0 ? `// res.status(403) when there is no user: should be 401 (${i})` : i % 3 === 1 ? `/* Unauthorized ${i} */` : `/** @returns 401 Forbidden ${i} */`);
  }
  return `${lines.join('\n')}\n`;
}

const S = 1000;

export const PATHOLOGICAL_INPUTS = [
  // Deep inputs: the core's part includes parsing the tree on a large stack (seconds) when the parser refuses it.
  { name: 'deep-blocks', ext: '.js', expect: 'either', budgetMs: 60 * S, build: deepBlocks },
  { name: 'deep-functions', ext: '.js', expect: 'either', budgetMs: 60 * S, build: deepFunctions },
  { name: 'deep-expressions', ext: '.js', expect: 'either', budgetMs: 60 * S, build: deepExpressions },
  { name: 'deep-chains', ext: '.js', expect: 'either', budgetMs: 60 * S, build: deepChains },
  // 5 MB: parsing alone takes about 10 s here; the budget allows parse + 2 analyses + 1 suggestion and its
  // chained follow-up, each re-parsed (3 parses in all), on a machine whose 2 cores run 2 sweep workers.
  { name: 'minified-5mb', ext: '.js', expect: 'parses', budgetMs: 150 * S, build: minified },
  { name: 'syntax-errors', ext: '.ts', expect: 'parse-error', budgetMs: 30 * S, build: syntaxErrors },
  { name: 'binary-junk', ext: '.js', expect: 'parse-error', budgetMs: 30 * S, build: binaryJunk },
  { name: 'bom', ext: '.ts', expect: 'parses', budgetMs: 30 * S, build: withBom },
  { name: 'crlf', ext: '.ts', expect: 'parses', budgetMs: 30 * S, build: withCrlf },
  { name: 'only-comments', ext: '.ts', expect: 'parses', budgetMs: 30 * S, build: onlyComments },
  { name: 'empty', ext: '.js', expect: 'parses', budgetMs: 30 * S, build: () => '' },
];
