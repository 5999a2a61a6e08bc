import * as assert from 'node:assert/strict';
import { SERVER } from './diagnostics.suite.js';
import { closeAll, diagnosticsWhen, hoverTexts, openUntitled, positionOf } from './helpers.js';

const ours = (texts: string[]) => texts.filter((t) => /^\*\*\d{3} /.test(t));

export function hoverSuite(): void {
  describe('hover', () => {
    afterEach(closeAll);

    it('explains a 403 that is sent, with the guide, the links and the finding there', async () => {
      const document = await openUntitled(SERVER);
      await diagnosticsWhen(document, 'two diagnostics', (d) => d.length === 2);
      const [text] = ours(await hoverTexts(document, positionOf(document, '403', 1, 1)));
      assert.ok(text, 'an authlint hover');
      assert.match(text, /^\*\*403 Forbidden\*\* · Client error \(4xx\) · sent here/);
      assert.match(text, /\*\*401 or 403\?\*\*/);
      assert.match(text, /\[RFC 9110, section 15\.5\.4\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#section-15\.5\.4\)/);
      assert.match(text, /\[MDN: 403 Forbidden\]\(https:\/\/developer\.mozilla\.org\//);
      assert.match(text, /\*\*authlint\*\* \[authlint\/no-403-for-unauthenticated\]/);
    });

    it('explains an eslint-disable comment that names an authlint rule: its summary, what it suppresses, its page', async () => {
      const text = SERVER.replace(`  if (!req.user) return res.status(401)`, `  // eslint-disable-next-line authlint/require-www-authenticate\n  if (!req.user) return res.status(401)`);
      const document = await openUntitled(text);
      await diagnosticsWhen(document, 'only the 403 finding: the comment suppresses the 401 one', (d) => d.length === 1);
      const texts = await hoverTexts(document, positionOf(document, 'eslint-disable-next-line', 1, 5));
      const hover = texts.find((t) => t.includes('**authlint/require-www-authenticate**'));
      assert.ok(hover, `an authlint hover on the comment; got: ${texts.join(' | ')}`);
      assert.match(hover, /Require a WWW-Authenticate header on every 401 Unauthorized response/);
      assert.match(hover, /Suppressed on the next line:\n\n- line 5: /);
      assert.match(hover, /\[documentation\]\(https:\/\/github\.com\/authlint\/authlint\/blob\/main\/packages\/eslint-plugin\/docs\/rules\/require-www-authenticate\.md\)/);
    });

    it('lists the WWW-Authenticate header for a 401', async () => {
      const document = await openUntitled(SERVER);
      const [text] = ours(await hoverTexts(document, positionOf(document, '401')));
      assert.match(text ?? '', /^\*\*401 Unauthorized\*\*/);
      assert.match(text ?? '', /`WWW-Authenticate` \(MUST\)/);
    });

    it('covers named constants, exception classes and comparisons', async () => {
      const document = await openUntitled([
        `import { StatusCodes } from 'http-status-codes';`,
        `import { ForbiddenException } from '@nestjs/common';`,
        `export function a(res: any) { return res.status(StatusCodes.UNAUTHORIZED).end(); }`,
        `export function b() { throw new ForbiddenException('no'); }`,
        `export function c(r: any) { if (r.status === 404) return null; }`,
        `export function d(e: any) { expect(e.status).toBe(500); }`,
        `declare const expect: any;`,
      ].join('\n'));
      const first = async (needle: string) => ours(await hoverTexts(document, positionOf(document, needle, 1, 1)))[0] ?? '';
      assert.match(await first('UNAUTHORIZED'), /^\*\*401 Unauthorized\*\* .* sent here/);
      assert.match(await first('ForbiddenException('), /^\*\*403 Forbidden\*\* .* sent here/);
      assert.match(await first('404'), /^\*\*404 Not Found\*\* .* compared here/);
      assert.match(await first('500'), /^\*\*500 Internal Server Error\*\* .* compared here/);
    });

    it('says nothing on numbers that are not statuses', async () => {
      const document = await openUntitled([
        `const items: number[] = [];`,
        `const x = items[403];`,
        `setTimeout(() => {}, 401);`,
        `require('http').createServer().listen(403);`,
      ].join('\n'));
      for (const [needle, occurrence] of [['403', 1], ['401', 1], ['403', 2]] as const) {
        assert.deepEqual(ours(await hoverTexts(document, positionOf(document, needle, occurrence, 1))), [], `${needle} #${occurrence}`);
      }
    });
  });
}
