import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../checks/messages.js';
import { CHALLENGE_ADVICE_MESSAGES, FRAMEWORKS } from './framework-registry.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const RULE_TESTS = join(ROOT, 'packages/eslint-plugin/tests/rules');
const FIXTURES = join(ROOT, 'test/fixtures');

/**
 * Modules with no framework of their own to test: their shapes stand in every framework's files and
 * are tested there (Express-style `res` in express, Node's `writeHead` in express and next, http-errors
 * in koa and fastify, hand-written error classes and Web `Response`s in several).
 */
const GENERIC_EXEMPT: ReadonlySet<string> = new Set(['web', 'node-http', 'http-errors', 'custom-error']);

/** Express is generic (needs no import) and still has its own tests and fixture app. */
const tested = FRAMEWORKS.filter((f) => !GENERIC_EXEMPT.has(f.id));

describe('framework modules', () => {
  it('have ids that are unique', () => {
    const ids = FRAMEWORKS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declare challenge advice under message ids no other module or the rule itself uses', () => {
    const ids = FRAMEWORKS.flatMap((f) => Object.keys(f.challengeAdvice ?? {}));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const ruleOwn = Object.keys(MESSAGES['require-www-authenticate']).filter((id) => !ids.includes(id));
    expect(ruleOwn).toContain('missingChallenge');
    for (const id of ids) expect(MESSAGES['require-www-authenticate'][id], id).toBe(CHALLENGE_ADVICE_MESSAGES[id]);
  });

  it('exempt only generic modules, and only modules that exist', () => {
    for (const id of GENERIC_EXEMPT) expect(FRAMEWORKS.find((f) => f.id === id)?.kind, id).toBe('generic');
  });

  const rules = readdirSync(RULE_TESTS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it.each(tested.map((f) => f.id))('%s has a RuleTester file per rule and a fixture app', (id) => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(existsSync(join(RULE_TESTS, rule, `${id}.test.ts`)), `${rule}/${id}.test.ts`).toBe(true);
    expect(existsSync(join(FIXTURES, id, 'expected.json')), `test/fixtures/${id}/expected.json`).toBe(true);
  });

  it('agree on the status argument of a hover method or function that two of them declare', () => {
    const declared = new Map<string, { id: string; argument: unknown }>();
    for (const f of FRAMEWORKS) {
      const tables = { statusMethods: f.hover?.statusMethods, contextMethods: f.hover?.contextMethods?.methods, statusFunctions: f.hover?.statusFunctions };
      for (const [table, entries] of Object.entries(tables)) {
        for (const [name, argument] of Object.entries(entries ?? {})) {
          const earlier = declared.get(`${table}.${name}`);
          if (earlier) expect(argument, `${table}.${name}: ${f.id} and ${earlier.id}`).toEqual(earlier.argument);
          else declared.set(`${table}.${name}`, { id: f.id, argument });
        }
      }
    }
    expect(declared.size).toBeGreaterThan(0);
  });
});
