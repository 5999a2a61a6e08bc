/**
 * Files longer than this many characters are not analysed, in either host: bundles, generated and
 * minified files (TypeScript's own 9 MB `typescript.js` is one), where no handler is written by hand
 * and a whole-file analysis costs seconds. The editor's `authlint.maxFileSize` and ESLint's
 * `settings.authlint.maxFileSize` change it; both default to this, so that CI and the editor agree.
 */
export const DEFAULT_MAX_FILE_SIZE = 500_000;

/** A max-file-size setting as given (`where` names it in the problem), or the default with a problem for a value that is not a positive number. */
export function readMaxFileSizeSetting(value: unknown, where: string): { readonly maxFileSize: number; readonly problems: readonly string[] } {
  if (value === undefined) return { maxFileSize: DEFAULT_MAX_FILE_SIZE, problems: [] };
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return { maxFileSize: Math.floor(value), problems: [] };
  return { maxFileSize: DEFAULT_MAX_FILE_SIZE, problems: [`${where} should be a positive number of characters, not ${JSON.stringify(value) ?? String(value)}`] };
}
