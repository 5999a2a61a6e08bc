// The SARIF 2.1.0 JSON schema, as @microsoft/jest-sarif ships it (lib/schemas/sarif-2.1.0-rtm.5.json, the version
// @microsoft/eslint-formatter-sarif names in its logs' $schema), compiled by Ajv. The schema is draft-04, hence
// ajv-draft-04; ajv-formats checks its `uri` and `date-time` strings.
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SARIF_SCHEMA_PATH = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as { id: string };
// unicodeRegExp off: the schema's language-tag pattern (`...-[a-zA-Z]{2}]?$`) has a stray `]`, which JavaScript accepts
// only outside unicode mode.
// Both packages are CommonJS whose module.exports is also their `.default`: that is the class and the plugin under
// Node's ESM interop and TypeScript's NodeNext typing alike.
const ajv = new ajvDraft04.default({ allErrors: true, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a SARIF log, one line each; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
