import type { OptionsOf } from './option-schema.js';

/**
 * The options of no-body-with-204-304: none yet. An option added here (see option-schema.ts: `nameListOption`,
 * `booleanOption`) reaches ESLint's schema and defaults by itself; it also needs its `### \`name\``
 * heading on the rule's doc page and its setting in packages/vscode/package.json (the meta-tests say so).
 */
export const NO_BODY_WITH_204_304_OPTIONS = {} as const;

export type NoBodyWith204304Options = OptionsOf<typeof NO_BODY_WITH_204_304_OPTIONS>;
