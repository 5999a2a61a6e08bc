// @ts-check
// What test/e2e/browser-check.mjs does in the real UI, and what it expects to see. Owned by the
// extension's authors: adjust the strings when the extension's wording changes.
//
// Each scenario, on a copy of the workspace folder (the repo's fixtures are never edited):
//   file       workspace-relative path, opened with Quick Open (Ctrl+P)
//   target     where to look: the `occurrence`-th (default 1st) `text` in the file, and the
//              `literal` inside it that the mouse hovers and the cursor is put on
//   squiggle   { severity: 'error' | 'warning' | 'info' | 'any' }: a diagnostic decoration must
//              be drawn under the literal
//   hover      { contains: [...] }: every string must be in the hover widget's text (the widget
//              shows the extension's hover and the diagnostic's message together)
//   quickFix   { titleContains }: Ctrl+. must list an action whose title contains this; it is
//              applied by clicking it
//   after      expected file text after the fix, as { replace: [from, to] } (first occurrence of
//              `from` in the original file, replaced) or { text: '...' } (the whole file). Checked
//              on screen (every rendered line) and on disk after Ctrl+S.
//
// Run a different file with: node test/e2e/browser-check.mjs --scenarios path/to/file.mjs

/** @typedef {{
 *   name: string,
 *   file: string,
 *   target: { text: string, literal?: string, occurrence?: number },
 *   squiggle?: { severity?: 'error' | 'warning' | 'info' | 'any' },
 *   hover?: { contains: string[] },
 *   quickFix?: { titleContains: string },
 *   after?: { replace: [string, string] } | { text: string },
 * }} Scenario */

/** @type {Scenario[]} */
export default [
  {
    // test/fixtures/express/server.ts line 16: a token that does not verify answers 403
    // (expected.json: no-403-for-unauthenticated / unauthenticated at 16:36).
    name: 'express: 403 when the token does not verify',
    file: 'express/server.ts',
    target: { text: 'if (err) return res.sendStatus(403)', literal: '403' },
    squiggle: { severity: 'any' },
    // '401 or 403?' and the MDN link come from the hover provider; the diagnostic's message shows too.
    hover: { contains: ['403 Forbidden', '401 or 403?', 'MDN: 403 Forbidden'] },
    quickFix: { titleContains: 'Use 401 Unauthorized (401) and send WWW-Authenticate: Bearer' },
    after: { replace: ['if (err) return res.sendStatus(403)', `if (err) return res.set('WWW-Authenticate', 'Bearer').sendStatus(401)`] },
  },
];
