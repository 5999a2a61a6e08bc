import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { indexProgram } from '../ast/ast-index.js';
import { NameResolver } from '../ast/name-resolver.js';
import { calleeName } from '../ast/node-shapes.js';
import { classifyCondition } from './classify-condition.js';
import { branchConditionsOf } from './deny-guard.js';
import { createVocabulary } from './vocabulary.js';

/** The branch conditions around the `status(...)` call in `code`, each with its verdict. */
function conditionsAroundStatus(code: string) {
  const index = indexProgram(parse(code, { range: true, loc: true }));
  const context = { index, vocabulary: createVocabulary(), text: code, names: new NameResolver(index) };
  const site = index.calls.find((c) => calleeName(c) === 'status')!;
  const { guards } = branchConditionsOf(site, context);
  return guards.map((g) => ({ condition: g, text: code.slice(g.test.range[0], g.test.range[1]), verdict: classifyCondition(g.test, g.denyWhenTruthy, context), index }));
}

describe('branchConditionsOf', () => {
  it('reads a switch case as `discriminant === test`, on the real case test (with its parent), not a made-up node', () => {
    const [role] = conditionsAroundStatus("function f(req, res) { switch (req.user.role) { case 'guest': return res.status(403).end(); } }");
    expect(role!.text).toBe("'guest'");
    expect(role!.index.parentOf(role!.condition.test)?.type).toBe('SwitchCase');
    expect(role!.verdict).toBe('forbidden');

    const [expired] = conditionsAroundStatus("function f(err, res) { switch (err.name) { case 'TokenExpiredError': return res.status(403).end(); } }");
    expect(expired!.verdict).toBe('unauthenticated');
  });

  it('reads the same literal outside a switch case as what it is, a constant', () => {
    const [literal] = conditionsAroundStatus("function f(res) { if ('TokenExpiredError') return res.status(403).end(); }");
    expect(literal!.verdict).toBe('unknown');
  });

  it('collects if, else, ternary and logical conditions, innermost first, with their polarity', () => {
    const conditions = conditionsAroundStatus('function f(req, res) { if (!req.user) { ok || res.status(403); } else { x; } }');
    expect(conditions.map((c) => [c.text, c.condition.denyWhenTruthy])).toEqual([['ok', false], ['!req.user', true]]);
    expect(conditions[1]!.condition.ifStatement?.type).toBe('IfStatement');
  });

  it('marks a branch that computes the value its test finds missing, and only that one', () => {
    const [inner, outer] = conditionsAroundStatus('async function f(res) { if (!bearer) { const ws = await find(id); if (!ws) return res.status(403).end(); bearer = await mint(ws); } }');
    expect([inner!.text, inner!.condition.computesMissing]).toEqual(['!ws', undefined]);
    expect([outer!.text, outer!.condition.computesMissing]).toEqual(['!bearer', true]);
    const [denying] = conditionsAroundStatus('function f(req, res) { if (!req.session.token) { log(x); return res.status(403).end(); } }');
    expect(denying!.condition.computesMissing).toBeUndefined();
    const [, computing] = conditionsAroundStatus('async function f(req, res) { if (!req.session.token) { if (!key) return res.status(403).end(); req.session.token = await issue(key); } }');
    expect(computing!.condition.computesMissing).toBe(true);
  });
});
