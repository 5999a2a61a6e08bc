// `path` for the web bundle: the few POSIX functions typescript-estree calls while parsing one file.
export const sep = '/';
export const delimiter = ':';

export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '..' || !absolute) out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

export function resolve(...parts: string[]): string {
  let out = '';
  for (const p of parts) out = p.startsWith('/') ? p : `${out}/${p}`;
  return normalize(out.startsWith('/') ? out : `/${out}`);
}

export function dirname(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '' && p.startsWith('/')) return '/';
  const i = trimmed.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : trimmed.slice(0, i);
}

export function basename(p: string, ext?: string): string {
  const base = p.replace(/\/+$/, '').split('/').pop() ?? '';
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i);
}

export function relative(from: string, to: string): string {
  const a = resolve(from).split('/').filter(Boolean);
  const b = resolve(to).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function toNamespacedPath(p: string): string {
  return p;
}

export function parse(p: string) {
  const base = basename(p);
  const ext = extname(p);
  return { root: p.startsWith('/') ? '/' : '', dir: dirname(p), base, ext, name: ext ? base.slice(0, -ext.length) : base };
}

export function format(o: { dir?: string; base?: string; name?: string; ext?: string }): string {
  const base = o.base ?? `${o.name ?? ''}${o.ext ?? ''}`;
  return o.dir ? `${o.dir}/${base}` : base;
}

const path = { sep, delimiter, normalize, isAbsolute, join, resolve, dirname, basename, extname, relative, toNamespacedPath, parse, format };
export const posix = path;
export const win32 = path;
export default path;
