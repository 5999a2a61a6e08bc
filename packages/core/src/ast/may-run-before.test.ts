import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { calleeName } from './node-shapes.js';
import { indexProgram } from './ast-index.js';
import { mayRunBefore } from './may-run-before.js';

/** The calls named `before*` may run before `site()`; the calls named `never*` cannot. */
function verdicts(code: string): Record<string, boolean> {
  const index = indexProgram(parse(code, { range: true, loc: true }));
  const site = index.calls.find((c) => calleeName(c) === 'site');
  if (!site) throw new Error('no site() call');
  const runsBefore = mayRunBefore(index, site);
  const result: Record<string, boolean> = {};
  for (const call of index.calls) {
    const name = calleeName(call);
    if (name && /^(before|never)/.test(name)) result[name] = runsBefore(call);
  }
  return result;
}

const expectVerdicts = (code: string) => {
  const result = verdicts(code);
  for (const [name, runs] of Object.entries(result)) expect([name, runs]).toEqual([name, name.startsWith('before')]);
  expect(Object.keys(result).length).toBeGreaterThan(0);
};

describe('mayRunBefore', () => {
  it.each([
    ['earlier in the same block', `function h() { before1(); if (x) before2(); return site(); }`],
    ['after the return that holds the site', `function h() { before1(); if (!t) return site(); never1(); if (y) never2(); }`],
    ['after a throw that holds the site', `function h() { if (!t) throw site(); never1(); }`],
    ['in the else branch of the returning one', `function h() { if (!t) { return site(); } else { never1(); } }`],
    ['after a return that follows the site', `function h() { if (!t) { site(); return; } never1(); }`],
    ['between the site and the return that follows it', `function h() { if (!t) { site(); before1(); return; } never1(); }`],
    ['after the return, in a later case', `function h() { switch (k) { case 1: return site(); case 2: never1(); } }`],
    ['in a branch that returned before the site', `function h() { if (a) { never1(); return done(); } before1(); return site(); }`],
    ['in a case that returned before the site', `function h() { switch (k) { case 1: never1(); return; } return site(); }`],
    ['in a callback after the return', `function h() { if (!t) return site(); list.forEach(() => never1()); }`],
    ['in a try block that holds the site too', `async function h() { try { if (!t) return site(); never1(); } catch (e) { next(e); } }`],
  ])('%s', (_, code) => expectVerdicts(code));

  it.each([
    ['after the site, in a loop around both', `function h() { for (const x of xs) { if (!x) return site(); before1(); } }`],
    ['after the site, in a while loop around both', `function h() { while (go()) { if (!t) return site(); before1(); } }`],
    ['after a site whose statement does not end the path', `function h() { site(); before1(); send(); }`],
    ['after a throw inside a try', `function h() { try { if (!t) throw site(); before1(); } catch (e) { before2(); } }`],
    ['after a return inside a try with a finally', `function h() { try { if (!t) return site(); } finally { before1(); } before2(); }`],
    ['in a hoisted function declaration after the return', `function h() { if (!t) return site(); function later() { before1(); } }`],
    ['in a branch that only breaks', `function h() { for (;;) { if (a) { before1(); break; } } return site(); }`],
    ['in a branch whose return a break may skip', `function h() { for (;;) { if (a) { before1(); if (b) break; return; } } return site(); }`],
    ['in a loop before the site', `function h() { for (const x of xs) { before1(); } return site(); }`],
    ['in a branch that returned, inside a loop', `function h() { for (const x of xs) { if (a) { before1(); return; } } return site(); }`],
    ['in a try block that returned, the site after the try', `function h() { try { before1(); return done(); } catch (e) { } return site(); }`],
    ['in the outer function, the site in a callback', `function h() { find((u) => { if (!u) return site(); }); before1(); }`],
    ['in a callback before the site', `function h() { later(() => before1()); return site(); }`],
    ['a site outside any function', `before1(); if (!t) site(); before2();`],
    ['between the site and a return, inside a try, calls that may throw', `function h() { try { site(); before1(); return; } catch (e) { before2(); } }`],
  ])('may run before: %s', (_, code) => expectVerdicts(code));
});
