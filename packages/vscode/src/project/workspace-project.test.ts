import { createFileProjectHost, type OpenFile } from '@authlint/core/file-project-host';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument, settingsFrom } from '../pipeline/index.js';
import { followsImports, WorkspaceProject } from './workspace-project.js';

/** A workspace on disk, and the documents an editor has open in it (their text may be unsaved). */
class FakeWorkspace {
  readonly root = mkdtempSync(join(tmpdir(), 'authlint-workspace-'));
  readonly open = new Map<string, OpenFile>();
  readonly project = new WorkspaceProject(createFileProjectHost, (path) => this.open.get(path));

  constructor(files: Record<string, string>) {
    this.write({ 'package.json': JSON.stringify({ name: 'app' }), ...files });
  }

  path(file: string): string {
    return join(this.root, file);
  }

  write(files: Record<string, string>): void {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(this.path(file)), { recursive: true });
      writeFileSync(this.path(file), text);
    }
  }

  /** Opens (or edits) a document: its text and version win over the disk's. */
  edit(file: string, text: string): void {
    const version = Number(this.open.get(this.path(file))?.stamp ?? 0) + 1;
    this.open.set(this.path(file), { text, stamp: String(version) });
  }

  /** The findings of a file, analysed as the extension does (a fresh parse), as `rule@text:line`. */
  findings(file: string, text = this.open.get(this.path(file))?.text): string[] {
    if (text === undefined) throw new Error(`${file} is not open`);
    const analysis = analyzeDocument({ text, fileName: this.path(file) }, settingsFrom(), undefined, this.project.placeFor(this.path(file)));
    expect(analysis.status, analysis.reason).toBe('analyzed');
    return analysis.findings.map((f) => `${f.ruleId}@${text.slice(f.range[0], f.range[1])}:${text.slice(0, f.range[0]).split('\n').length}`);
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

const ERRORS = `export class ApiError extends Error {
  status: number;
  constructor(status: number, message: string) { super(message); this.status = status; }
}
`;
const ERRORS_WITH_CHALLENGE = `export class ApiError extends Error {
  status: number;
  headers = { 'WWW-Authenticate': 'Bearer' };
  constructor(status: number, message: string) { super(message); this.status = status; }
}
`;
const ROUTES = `import { ApiError } from './errors';
app.get('/me', (req, res) => {
  if (!req.user) throw new ApiError(401, 'login first');
  res.json(req.user);
});
`;

let workspace: FakeWorkspace | undefined;
afterEach(() => workspace?.dispose());

describe("the editor's workspace project", () => {
  it("reads an imported module from disk: its 401 class makes a finding in the importer, which the file alone does not show", () => {
    workspace = new FakeWorkspace({ 'src/errors.ts': ERRORS, 'src/routes.ts': ROUTES });
    workspace.edit('src/routes.ts', ROUTES);
    expect(workspace.findings('src/routes.ts')).toEqual(['require-www-authenticate@401:3']);
    expect(analyzeDocument({ text: ROUTES, fileName: workspace.path('src/routes.ts') }).findings).toEqual([]);
    expect([...workspace.project.modulesReadBy(workspace.path('src/routes.ts'))]).toEqual([workspace.path('src/errors.ts')]);
  });

  it("answers from an open document's unsaved text, not the disk's", () => {
    workspace = new FakeWorkspace({ 'src/errors.ts': ERRORS_WITH_CHALLENGE, 'src/routes.ts': ROUTES });
    workspace.edit('src/routes.ts', ROUTES);
    expect(workspace.findings('src/routes.ts')).toEqual([]);
    workspace.edit('src/errors.ts', ERRORS);
    expect(workspace.project.changed(workspace.path('src/errors.ts'), [workspace.path('src/routes.ts')])).toEqual([workspace.path('src/routes.ts')]);
    expect(workspace.findings('src/routes.ts')).toEqual(['require-www-authenticate@401:3']);
  });

  it('tells which open documents read a changed module, through imports of imports, and drops what was read from it', () => {
    workspace = new FakeWorkspace({
      'src/http-error.ts': `export class HttpError extends Error {\n  status: number;\n  constructor(status: number, message: string) { super(message); this.status = status; }\n}\n`,
      // errors.ts's summary of ApiError is built from its base's: it must not outlive a change of the base.
      'src/errors.ts': `import { HttpError } from './http-error';\nexport class ApiError extends HttpError {\n  constructor(status: number, message: string) { super(status, message); }\n}\n`,
      'src/routes.ts': ROUTES,
      'src/health.ts': `app.get('/health', (req, res) => res.sendStatus(200));\n`,
    });
    workspace.edit('src/routes.ts', ROUTES);
    expect(workspace.findings('src/routes.ts')).toEqual(['require-www-authenticate@401:3']);
    const open = [workspace.path('src/routes.ts'), workspace.path('src/health.ts')];
    expect(workspace.project.changed(workspace.path('src/http-error.ts'), open)).toEqual([workspace.path('src/routes.ts')]);
    expect(workspace.project.changed(workspace.path('src/unrelated.ts'), open)).toEqual([]);
    // The base module now carries the challenge: the importer's next analysis sees it, though errors.ts did not change.
    workspace.edit('src/http-error.ts', `export class HttpError extends Error {\n  status: number;\n  headers = { 'WWW-Authenticate': 'Bearer' };\n  constructor(status: number, message: string) { super(message); this.status = status; }\n}\n`);
    workspace.project.changed(workspace.path('src/http-error.ts'), open);
    expect(workspace.findings('src/routes.ts')).toEqual([]);
  });

  it('checks only the edited statement while a call is typed into a handler, with the imports followed, and finds what a fresh analysis finds', () => {
    workspace = new FakeWorkspace({ 'src/errors.ts': ERRORS, 'src/routes.ts': ROUTES });
    const fileName = workspace.path('src/routes.ts');
    const text = `${ROUTES}app.get('/b', (req, res) => {\n  res.json({});\n});\n`;
    const at = text.indexOf('res.json({});');
    let previous = analyzeDocument({ text, fileName }, settingsFrom(), undefined, workspace.project.placeFor(fileName));
    expect(previous.findings.map((f) => f.ruleId)).toEqual(['require-www-authenticate']);
    for (const typed of ['a', 'au', 'aud', 'audit', 'audit()', 'audit(r)', 'audit(req)', 'audit(req);']) {
      const next = `${text.slice(0, at)}${typed}\n  ${text.slice(at)}`;
      previous = analyzeDocument({ text: next, fileName }, settingsFrom(), previous, workspace.project.placeFor(fileName));
      const fresh = analyzeDocument({ text: next, fileName }, settingsFrom(), undefined, workspace.project.placeFor(fileName));
      expect(previous.timings.reused, typed).toBe(true);
      expect(previous.findings).toEqual(fresh.findings);
      expect(previous.diagnostics).toEqual(fresh.diagnostics);
    }
    // A new graph (a module was created or deleted): everything is read again.
    workspace.project.createdOrDeleted();
    const again = analyzeDocument({ text, fileName }, settingsFrom(), previous, workspace.project.placeFor(fileName));
    expect(again.timings.reused).toBeUndefined();
    expect(again.findings.map((f) => f.ruleId)).toEqual(['require-www-authenticate']);
  });

  it("keeps, on a keystroke in a guard, the 403 of an imported denial helper in a file that names no status", () => {
    // The file passes no text prefilter: only its import of `deny` lets the checks go on, in the edited statement too.
    workspace = new FakeWorkspace({ 'src/responses.ts': `export function deny(res) {\n  return res.status(403).json({ error: 'forbidden' });\n}\n` });
    const fileName = workspace.path('src/routes.ts');
    const text = `import { deny } from './responses';\napp.use((req, res, next) => {\n  if (!req.session.user) return deny(res);\n  next();\n});\n`;
    let previous = analyzeDocument({ text, fileName }, settingsFrom(), undefined, workspace.project.placeFor(fileName));
    expect(previous.findings.map((f) => f.ruleId)).toEqual(['no-403-for-unauthenticated']);
    const at = text.indexOf('next();');
    for (const typed of ['a', 'audit(req);']) {
      const next = `${text.slice(0, at)}${typed}\n  ${text.slice(at)}`;
      previous = analyzeDocument({ text: next, fileName }, settingsFrom(), previous, workspace.project.placeFor(fileName));
      expect(previous.timings.reused, typed).toBe(true);
      expect(previous.findings).toEqual(analyzeDocument({ text: next, fileName }, settingsFrom(), undefined, workspace.project.placeFor(fileName)).findings);
    }
  });

  it('gives no finding and throws nothing for unresolvable, unparsable and cyclic imports', () => {
    workspace = new FakeWorkspace({
      'src/a.ts': `import { BaseError } from './b';\nexport * from './b';\nexport class AuthError extends BaseError {}\n`,
      'src/b.ts': `import { AuthError } from './a';\nexport * from './a';\nexport class BaseError extends AuthError { status = 401; }\n`,
      'src/broken.ts': 'export class (',
    });
    // Error names, so that the project model reads their modules.
    const routes = `import { AuthError } from './a';
import { BrokenError } from './broken';
import { MissingError } from './missing';
import { GoneError } from 'not-installed';
app.get('/', () => { throw new AuthError(401); });
app.get('/b', () => { throw new BrokenError(401); });
app.get('/c', () => { throw new MissingError(401); });
app.get('/d', () => { throw new GoneError(401); });
`;
    expect(workspace.findings('src/routes.ts', routes)).toEqual([]);
    const read = workspace.project.modulesReadBy(workspace.path('src/routes.ts'));
    expect([...read].sort()).toEqual([workspace.path('src/a.ts'), workspace.path('src/b.ts'), workspace.path('src/broken.ts')]);
    expect(workspace.project.changed(workspace.path('src/a.ts'), [workspace.path('src/routes.ts'), workspace.path('src/b.ts')]).sort())
      .toEqual([workspace.path('src/b.ts'), workspace.path('src/routes.ts')]);
  });

  it('finds a module created after an import of it went unresolved, once told it was created', () => {
    workspace = new FakeWorkspace({ 'src/routes.ts': ROUTES });
    workspace.edit('src/routes.ts', ROUTES);
    expect(workspace.findings('src/routes.ts')).toEqual([]);
    workspace.write({ 'src/errors.ts': ERRORS });
    // Resolutions are kept (30 s): the new module is not seen until the watcher's event.
    expect(workspace.findings('src/routes.ts')).toEqual([]);
    workspace.project.createdOrDeleted();
    expect(workspace.findings('src/routes.ts')).toEqual(['require-www-authenticate@401:3']);
  });

  it('follows imports only in a file: workspace with authlint.followImports on', () => {
    expect(followsImports('file', settingsFrom())).toBe(true);
    expect(followsImports('vscode-vfs', settingsFrom())).toBe(false);
    expect(followsImports('untitled', settingsFrom())).toBe(false);
    expect(followsImports('file', settingsFrom({ followImports: false }))).toBe(false);
  });
});
