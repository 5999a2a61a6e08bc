import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { analyze, CHECK_WORDS } from './analyze.js';
import { MAY_HOLD_AUTH_STATUS, prepareFile } from './prepare-file.js';

const program = (text: string) => parse(text, { range: true, loc: true });

describe('prepareFile: the per-check prefilter', () => {
  it('gives no sites to a check whose words the text lacks, and the sites to one whose words it has', () => {
    const text = `app.get('/old', (req, res) => res.status(301).end());`;
    const parsed = program(text);
    expect(prepareFile(parsed, text, { words: MAY_HOLD_AUTH_STATUS })).toEqual({ context: undefined, sites: [] });
    const forRedirects = prepareFile(parsed, text, { words: CHECK_WORDS['require-location'] });
    expect(forRedirects.context).toBeDefined();
    expect(forRedirects.sites.map((s) => s.status.code)).toEqual([301]);
  });

  it('keeps the 401/403 words as the default, for callers that name no check', () => {
    const text = `app.get('/old', (req, res) => res.status(301).end());`;
    expect(prepareFile(program(text), text).context).toBeUndefined();
    const auth = `app.get('/me', (req, res) => res.status(401).end());`;
    expect(prepareFile(program(auth), auth).sites.map((s) => s.status.code)).toEqual([401]);
  });

  it('computes the sites once per program, whichever check asks first', () => {
    const text = `app.get('/a', (req, res) => { res.status(401).end(); res.status(302).end(); });`;
    const parsed = program(text);
    const first = prepareFile(parsed, text, { words: CHECK_WORDS['require-location'] });
    const second = prepareFile(parsed, text, { words: MAY_HOLD_AUTH_STATUS });
    expect(second.sites).toBe(first.sites);
  });

  it('answers for the text it is given, not for an earlier text of the same program', () => {
    const text = `app.get('/a', (req, res) => res.status(302).end());`;
    const parsed = program(text);
    expect(prepareFile(parsed, text, { words: MAY_HOLD_AUTH_STATUS }).context).toBeUndefined();
    expect(prepareFile(parsed, `${text}\n// 401`, { words: MAY_HOLD_AUTH_STATUS }).context).toBeDefined();
  });

  it('lets analyze run each check only on files with its words', () => {
    const redirect = `app.get('/old', (req, res) => res.status(301).end());`;
    expect(analyze(program(redirect), redirect).map((f) => f.ruleId)).toEqual(['require-location']);
    const none = `app.get('/', (req, res) => res.json({ ok: true }));`;
    expect(analyze(program(none), none)).toEqual([]);
  });
});
