import { parse } from '@typescript-eslint/typescript-estree';
import { analyze, type Finding } from '@authlint/core';
import { describe, expect, it } from 'vitest';

interface SuggestionRecord { readonly suggestion: string; readonly ok: boolean; readonly problems: readonly string[]; readonly notes: readonly string[] }
type Parse = (text: string) => Parameters<typeof analyze>[0];
type VerifySuggestions = (input: { text: string; findings: readonly Finding[]; parse: Parse; analyze: typeof analyze; limit?: number }) => SuggestionRecord[];

// The sweep's own script (plain JavaScript, run by `npm run sweep`).
const { verifySuggestions } = (await import(new URL('../scripts/sweep/verify-suggestions.mjs', import.meta.url).href)) as { verifySuggestions: VerifySuggestions };

const CODE = [
  "import express from 'express';",
  'const app = express();',
  "app.get('/me', (req, res) => { if (!req.user) return res.status(403).json({ error: 'login' }); res.json(req.user); });",
  '',
].join('\n');

describe("the sweep's suggestion check", () => {
  it('parses each text once: "use 401 and send WWW-Authenticate" writes the text that "use 401" and its follow-up write', () => {
    const findings = analyze(parse(CODE, { range: true, loc: true }), CODE);
    const parsed: string[] = [];
    const records = verifySuggestions({
      text: CODE,
      findings,
      parse: (text) => {
        parsed.push(text);
        return parse(text, { range: true, loc: true });
      },
      analyze,
    });
    expect(records.map((r) => [r.suggestion, r.ok])).toEqual([['suggestUse401WithChallenge', true], ['suggestUse401', true]]);
    expect(records[1]!.notes.join()).toMatch(/chained follow-up require-www-authenticate/);
    // The combined suggestion's text, the plain one's, and the plain one's after its follow-up: the last is the first.
    expect(parsed).toHaveLength(2);
    expect(new Set(parsed).size).toBe(2);
  });
});
