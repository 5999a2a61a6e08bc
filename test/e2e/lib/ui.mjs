// @ts-check
// Driving the VS Code workbench the way a person does: keyboard shortcuts, mouse over the text,
// reading what is on screen. Every wait is bounded. Selectors are VS Code's own DOM classes
// (checked against VS Code 1.139 / code-server 4.139); when VS Code renames one, fix it here.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NBSP = /\u00a0/g;

/** Polls fn until it returns a truthy value or timeoutMs passes; returns the last value. */
export async function poll(fn, { timeoutMs = 10_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let value;
  for (;;) {
    value = await fn();
    if (value || Date.now() >= deadline) return value;
    await sleep(intervalMs);
  }
}

/** The (1-based) line and column where `literal` starts inside the nth occurrence of `text`. */
export function locate(source, { text, literal = text, occurrence = 1 }) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = source.indexOf(text, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(text)} occurs fewer than ${occurrence} time(s) in the file`);
  }
  const within = text.indexOf(literal);
  if (within < 0) throw new Error(`literal ${JSON.stringify(literal)} is not part of ${JSON.stringify(text)}`);
  const offset = at + within;
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, line, column, literal, lineText: source.split('\n')[line - 1].replace(/\r$/, '') };
}

/** Opens a workspace-relative file with Quick Open (Ctrl+P) and waits for its editor; the
 * breadcrumbs must then show the file's path. */
export async function openFile(page, relPath, { timeoutMs = 30_000 } = {}) {
  const segments = relPath.split('/').filter(Boolean);
  await page.locator('.monaco-workbench').first().click({ position: { x: 5, y: 5 }, timeout: 5_000 }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(relPath);
  // The pick whose label and description hold every path segment (the search runs on the server).
  const rowIndex = await poll(
    () =>
      page.evaluate((segments) => {
        const rows = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')];
        const i = rows.findIndex((r) => segments.every((s) => (r.textContent ?? '').includes(s)));
        return i >= 0 ? i + 1 : undefined;
      }, segments),
    { timeoutMs },
  );
  if (!rowIndex) {
    await page.keyboard.press('Escape');
    throw new Error(`Quick Open found no ${relPath} within ${timeoutMs / 1000} s`);
  }
  await page.locator('.quick-input-widget .monaco-list-row').nth(rowIndex - 1).click({ timeout: 5_000 });
  let crumbs = [];
  const ok = await poll(async () => {
    crumbs = await page.evaluate(() =>
      [...document.querySelectorAll('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item')].map((e) => (e.textContent ?? '').trim()),
    );
    const tail = crumbs.slice(0, segments.length);
    return segments.every((s, i) => tail[i] === s) && (await page.locator('.editor-instance .monaco-editor .view-lines').first().isVisible());
  }, { timeoutMs });
  if (!ok) throw new Error(`the editor for ${relPath} did not open within ${timeoutMs / 1000} s (breadcrumbs: ${crumbs.join(' › ') || 'none'})`);
}

/** Go to Line (Ctrl+G) `line:column`: puts the cursor there and scrolls the line into view. */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  // Ctrl+G opens Quick Open with the ':' prefix; filling replaces it, so type it again.
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 }).catch(async () => {
    await page.keyboard.press('Escape');
    throw new Error(`Go to Line ${line}:${column} did not close`);
  });
  if (!(await waitForCursorLine(page, line, column))) throw new Error(`the cursor did not move to ${line}:${column}`);
}

/** Waits until the status bar shows the cursor on `line` (and `column`, if given). */
export async function waitForCursorLine(page, line, column, { timeoutMs = 5_000 } = {}) {
  const want = column ? `Ln ${line}, Col ${column}` : `Ln ${line},`;
  return poll(async () => {
    const text = (await page.locator('#status\\.editor\\.selection').first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '';
    return text.includes(want) ? text : undefined;
  }, { timeoutMs });
}

/**
 * Screen rectangle of `literal` on editor line `line` (1-based), from the rendered DOM: the line
 * number in the gutter gives the row's `top`, the row's text nodes give the characters.
 */
export async function literalRect(page, { line, column, literal }) {
  return page.evaluate(
    ({ line, column, literal }) => {
      const editor = document.querySelector('.editor-instance .monaco-editor');
      if (!editor) return { error: 'no editor' };
      const numbers = /** @type {HTMLElement[]} */ ([...editor.querySelectorAll('.margin-view-overlays .line-numbers')]);
      const num = numbers.find((n) => n.textContent.trim() === String(line));
      if (!num) return { error: `line ${line} is not rendered` };
      const top = /** @type {HTMLElement} */ (num.parentElement).style.top || num.style.top;
      const rows = /** @type {HTMLElement[]} */ ([...editor.querySelectorAll('.view-lines .view-line')]);
      const row = rows.find((r) => r.style.top === top);
      if (!row) return { error: `no text row at top ${top}` };
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      /** @type {{ node: Text, start: number }[]} */
      const nodes = [];
      let text = '';
      for (let n = /** @type {Text | null} */ (walker.nextNode()); n; n = /** @type {Text | null} */ (walker.nextNode())) {
        nodes.push({ node: n, start: text.length });
        text += n.data;
      }
      const plain = text.replace(/\u00a0/g, ' ');
      // The occurrence nearest to the expected column (tabs may be rendered wider).
      let best = -1;
      for (let i = plain.indexOf(literal); i >= 0; i = plain.indexOf(literal, i + 1)) {
        if (best < 0 || Math.abs(i - (column - 1)) < Math.abs(best - (column - 1))) best = i;
      }
      if (best < 0) return { error: `${JSON.stringify(literal)} not on rendered line ${line}: ${JSON.stringify(plain)}` };
      /** @returns {[Text, number]} */
      const at = (offset) => {
        // nodes[0] starts at 0, so some node starts at or before any offset >= 0.
        const hit = /** @type {{ node: Text, start: number }} */ (nodes.findLast((x) => x.start <= offset));
        return [hit.node, Math.min(offset - hit.start, hit.node.data.length)];
      };
      const range = document.createRange();
      range.setStart(...at(best));
      range.setEnd(...at(best + literal.length));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, lineText: plain };
    },
    { line, column, literal },
  );
}

/** Squiggle decorations (diagnostics) that overlap a screen rectangle. */
export async function squigglesOver(page, rect) {
  return page.evaluate((rect) => {
    const out = [];
    for (const el of document.querySelectorAll('.editor-instance .monaco-editor [class*="squiggly-"]')) {
      const r = el.getBoundingClientRect();
      const overlaps = r.right > rect.x && r.left < rect.x + rect.width && r.bottom > rect.y && r.top < rect.y + rect.height;
      if (!overlaps || r.width === 0) continue;
      // The selector matched a class containing 'squiggly-'.
      const cls = /** @type {string} */ ([...el.classList].find((c) => c.startsWith('squiggly-')));
      out.push(cls.replace('squiggly-', ''));
    }
    return out;
  }, rect);
}

/** Text of the visible editor hover widget(s), '' when none is shown. */
export async function hoverText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.monaco-hover')]
      .filter((el) => !el.classList.contains('hidden') && el.getBoundingClientRect().height > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => /** @type {HTMLElement} */ (el).innerText.replace(/\u00a0/g, ' ').trim())
      .filter(Boolean)
      .join('\n---\n'),
  );
}

/** Moves the mouse onto the rectangle's centre (as a person would) and waits for a hover that
 * contains every expected string; re-moves the mouse if no hover shows up. */
export async function hoverAndRead(page, rect, expected, { timeoutMs = 20_000 } = {}) {
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    await page.mouse.move(x - 40, y + 1, { steps: 2 });
    await page.mouse.move(x, y, { steps: 5 });
    const seen = await poll(async () => {
      text = await hoverText(page);
      return text && expected.every((s) => text.includes(s));
    }, { timeoutMs: Math.min(6_000, Math.max(0, deadline - Date.now())) });
    if (seen) return { ok: true, text };
  }
  return { ok: false, text };
}

export async function dismiss(page) {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await sleep(200);
}

/** Titles of the visible action widget (Quick Fix menu) entries. */
async function actionTitles(page) {
  return page.evaluate(() => {
    const widget = [...document.querySelectorAll('.action-widget')].find((w) => w.getBoundingClientRect().height > 0);
    if (!widget) return undefined;
    return [...widget.querySelectorAll('.monaco-list-row')]
      .filter((row) => !row.classList.contains('group-header') && !row.querySelector('.group-header'))
      .map((row) => (row.querySelector('.title')?.textContent ?? row.textContent ?? '').replace(/\u00a0/g, ' ').trim())
      .filter(Boolean);
  });
}

/**
 * Waits until the problem counts in the status bar have not changed for quietMs (bounded).
 * A manual Ctrl+. is cancelled when diagnostics change under it (TypeScript publishes its own a
 * few seconds after a file opens), so wait for them to settle as a person would.
 */
export async function waitForSettledDiagnostics(page, { quietMs = 2_000, timeoutMs = 30_000 } = {}) {
  const read = async () =>
    (await page.locator('[id="status.problems"]').first().getAttribute('aria-label', { timeout: 2_000 }).catch(() => null)) ??
    (await page.locator('[id="status.problems"]').first().textContent({ timeout: 2_000 }).catch(() => '')) ??
    '';
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(250);
    const now = await read();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return true;
    }
  }
  return false;
}

/** Ctrl+. at the cursor; returns the menu's titles once it has any (or [] after the timeout).
 * The menu waits for every code-action provider, TypeScript's included, which is slow while
 * tsserver is still starting on 2 cores (5-10 s seen); if nothing shows, press again. */
export async function openQuickFixMenu(page, { timeoutMs = 45_000, attempts = 2 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; attempt <= attempts && Date.now() < deadline; attempt++) {
    await page.keyboard.press('Control+Period');
    const titles = await poll(async () => {
      const t = await actionTitles(page);
      return t && t.length ? t : undefined;
    }, { timeoutMs: Math.min(deadline - Date.now(), timeoutMs / attempts) });
    if (titles) return { titles, attempts: attempt };
  }
  return { titles: [], attempts };
}

/** Clicks the first menu entry whose title contains `text`. */
export async function pickQuickFix(page, text) {
  const row = page.locator('.action-widget .monaco-list-row', { hasText: text }).first();
  await row.hover({ timeout: 5_000 });
  await row.click({ timeout: 5_000 });
  await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
}

/** The editor's rendered lines as { lineNumber: text } (what is on screen, nbsp as spaces). */
export async function renderedLines(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return {};
    const byTop = new Map();
    for (const n of /** @type {NodeListOf<HTMLElement>} */ (editor.querySelectorAll('.margin-view-overlays .line-numbers'))) {
      const top = /** @type {HTMLElement} */ (n.parentElement).style.top || n.style.top;
      const num = Number(n.textContent.trim());
      if (Number.isInteger(num)) byTop.set(top, num);
    }
    const out = {};
    for (const row of /** @type {NodeListOf<HTMLElement>} */ (editor.querySelectorAll('.view-lines .view-line'))) {
      const num = byTop.get(row.style.top);
      if (num) out[num] = row.textContent.replace(/\u00a0/g, ' ');
    }
    return out;
  });
}

/** Compares rendered lines with the expected text; returns the first mismatch or undefined. */
export function compareRendered(rendered, expectedText) {
  const expected = expectedText.split('\n').map((l) => l.replace(/\r$/, ''));
  const numbers = Object.keys(rendered).map(Number).sort((a, b) => a - b);
  if (!numbers.length) return 'no editor lines are rendered';
  for (const n of numbers) {
    const want = (expected[n - 1] ?? '').replace(NBSP, ' ');
    // Monaco renders trailing whitespace and empty lines loosely; compare without line ends.
    if (rendered[n].trimEnd() !== want.trimEnd()) return `line ${n}: editor shows ${JSON.stringify(rendered[n])}, expected ${JSON.stringify(want)}`;
  }
  return undefined;
}
