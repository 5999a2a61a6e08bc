// Entry of dist/parser.cjs: typescript-estree (and TypeScript with it) in a bundle of its own, so
// that the extension's bundle stays small and activation does not load TypeScript. The extension
// requires it on first parse (see pipeline/parse-source.ts and esbuild.mjs).
export { parse } from '@typescript-eslint/typescript-estree';
