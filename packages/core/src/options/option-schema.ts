/**
 * The shapes a rule option can take, written as JSON Schema (the subset the rules use), each with
 * its description and default. Declared `as const`, a rule's table gives both the schema the hosts
 * publish (ESLint's `meta.schema`, the editor's settings) and, through `OptionsOf`, the TS type the
 * check receives: the type cannot drift from the schema.
 */
export interface StringOptionSchema {
  readonly type: 'string';
  readonly minLength?: number;
  readonly description: string;
  readonly default: string;
}

export interface BooleanOptionSchema {
  readonly type: 'boolean';
  readonly description: string;
  readonly default: boolean;
}

export interface NameListOptionSchema {
  readonly type: 'array';
  readonly items: { readonly type: 'string'; readonly minLength: number };
  readonly uniqueItems: true;
  readonly description: string;
  readonly default: readonly string[];
}

export type OptionSchema = StringOptionSchema | BooleanOptionSchema | NameListOptionSchema;

/** Where an option means something: `eslint` options steer the ESLint host only (e.g. `--fix`). */
export type OptionHost = 'all' | 'eslint';

/** One option of one rule: its schema, and the hosts it applies to. */
export interface RuleOption<S extends OptionSchema = OptionSchema> {
  readonly schema: S;
  readonly host: OptionHost;
}

export type RuleOptionTable = Readonly<Record<string, RuleOption>>;

type ValueOf<S extends OptionSchema> = S extends StringOptionSchema ? string
  : S extends BooleanOptionSchema ? boolean
  : readonly string[];

/** The options object a check takes, from its rule's table: every option optional. */
export type OptionsOf<T extends RuleOptionTable> = { readonly [K in keyof T]?: ValueOf<T[K]['schema']> };

/** A list of extra names (`identityNames`, `permissionNames`). */
export function nameListOption(description: string): RuleOption<NameListOptionSchema> {
  return {
    schema: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description, default: [] },
    host: 'all',
  };
}

export function booleanOption(description: string, host: OptionHost = 'all'): RuleOption<BooleanOptionSchema> {
  return { schema: { type: 'boolean', description, default: false }, host };
}

/** The value every option takes when none is given, by name. */
export function defaultsOf<T extends RuleOptionTable>(table: T): Required<OptionsOf<T>> {
  return Object.fromEntries(Object.entries(table).map(([name, option]) => [name, option.schema.default])) as Required<OptionsOf<T>>;
}

/** A JSON Schema property without its `default` (the hosts take defaults from `defaultsOf`). */
export function schemaWithoutDefault(schema: OptionSchema): Omit<OptionSchema, 'default'> {
  const { default: _default, ...rest } = schema;
  return rest;
}

/**
 * Whether a value from outside (an editor setting, a config file) fits an option's schema. The
 * ESLint host validates with ESLint's own ajv; the editor, which has no ajv in its bundle, asks here.
 */
export function fitsOption(schema: OptionSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string' && value.length >= (schema.minLength ?? 0);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value)
        && value.every((item) => typeof item === 'string' && item.length >= schema.items.minLength)
        && new Set(value).size === value.length;
  }
}

/** A rule's options as the JSON Schema ESLint validates them with: one object, no unknown keys. */
export function ruleJsonSchema(table: RuleOptionTable): [{ type: 'object'; additionalProperties: false; properties: Record<string, Omit<OptionSchema, 'default'>> }] {
  const properties = Object.fromEntries(Object.entries(table).map(([name, option]) => [name, schemaWithoutDefault(option.schema)]));
  return [{ type: 'object', additionalProperties: false, properties }];
}
