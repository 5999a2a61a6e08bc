import type { OptionsOf } from './option-schema.js';

/**
 * The options of require-allow: none yet. An option added here (see option-schema.ts: `nameListOption`,
 * `booleanOption`) reaches ESLint's schema and defaults by itself; it also needs its `### \`name\``
 * heading on the rule's doc page and its setting in packages/vscode/package.json (the meta-tests say so).
 */
export const REQUIRE_ALLOW_OPTIONS = {} as const;

export type RequireAllowOptions = OptionsOf<typeof REQUIRE_ALLOW_OPTIONS>;
