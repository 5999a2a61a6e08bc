// @ts-check
// Lists the corpus's JavaScript and TypeScript files and summarises them.
//
// Rules (documented in docs/benchmarks.md):
// - extensions .js .cjs .mjs .jsx .ts .cts .mts .tsx; declaration files (.d.ts, .d.cts, .d.mts) and source
//   maps are left out: they hold no runtime code;
// - only each pinned package's own files (never a nested node_modules, never a dependency the install
//   pulled in), limited to its `include` folders / `files` when the package table says so;
// - minified bundles are left out (a `.min.` name, or a file over 20 KB whose lines average more than
//   500 characters): they are machine output that nobody lints, and one would dominate every figure.
//   The one exception is the designated large file (typescript/lib/typescript.js), listed by name.
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS_PACKAGES } from './corpus-packages.mjs';
import { CORPUS_DIR, repoRelative } from './paths.mjs';

const CODE_FILE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const MINIFIED_NAME = /\.min\.[cm]?js$/;
const MINIFIED_MIN_BYTES = 20_000;
const MINIFIED_BYTES_PER_LINE = 500;

export function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}

/** Is this text a minified bundle (long lines on average)? */
export function looksMinified(bytes, lines) {
  return bytes > MINIFIED_MIN_BYTES && bytes / Math.max(lines, 1) > MINIFIED_BYTES_PER_LINE;
}

/** Every file below `dir` (sorted, so the order is the same on every machine), nested node_modules left out. */
function walk(dir) {
  const out = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...walk(full));
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
  return out;
}

function packageRoot(name) {
  return path.join(CORPUS_DIR, 'node_modules', name);
}

/** The candidate files of one package, before the minified test. */
function candidateFiles(pkg) {
  const root = packageRoot(pkg.name);
  if (pkg.files) return pkg.files.map((f) => path.join(root, f));
  const roots = (pkg.include ?? ['.']).map((d) => path.join(root, d));
  const excluded = (pkg.exclude ?? []).map((d) => path.join(root, d) + path.sep);
  return roots
    .flatMap((r) => walk(r))
    .filter((f) => CODE_FILE.test(f) && !DECLARATION_FILE.test(f) && !excluded.some((e) => f.startsWith(e)));
}

/**
 * The corpus files: `{ file, relPath, pkg, version, ext, bytes, lines, typescript, largeFile }`, in a fixed order.
 * `skipped` counts the minified files left out, per package.
 */
export function listCorpusFiles({ packages = CORPUS_PACKAGES } = {}) {
  const files = [];
  const skipped = [];
  for (const pkg of packages) {
    const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(pkg.name), 'package.json'), 'utf8'));
    for (const file of candidateFiles(pkg)) {
      const text = fs.readFileSync(file, 'utf8');
      const bytes = Buffer.byteLength(text);
      const lines = countLines(text);
      const largeFile = pkg.role === 'large-file';
      if (!largeFile && (MINIFIED_NAME.test(file) || looksMinified(bytes, lines))) {
        skipped.push({ relPath: repoRelative(file), pkg: pkg.name, bytes, lines });
        continue;
      }
      const ext = path.extname(file);
      files.push({
        file,
        relPath: repoRelative(file),
        pkg: pkg.name,
        version: manifest.version,
        ext,
        bytes,
        lines,
        typescript: /^\.[cm]?tsx?$/.test(ext),
        largeFile,
      });
    }
  }
  return Object.assign(files, { skipped });
}

/** Per package and total: version, files, lines, bytes; plus the minified files left out. */
export function summarizeCorpus(files) {
  const byPackage = new Map();
  for (const pkg of CORPUS_PACKAGES) byPackage.set(pkg.name, { name: pkg.name, version: pkg.version, files: 0, lines: 0, bytes: 0, skippedMinified: 0, scope: scopeOf(pkg) });
  for (const f of files) {
    const row = byPackage.get(f.pkg);
    row.files++;
    row.lines += f.lines;
    row.bytes += f.bytes;
  }
  for (const s of files.skipped ?? []) byPackage.get(s.pkg).skippedMinified++;
  const packages = [...byPackage.values()];
  const total = packages.reduce((t, p) => ({ files: t.files + p.files, lines: t.lines + p.lines, bytes: t.bytes + p.bytes, skippedMinified: t.skippedMinified + p.skippedMinified }), { files: 0, lines: 0, bytes: 0, skippedMinified: 0 });
  const typescriptFiles = files.filter((f) => f.typescript).length;
  return { packages, total: { ...total, typescriptFiles, javascriptFiles: total.files - typescriptFiles } };
}

function scopeOf(pkg) {
  if (pkg.files) return pkg.files.join(', ');
  const inc = pkg.include ? pkg.include.map((d) => `${d}/**`).join(', ') : 'all';
  return pkg.exclude ? `${inc} except ${pkg.exclude.map((d) => `${d}/**`).join(', ')}` : inc;
}

export function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/** A Markdown table of the summary (printed by `npm run corpus`, copied into docs/benchmarks.md). */
export function formatSummary({ packages, total }) {
  const rows = [
    '| package | version | files linted | files | lines | bytes | minified left out |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.scope} | ${p.files} | ${p.lines.toLocaleString('en-US')} | ${formatBytes(p.bytes)} | ${p.skippedMinified} |`),
    `| **total** | | ${total.javascriptFiles} JS, ${total.typescriptFiles} TS | **${total.files}** | **${total.lines.toLocaleString('en-US')}** | **${formatBytes(total.bytes)}** | ${total.skippedMinified} |`,
  ];
  return rows.join('\n');
}
