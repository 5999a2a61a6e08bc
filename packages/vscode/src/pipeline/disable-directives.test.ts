import type { Finding } from '@authlint/core';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { applyDisableDirectives } from './disable-directives.js';

/** One finding of each rule on every line that has a `STATUS` marker. */
function kept(code: string): string[] {
  const program = parse(code, { range: true, comment: true });
  const findings: Finding[] = [];
  let from = 0;
  for (let at = code.indexOf('STATUS', from); at !== -1; at = code.indexOf('STATUS', from)) {
    for (const ruleId of ['no-403-for-unauthenticated', 'require-www-authenticate'] as const) {
      findings.push({ ruleId, messageId: 'x', data: {}, range: [at, at + 6], suggestions: [] });
    }
    from = at + 1;
  }
  return applyDisableDirectives(findings, program.comments, code).map((f) => {
    const line = code.slice(0, f.range[0]).split(/\r\n|[\r\n\u2028\u2029]/).length;
    return `${line}:${f.ruleId}`;
  });
}

const NO403 = 'no-403-for-unauthenticated';
const WWW = 'require-www-authenticate';

describe('applyDisableDirectives', () => {
  it('keeps everything without directives', () => {
    expect(kept(`f(STATUS);\nf(STATUS);`)).toEqual([`1:${NO403}`, `1:${WWW}`, `2:${NO403}`, `2:${WWW}`]);
  });

  it('honours eslint-disable-next-line for the named rule only', () => {
    expect(kept(`// eslint-disable-next-line authlint/${NO403}\nf(STATUS);\nf(STATUS);`))
      .toEqual([`2:${WWW}`, `3:${NO403}`, `3:${WWW}`]);
  });

  it('honours eslint-disable-next-line without rules, with a description, and as a block comment', () => {
    expect(kept(`// eslint-disable-next-line\nf(STATUS);`)).toEqual([]);
    expect(kept(`// eslint-disable-next-line authlint/${WWW} -- the gateway adds it\nf(STATUS);`)).toEqual([`2:${NO403}`]);
    expect(kept(`/* eslint-disable-next-line authlint/${WWW}, authlint/${NO403} */\nf(STATUS);`)).toEqual([]);
  });

  it('ignores a next-line directive that spans lines, as ESLint does', () => {
    expect(kept(`/* eslint-disable-next-line\n */\nf(STATUS);`)).toEqual([`3:${NO403}`, `3:${WWW}`]);
  });

  it('honours eslint-disable-line', () => {
    expect(kept(`f(STATUS); // eslint-disable-line authlint/${WWW}\nf(STATUS);`)).toEqual([`1:${NO403}`, `2:${NO403}`, `2:${WWW}`]);
    expect(kept(`f(STATUS); /* eslint-disable-line */`)).toEqual([]);
  });

  it('honours block eslint-disable and eslint-enable', () => {
    expect(kept(`f(STATUS);\n/* eslint-disable */\nf(STATUS);\n/* eslint-enable */\nf(STATUS);`))
      .toEqual([`1:${NO403}`, `1:${WWW}`, `5:${NO403}`, `5:${WWW}`]);
    expect(kept(`/* eslint-disable authlint/${NO403} */\nf(STATUS);\n/* eslint-enable authlint/${NO403} */\nf(STATUS);`))
      .toEqual([`2:${WWW}`, `4:${NO403}`, `4:${WWW}`]);
    expect(kept(`/* eslint-disable */\n/* eslint-enable authlint/${WWW} */\nf(STATUS);`)).toEqual([`3:${WWW}`]);
  });

  it('ignores eslint-disable in a line comment, as ESLint does', () => {
    expect(kept(`// eslint-disable\nf(STATUS);`)).toEqual([`2:${NO403}`, `2:${WWW}`]);
  });

  it('needs the plugin prefix: a bare rule name is another rule', () => {
    expect(kept(`// eslint-disable-next-line ${NO403}\nf(STATUS);`)).toEqual([`2:${NO403}`, `2:${WWW}`]);
  });

  it('ignores comments that only mention a directive', () => {
    expect(kept(`// see eslint-disable-next-line docs\nf(STATUS);\n/** eslint-disable */\nf(STATUS);`))
      .toEqual([`2:${NO403}`, `2:${WWW}`, `4:${NO403}`, `4:${WWW}`]);
  });

  it('counts lines as ESLint does, with U+2028 as a break', () => {
    expect(kept(`f(1); // eslint-disable-line\u2028f(STATUS);`)).toEqual([`2:${NO403}`, `2:${WWW}`]);
    expect(kept(`// eslint-disable-next-line\r\nf(STATUS);`)).toEqual([]);
  });
});
