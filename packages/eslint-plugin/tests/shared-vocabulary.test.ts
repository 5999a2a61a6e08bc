// The shared vocabulary, `settings.authlint.vocabulary`: names taught there reach every rule that
// classifies conditions (issue 11: including require-www-authenticate's check that a 401 is
// no-401-for-forbidden's site), a rule's own list options add to them, and a value that does not
// fit the schema is reported once, at the top of the file, while the rest still applies.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import no401ForForbidden from '../src/rules/no-401-for-forbidden.js';
import no403ForRateLimit from '../src/rules/no-403-for-rate-limit.js';
import no403ForUnauthenticated from '../src/rules/no-403-for-unauthenticated.js';
import requireWwwAuthenticate from '../src/rules/require-www-authenticate.js';
import { createRuleTester } from './rule-tester.js';

const vocabulary = (names: Record<string, unknown>) => ({ authlint: { vocabulary: names } });

/** `entitled()` is no permission word of the built-in vocabulary: unknown, so neither 401 rule decides the test. */
const ENTITLED_401 = `app.get('/reports', passport.authenticate('jwt'), (req, res) => {
  if (!entitled(req.user)) return res.status(401).send('not in your plan');
  res.json(reports());
});`;

const MEMBER_403 = `app.get('/me', (req, res) => {
  if (!member) return res.sendStatus(403);
  res.json(member);
});`;

createRuleTester().run('no-403-for-unauthenticated (settings.authlint.vocabulary)', no403ForUnauthenticated, {
  valid: [
    // `member` is no identity name of its own.
    MEMBER_403,
    // A name in another list does not count as an identity.
    { code: MEMBER_403, settings: vocabulary({ permissionNames: ['member'] }) },
  ],
  invalid: [
    {
      code: MEMBER_403,
      settings: vocabulary({ identityNames: ['member'] }),
      errors: [{
        messageId: 'unauthenticated', line: 2, column: 38,
        suggestions: [
          { messageId: 'suggestUse401WithChallenge', output: MEMBER_403.replace('.sendStatus(403)', ".set('WWW-Authenticate', 'Bearer').sendStatus(401)") },
          { messageId: 'suggestUse401', output: MEMBER_403.replace('sendStatus(403)', 'sendStatus(401)') },
        ],
      }],
    },
  ],
});

createRuleTester().run('no-401-for-forbidden (settings.authlint.vocabulary)', no401ForForbidden, {
  valid: [
    ENTITLED_401,
    // The setting and the rule's own options add up: the guard is known only through the option, the permission only through the setting.
    {
      code: ENTITLED_401.replace("passport.authenticate('jwt')", 'gatekeeper'),
      options: [{ authMiddlewareNames: ['gatekeeper'] }],
    },
    {
      code: ENTITLED_401.replace("passport.authenticate('jwt')", 'gatekeeper'),
      settings: vocabulary({ permissionNames: ['entitled'] }),
    },
  ],
  invalid: [
    {
      code: ENTITLED_401,
      settings: vocabulary({ permissionNames: ['entitled'] }),
      errors: [{
        messageId: 'forbidden', line: 2, column: 46,
        suggestions: [{ messageId: 'suggestUse403', output: ENTITLED_401.replace('status(401)', 'status(403)') }],
      }],
    },
    {
      code: ENTITLED_401.replace("passport.authenticate('jwt')", 'gatekeeper'),
      settings: vocabulary({ permissionNames: ['entitled'] }),
      options: [{ authMiddlewareNames: ['gatekeeper'] }],
      errors: [{
        messageId: 'forbidden', line: 2, column: 46,
        suggestions: [{ messageId: 'suggestUse403', output: ENTITLED_401.replace("passport.authenticate('jwt')", 'gatekeeper').replace('status(401)', 'status(403)') }],
      }],
    },
  ],
});

createRuleTester().run('require-www-authenticate (settings.authlint.vocabulary)', requireWwwAuthenticate, {
  valid: [
    // no-401-for-forbidden's site, known through the setting: the fix is the status, not the header.
    { code: ENTITLED_401, settings: vocabulary({ permissionNames: ['entitled'] }) },
  ],
  invalid: [
    {
      code: ENTITLED_401,
      errors: [{
        messageId: 'missingChallenge', line: 2, column: 46,
        suggestions: [{ messageId: 'suggestAddChallenge', output: ENTITLED_401.replace(".status(401)", ".set('WWW-Authenticate', 'Bearer').status(401)") }],
      }],
    },
  ],
});

