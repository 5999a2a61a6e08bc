type FileHostModule = typeof import('@authlint/core/file-project-host');
export type CreateFileProjectHost = FileHostModule['createFileProjectHost'];

let loaded: { readonly create: CreateFileProjectHost | undefined } | undefined;

/**
 * The core's file host, loaded on first use: in the desktop bundle this `require` loads
 * `dist/project-host.cjs`; in the web bundle it is an empty module (no file system), so there is
 * no host and every file is analysed alone.
 */
export function loadFileProjectHost(): CreateFileProjectHost | undefined {
  if (loaded) return loaded.create;
  let create: CreateFileProjectHost | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    create = typeof require === 'function' ? (require('@authlint/core/file-project-host') as Partial<FileHostModule>).createFileProjectHost : undefined;
  } catch {
    create = undefined;
  }
  loaded = { create };
  return create;
}
