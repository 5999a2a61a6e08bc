// What a rule costs on a file it cannot fire on: ESLint runs and times every rule's `create` on every
// file, so a file without the rule's words gets no listener at all (create-core-rule.ts), and the
// options are merged with their defaults only for a file that is analysed (create-rule.ts).
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

type Rule = (typeof plugin.rules)['require-www-authenticate'];

/** The listeners a rule registers for `text`, with a context as ESLint would give it. */
function listenersFor(rule: Rule, text: string, settings: Record<string, unknown> = {}): string[] {
  const linter = new Linter({ configType: 'flat' });
  let listeners: string[] = [];
  const spy = {
    meta: rule.meta,
    create(context: Parameters<Rule['create']>[0]) {
      const made = rule.create(context);
      listeners = Object.keys(made);
      return made;
    },
  };
  linter.verify(text, [{ plugins: { spy: { rules: { rule: spy as never } } }, settings, rules: { 'spy/rule': 'warn' } }]);
  return listeners;
}

describe('a rule on a file it cannot fire on', () => {
  const rule = plugin.rules['require-www-authenticate'];

  it('registers no listener where the text lacks the check\'s words, and its Program:exit where it has them', () => {
    expect(listenersFor(rule, 'export const answer = 42;\n')).toEqual([]);
    expect(listenersFor(rule, "app.get('/me', (req, res) => res.sendStatus(401));\n")).toEqual(['Program:exit']);
  });

  it('registers no listener on a file over maxFileSize, even with the words', () => {
    expect(listenersFor(rule, "app.get('/me', (req, res) => res.sendStatus(401));\n", { authlint: { maxFileSize: 10 } })).toEqual([]);
  });

  it('still reports a setting that does not fit, once, on a file it does not analyse', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify('export const answer = 42;\n', [{
      plugins: { authlint: plugin as never },
      settings: { authlint: { maxFileSize: -1 } },
      rules: { 'authlint/require-www-authenticate': 'warn', 'authlint/no-403-for-unauthenticated': 'warn' },
    }]);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.messageId}`)).toEqual(['1:1 invalidSetting']);
  });

  it('reads its options, merged with the defaults, on every file it analyses', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ plugins: { authlint: plugin as never }, rules: { 'authlint/require-www-authenticate': ['warn', { challenge: 'Basic realm="team"' }] } }];
    for (const route of ['/a', '/b']) {
      const [message] = linter.verify(`app.get('${route}', (req, res) => res.sendStatus(401));\n`, config as never);
      expect(message?.suggestions?.[0]?.desc).toContain('Basic realm="team"');
    }
  });
});