const BUDGET_403 = `app.post('/export', async (req, res) => {
  const budgetLeft = await budgets.left(req.ip);
  if (budgetLeft <= 0) return res.status(403).json({ error: 'slow down' });
  res.json(await runExport(req.body));
});`;

createRuleTester().run('no-403-for-rate-limit (settings.authlint.vocabulary)', no403ForRateLimit, {
  valid: [BUDGET_403],
  invalid: [
    {
      code: BUDGET_403,
      settings: vocabulary({ rateLimitNames: ['budget'] }),
      errors: [{
        messageId: 'rateLimited', line: 3, column: 42,
        suggestions: [{ messageId: 'suggestUse429', output: BUDGET_403.replace('status(403)', 'status(429)') }],
      }],
    },
  ],
});

createRuleTester().run('a setting that does not fit its schema', no403ForUnauthenticated, {
  valid: [],
  invalid: [
    {
      // The list that fits still applies; the one that does not is named.
      code: MEMBER_403,
      settings: vocabulary({ identityNames: ['member'], permissionNames: 'entitled' }),
      errors: [
        { messageId: 'invalidSetting', line: 1, column: 1, data: { problems: 'settings.authlint.vocabulary.permissionNames should be a list of distinct, non-empty names, not "entitled"' } },
        {
          messageId: 'unauthenticated', line: 2, column: 38,
          suggestions: [
            { messageId: 'suggestUse401WithChallenge', output: MEMBER_403.replace('.sendStatus(403)', ".set('WWW-Authenticate', 'Bearer').sendStatus(401)") },
            { messageId: 'suggestUse401', output: MEMBER_403.replace('sendStatus(403)', 'sendStatus(401)') },
          ],
        },
      ],
    },
    {
      code: 'const x = 1;',
      settings: { authlint: { vocabulary: ['member'] } },
      errors: [{ messageId: 'invalidSetting', line: 1, column: 1, data: { problems: 'settings.authlint.vocabulary should be an object of name lists (e.g. { permissionNames: [\'entitled\'] }), not ["member"]' } }],
    },
    {
      code: 'const x = 1;',
      settings: vocabulary({ permisionNames: ['entitled'], identityNames: ['a', 'a'] }),
      errors: [{ messageId: 'invalidSetting', line: 1, column: 1 }],
    },
  ],
});

/** Both 401 rules on the recommended config's severities, as a project runs them. */
function findingsOfBoth(code: string, config: { settings?: Record<string, unknown>; forbiddenOptions?: Record<string, unknown> }): string[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [{
    plugins: { authlint: plugin as never },
    ...(config.settings ? { settings: config.settings } : {}),
    rules: {
      'authlint/no-401-for-forbidden': config.forbiddenOptions ? ['warn', config.forbiddenOptions] : 'warn',
      'authlint/require-www-authenticate': 'warn',
      'authlint/no-403-for-unauthenticated': 'warn',
    },
  }]).map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'}/${m.messageId ?? m.message}`);
}

describe('one line, one diagnostic (issue 11)', () => {
  it('without the name, require-www-authenticate asks for the header', () => {
    expect(findingsOfBoth(ENTITLED_401, {})).toEqual(['2:46 authlint/require-www-authenticate/missingChallenge']);
  });

  it('with the permission name in the shared setting, no-401-for-forbidden reports and require-www-authenticate stays silent', () => {
    expect(findingsOfBoth(ENTITLED_401, { settings: vocabulary({ permissionNames: ['entitled'] }) })).toEqual(['2:46 authlint/no-401-for-forbidden/forbidden']);
  });

  it('with the name only in no-401-for-forbidden\'s own options, both rules report the line: require-www-authenticate cannot read it', () => {
    expect(findingsOfBoth(ENTITLED_401, { forbiddenOptions: { permissionNames: ['entitled'] } })).toEqual([
      '2:46 authlint/no-401-for-forbidden/forbidden',
      '2:46 authlint/require-www-authenticate/missingChallenge',
    ]);
  });

  it('reports a setting that does not fit once per file, not once per rule', () => {
    const findings = findingsOfBoth(ENTITLED_401, { settings: vocabulary({ permissionNames: ['entitled'], identityNames: 'member' }) });
    expect(findings.filter((f) => f.endsWith('/invalidSetting'))).toHaveLength(1);
    expect(findings.filter((f) => !f.endsWith('/invalidSetting'))).toEqual(['2:46 authlint/no-401-for-forbidden/forbidden']);
  });
});
