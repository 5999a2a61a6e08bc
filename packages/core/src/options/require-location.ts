import type { OptionsOf } from './option-schema.js';

/**
 * The options of require-location: none yet. An option added here (see option-schema.ts: `nameListOption`,
 * `booleanOption`) reaches ESLint's schema and defaults by itself; it also needs its `### \`name\``
 * heading on the rule's doc page and its setting in packages/vscode/package.json (the meta-tests say so).
 */
export const REQUIRE_LOCATION_OPTIONS = {} as const;

export type RequireLocationOptions = OptionsOf<typeof REQUIRE_LOCATION_OPTIONS>;
