import type { TSESTree } from '@typescript-eslint/typescript-estree';

type Estree = typeof import('@typescript-eslint/typescript-estree');
export type ParseFunction = Estree['parse'];

/** The languages the extension analyses (VS Code language ids), and the file extensions they cover. */
export const SUPPORTED_LANGUAGES = ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'] as const;
export const SUPPORTED_EXTENSION = /\.(?:[mc]?[jt]s|[jt]sx)$/i;

const EXTENSION_BY_LANGUAGE: Readonly<Record<string, string>> = {
  javascript: '.js',
  javascriptreact: '.jsx',
  typescript: '.ts',
  typescriptreact: '.tsx',
};

let parser: ParseFunction | undefined;

/**
 * The parser, loaded on first use: typescript-estree brings TypeScript along, and activation must
 * not pay for it. In the extension bundle this `require` loads `dist/parser.cjs`.
 */
function loadParser(): ParseFunction {
  if (parser) return parser;
  if (typeof require !== 'function') {
    throw new Error('no CommonJS require to load @typescript-eslint/typescript-estree: call useParser(parse) first, or use dist/pipeline.cjs');
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser = (require('@typescript-eslint/typescript-estree') as Estree).parse;
  return parser;
}

/** For hosts without CommonJS `require` (an ESM benchmark): hand the parser in. */
export function useParser(parse: ParseFunction): void {
  parser = parse;
}

export function isParserLoaded(): boolean {
  return parser !== undefined;
}

/**
 * The path typescript-estree is given: the file's own name when its extension says what it is
 * (TypeScript picks the script kind from it, as under ESLint), otherwise a name made from the
 * language id (untitled documents).
 */
export function parsePathFor(fileName: string, languageId?: string): string {
  if (SUPPORTED_EXTENSION.test(fileName)) return fileName;
  const extension = (languageId && EXTENSION_BY_LANGUAGE[languageId]) ?? '.ts';
  const base = fileName.replace(/[\\/]+$/, '') || '/untitled';
  return `${base.startsWith('/') || /^[a-z]:/i.test(base) ? '' : '/'}${base}${extension}`;
}

/** JSX is on for .jsx, .tsx and plain JavaScript; off for .ts, where `<T>x` is a type assertion. */
export function isJsxPath(path: string): boolean {
  return /\.(?:jsx|tsx|js|mjs|cjs)$/i.test(path);
}

export type ParseResult =
  | { readonly ok: true; readonly program: TSESTree.Program & { comments?: TSESTree.Comment[] } }
  | { readonly ok: false; readonly error: string };

/**
 * Comments are only read for `eslint-disable` / `eslint-enable` directives, and collecting them costs
 * typescript-estree a walk over every token (more than a third of the parse): a text without either
 * word has no directive to read.
 */
export function mayHoldDisableDirective(text: string): boolean {
  return text.includes('eslint-disable') || text.includes('eslint-enable');
}

/** Parses without type information; a syntax error is a result, never a throw. */
export function parseSource(text: string, fileName: string, languageId?: string): ParseResult {
  return parseAt(text, parsePathFor(fileName, languageId), mayHoldDisableDirective(text));
}

/**
 * One typescript-estree parse with the editor's options, for a whole file or (incremental-parse.ts)
 * a run of its top-level statements: both must be parsed alike for their trees to agree.
 */
export function parseAt(text: string, filePath: string, withComments: boolean): ParseResult {
  try {
    const program = loadParser()(text, {
      filePath,
      jsx: isJsxPath(filePath),
      range: true,
      // typescript-estree computes `loc` either way; `loc: false` then deletes it from every node,
      // which is slower and leaves many nodes in V8's slow dictionary mode for the analysis.
      loc: true,
      comment: withComments,
      tokens: false,
      errorOnUnknownASTType: false,
      suppressDeprecatedPropertyWarnings: true,
    });
    return { ok: true, program };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
