import { RULE_IDS, ruleDocsUrl } from '@authlint/core';
import { describe, expect, it } from 'vitest';
import { bundledRuleDocPath, ruleDocumentationTarget, ruleNamed } from './rule-documentation.js';

describe('Show Rule Documentation: which page it opens', () => {
  it('opens the page bundled in the extension when it can be read, keeping the web address for a fallback', () => {
    expect(ruleDocumentationTarget('require-www-authenticate', true)).toEqual({
      kind: 'bundled',
      pathSegments: ['dist', 'docs', 'rules', 'require-www-authenticate.md'],
      webUrl: ruleDocsUrl('require-www-authenticate'),
    });
  });

  it('opens the web page when the bundled one cannot be read (a web host without the file)', () => {
    expect(ruleDocumentationTarget('no-403-for-unauthenticated', false)).toEqual({
      kind: 'web',
      url: ruleDocsUrl('no-403-for-unauthenticated'),
    });
  });

  it('names every rule by its id or its qualified name, and nothing else', () => {
    for (const id of RULE_IDS) {
      expect(ruleNamed(id)).toBe(id);
      expect(ruleNamed(`authlint/${id}`)).toBe(id);
      expect(bundledRuleDocPath(id).at(-1)).toBe(`${id}.md`);
    }
    for (const other of [undefined, null, 42, '', 'authlint/', 'eslint/require-www-authenticate', { id: RULE_IDS[0] }]) {
      expect(ruleNamed(other)).toBeUndefined();
    }
  });
});
